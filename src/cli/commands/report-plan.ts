// The saved plan that `report github --plan FILE` shows: read through the
// plan module's public functions (saved plan file → PlanDocument and the
// pull request markdown), the only place the report knows about plans.

import { GrantformError } from '../../model/errors.js';
import type { PlanForReport } from '../../github/report.js';

export async function readPlanForReport(file: string, _cwd: string): Promise<PlanForReport> {
  throw new GrantformError(`cannot read the saved plan ${file}: this build has no saved plan files yet`);
}
