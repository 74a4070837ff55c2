// Findings as workflow commands (`::error file=…,line=…::message`): what the
// runner turns into annotations when the token cannot write a check run.
// Escaping is the runner's: `%`, CR and LF in the message; also `:` and `,`
// in property values. Every command is one line, so a message cannot start
// a command of its own.

import type { Finding } from './findings.js';

const COMMANDS: Readonly<Record<Finding['severity'], string>> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function workflowCommand(finding: Finding): string {
  const properties: string[] = [];
  if (finding.path !== undefined) {
    properties.push(`file=${escapeProperty(finding.path)}`, `line=${finding.line}`, `endLine=${finding.endLine}`);
    // Like check annotations, columns only make sense on one line.
    if (finding.line === finding.endLine) properties.push(`col=${finding.column}`, `endColumn=${Math.max(finding.column, finding.endColumn - 1)}`);
  }
  properties.push(`title=${escapeProperty(finding.rule)}`);
  const where = finding.path === undefined ? `${finding.shownPath}:${finding.line}:${finding.column}: ` : '';
  return `::${COMMANDS[finding.severity]} ${properties.join(',')}::${escapeData(`${where}${finding.message}`)}`;
}

export function workflowCommands(findings: readonly Finding[]): string {
  return findings.map((finding) => `${workflowCommand(finding)}\n`).join('');
}
