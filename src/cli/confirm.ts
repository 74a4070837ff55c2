// Asking before apply changes anything: only on a terminal, and only the
// exact word `yes` proceeds (Terraform's rule).

import { createInterface } from 'node:readline';
import { GrantformError } from '../model/errors.js';
import type { CliContext } from './context.js';

export function requireConfirmationPossible(context: CliContext, autoApprove: boolean): void {
  if (autoApprove || context.stdin.isTTY === true) return;
  throw new GrantformError('apply asks for confirmation, but there is no terminal to ask on: review the plan, then pass --auto-approve');
}

export async function confirmApply(context: CliContext, question: string): Promise<boolean> {
  context.stdout.write(`\n${question}\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: `);
  const answer = await readLine(context.stdin);
  context.stdout.write('\n');
  return answer?.trim() === 'yes';
}

function readLine(input: NodeJS.ReadableStream): Promise<string | undefined> {
  return new Promise((resolve) => {
    const reader = createInterface({ input, terminal: false });
    let answered = false;
    reader.once('line', (line) => {
      answered = true;
      reader.close();
      resolve(line);
    });
    reader.once('close', () => {
      if (!answered) resolve(undefined);
    });
  });
}
