// `report github`'s fallback writes findings as workflow commands through
// the lint command's `--format github` view, so that the project escapes
// workflow commands in one place. Findings come with repository-relative
// paths; here they become diagnostics again for that view.

import type { WorkflowCommandWriter } from '../../github/report.js';
import type { Finding } from '../../github/findings.js';
import type { Diagnostic } from '../../model/diagnostic.js';
import { escapeData, renderCappedGithubCommands } from './github-commands.js';

export const workflowCommandWriter: WorkflowCommandWriter = {
  findings: (findings: readonly Finding[]) => renderCappedGithubCommands(findings.map(asDiagnostic), 'every finding is in the job summary'),
  message: (level, text) => `::${level}::${escapeData(text)}\n`,
};

function asDiagnostic(finding: Finding): Diagnostic {
  return {
    rule: finding.rule,
    severity: finding.severity,
    // A file outside the repository cannot carry an annotation; the message still says where.
    message: finding.path === undefined ? `${finding.shownPath}:${finding.line}:${finding.column}: ${finding.message}` : finding.message,
    span: {
      file: finding.path ?? finding.shownPath,
      start: { line: finding.line, column: finding.column, offset: 0 },
      end: { line: finding.endLine, column: finding.endColumn, offset: 0 },
    },
  };
}
