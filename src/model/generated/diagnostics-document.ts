// Generated from schemas/diagnostics.schema.json by `npm run gen:types`. Do not edit by hand.
/* eslint-disable */

/**
 * The output of `grantform validate --format json` and `grantform lint --format json`.
 */
export interface DiagnosticsDocument {
  /**
   * Findings, by file then position.
   */
  diagnostics: Diagnostic[];
  /**
   * Counts per severity.
   */
  summary: {
    /**
     * Number of errors.
     */
    errors: number;
    /**
     * Number of warnings.
     */
    warnings: number;
    /**
     * Number of infos.
     */
    infos: number;
  };
}
/**
 * One finding, at the YAML that caused it.
 */
export interface Diagnostic {
  /**
   * The lint rule, or the validation check (yaml-syntax, schema, reference, duplicate-declaration, object-path, file, project).
   */
  rule: string;
  /**
   * error fails the command; warning and info do not.
   */
  severity: 'error' | 'warning' | 'info';
  /**
   * One sentence: what is wrong and what to do.
   */
  message: string;
  /**
   * Stable id of the message template.
   */
  messageId?: string;
  /**
   * The file, relative to the working directory.
   */
  file: string;
  /**
   * First line, 1-based.
   */
  line: number;
  /**
   * First column, 1-based.
   */
  column: number;
  /**
   * Last line, 1-based.
   */
  endLine: number;
  /**
   * Column just after the end, 1-based.
   */
  endColumn: number;
  /**
   * `grantform lint --fix` can remove it.
   */
  fixable?: boolean;
  /**
   * Other places that explain the finding.
   *
   * Items: A related place.
   */
  related?: {
    /**
     * What this place is.
     */
    message: string;
    /**
     * The file.
     */
    file: string;
    /**
     * Line.
     */
    line: number;
    /**
     * Column.
     */
    column: number;
  }[];
}
