// Why a plan is refused or a saved plan cannot be applied: typed errors
// whose message is one sentence; the CLI prints it and exits 1.

import { EXIT, GrantformError } from '../model/errors.js';

/** The plan is computed but may not be applied as it is. */
export class PlanRefusedError extends GrantformError {
  override readonly name: string = 'PlanRefusedError';
}

export class DeleteLimitError extends PlanRefusedError {
  override readonly name = 'DeleteLimitError';
  constructor(
    readonly deletes: number,
    readonly maxDeletes: number,
  ) {
    super(
      `the plan deletes or replaces ${deletes} resources, more than safety.maxDeletes (${maxDeletes}): review it, then run again with --allow-deletes (or raise safety.maxDeletes)`,
    );
  }
}

export class DocumentsOwnerError extends PlanRefusedError {
  override readonly name = 'DocumentsOwnerError';
}

/** A saved plan whose live state or files have moved since it was made. */
export class StalePlanError extends GrantformError {
  override readonly name = 'StalePlanError';
}

/** A plan file that cannot be read: not JSON, another format version, edited by hand. */
export class PlanFileError extends GrantformError {
  override readonly name: string = 'PlanFileError';
}

/** A plan file that cannot be read at all (permissions, I/O): grantform could not run, exit 3. */
export class PlanFileUnreadableError extends PlanFileError {
  override readonly exitCode = EXIT.couldNotRun;
}
