import type { Diagnostic, Plan } from '../model/types.js';
import { locateJsonError } from './locateJsonError.js';
import { summarizeDepartments } from './summarizeDepartments.js';
import { validatePlan } from './validatePlan.js';

const EMPTY = (): Plan => ({
  title: '',
  policies: [],
  sections: [],
  items: [],
  departments: [],
  diagnostics: [],
});

/** The 1-based line of a UTF-16 offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++;
  return line;
}

/**
 * Reads a plan written as JSON: a {@link Plan} itself, as `JSON.stringify`
 * writes it, so that `parsePlan(JSON.stringify(plan))` gives the same plan back.
 *
 * The value is checked with `validatePlan` (the rules of `plan.schema.json`).
 * A document that is not JSON gives one `'invalid-json'` error with its line; a
 * value that is not a Plan gives one `'invalid-plan'` error per problem, naming
 * its JSON path (`$.items[3].schedule.spans[0].start: expected an ISO date or
 * null`). Either way the plan returned has no items: a machine-written plan that
 * breaks the model is not trusted in part. A valid plan is returned as written;
 * only when `aliases` are given are its department summaries recomputed with them.
 *
 * @param text - the JSON text
 * @param aliases - department name as written → name to group under
 * @returns the plan, or an empty plan with the errors
 */
export function readPlanJson(text: string, aliases?: Readonly<Record<string, string>>): Plan {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const found = locateJsonError(text);
    const offset = found < 0 ? text.length : found;
    const line = lineAt(text, offset);
    const diagnostic: Diagnostic = {
      code: 'invalid-json',
      severity: 'error',
      message: `The document is not valid JSON (${message}). Expected a plan as JSON: {"title": …, "policies": […], "sections": […], "items": […], "departments": […], "diagnostics": […]}.`,
      messageJa: `JSONとして読めません（${message}）。計画のJSON（{"title": …, "policies": […], "sections": […], "items": […], "departments": […], "diagnostics": […]}）を想定しています。`,
      source: { start: Math.min(offset, text.length), end: text.length },
      line,
    };
    return { ...EMPTY(), diagnostics: [diagnostic] };
  }
  const problems = validatePlan(value);
  if (problems.length > 0) {
    return {
      ...EMPTY(),
      diagnostics: problems.map((p) => ({
        code: 'invalid-plan',
        severity: 'error' as const,
        message: `${p.path}: ${p.message}`,
        messageJa: `${p.path}: ${p.messageJa}`,
        source: { start: 0, end: text.length },
      })),
    };
  }
  const plan = value as Plan;
  if (aliases && Object.keys(aliases).length > 0)
    return { ...plan, departments: summarizeDepartments(plan.items, aliases) };
  return plan;
}
