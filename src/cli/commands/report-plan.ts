// The saved plan that `report github --plan FILE` shows, read through the
// plan module's public functions: the plan file (checked: a damaged or
// edited file is refused), its JSON shape, and its markdown. The markdown is
// asked for whole: the GitHub side cuts it per place (comment, check, job
// summary) with a line that says where the rest is.

import path from 'node:path';
import type { PlanForReport } from '../../github/report.js';
import { planFromFile, readPlanFile } from '../../plan/plan-file.js';
import { planDocument } from '../../plan/render/json.js';
import { renderPlanMarkdown } from '../../plan/render/markdown.js';

export async function readPlanForReport(file: string, cwd: string): Promise<PlanForReport> {
  const saved = await readPlanFile(path.resolve(cwd, file), file);
  const plan = planFromFile(saved);
  return {
    document: planDocument(plan, { grantformVersion: saved.grantformVersion, backend: saved.backend }),
    markdown: renderPlanMarkdown(plan, { limit: Number.MAX_SAFE_INTEGER }),
    file,
  };
}
