import type { Diagnostic, Plan, PlanItem } from '../model/types.js';
import { errorMessage } from '../model/errorMessage.js';
import { JsonItemsScanner } from './jsonItemsScanner.js';
import { LineCounter } from './lineCounter.js';
import { locateJsonError } from './locateJsonError.js';
import { JsonPathLocator } from './locateJsonPath.js';
import { summarizeDepartments } from './summarizeDepartments.js';
import { validatePlan, validatePlanItem } from './validatePlan.js';

const EMPTY = (): Plan => ({
  title: '',
  policies: [],
  sections: [],
  items: [],
  departments: [],
  diagnostics: [],
});

/**
 * Reads a plan written as JSON: a {@link Plan} itself, as `JSON.stringify`
 * writes it, so that `parsePlan(JSON.stringify(plan))` gives the same plan back.
 *
 * The value is checked with `validatePlan` (the rules of `plan.schema.json`).
 * A document that is not JSON gives one `'invalid-json'` error with its line; a
 * value that is not a Plan gives one `'invalid-plan'` error per problem, naming
 * its JSON path (`$.items[3].schedule.spans[0].start: expected an ISO date or
 * null`), with the value's place and line in the text (for a missing key, the
 * object's). Either way the plan returned has no items: a machine-written plan that
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
    const found = locateJsonError(text);
    const offset = found < 0 ? text.length : found;
    const line = new LineCounter(text).lineAt(offset);
    const column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
    // Where it breaks, in our own words: engines word their messages differently, and only in English.
    // The character, escaped when it is a control character or half a surrogate pair (`\n`, `\ud800`).
    const shown = JSON.stringify(text[offset] ?? '').slice(1, -1);
    const where =
      offset < text.length
        ? {
            en: `at line ${line}, column ${column} ("${shown}")`,
            ja: `${line}行${column}文字目の「${shown}」`,
          }
        : { en: `it ends too early, at line ${line}`, ja: `${line}行目で途中で終わっています` };
    const diagnostic: Diagnostic = {
      code: 'invalid-json',
      severity: 'error',
      message: `The document is not valid JSON: ${where.en} (${errorMessage(error)}). Expected a plan as JSON: {"title": …, "policies": […], "sections": […], "items": […], "departments": […], "diagnostics": […]}.`,
      messageJa: `JSONとして読めません（${where.ja}）。計画のJSON（{"title": …, "policies": […], "sections": […], "items": […], "departments": […], "diagnostics": […]}）を想定しています。`,
      source: { start: Math.min(offset, text.length), end: text.length },
      line,
    };
    return { ...EMPTY(), diagnostics: [diagnostic] };
  }
  const problems = validatePlan(value);
  if (problems.length > 0) {
    const locator = new JsonPathLocator(text);
    const lines = new LineCounter(text);
    return {
      ...EMPTY(),
      diagnostics: problems.map((p): Diagnostic => {
        const place = locator.locate(p.path) ?? { start: 0, end: text.length };
        return {
          code: 'invalid-plan',
          severity: 'error',
          message: `${p.path}: ${p.message}`,
          messageJa: `${p.path}: ${p.messageJa}`,
          source: place,
          line: lines.lineAt(place.start),
        };
      }),
    };
  }
  return withAliases(value as Plan, aliases);
}

/** A valid plan as written, or with its department summaries recomputed when `aliases` are given. */
function withAliases(plan: Plan, aliases: Readonly<Record<string, string>> | undefined): Plan {
  if (aliases && Object.keys(aliases).length > 0)
    return { ...plan, departments: summarizeDepartments(plan.items, aliases) };
  return plan;
}

/**
 * {@link readPlanJson} an item at a time: yields each element of the plan's `items` as soon as it
 * is read and checked, and returns exactly the plan `readPlanJson` gives for the same text.
 *
 * Each element is found without parsing the document ({@link JsonItemsScanner}), read with
 * `JSON.parse` on its own and checked with the rules `validatePlan` applies to it; the rest of the
 * document (title, policies, sections, departments, diagnostics) is read and checked once the
 * last item is. When any of that fails — the text is not JSON, a value is not what a Plan holds,
 * the document is laid out in a way the scanner does not follow — the document is read whole by
 * `readPlanJson`, which reports the problems: then the items yielded before are not in the plan
 * returned (a machine-written plan that breaks the model is not trusted in part).
 *
 * @param text - the JSON text
 * @param aliases - department name as written → name to group under
 * @param at - told the plan's title once it is read, and how far the reading is (0 to 1)
 * @returns the items one by one; then the plan, as `readPlanJson` returns it
 */
export function* readPlanJsonSteps(
  text: string,
  aliases: Readonly<Record<string, string>> | undefined,
  at: { progress: number; title: string },
): Generator<PlanItem, Plan, undefined> {
  // Whatever fails is left to readPlanJson, which reports it.
  const whole = (): Plan => readPlanJson(text, aliases);
  const scanner = new JsonItemsScanner(text);
  if (!scanner.findItems()) return whole();
  if (scanner.title !== undefined) at.title = scanner.title;
  const items: PlanItem[] = [];
  const length = Math.max(1, text.length);
  for (let range = scanner.nextItem(); range !== null; range = scanner.nextItem()) {
    let item: unknown;
    try {
      item = JSON.parse(text.slice(range.start, range.end));
    } catch {
      return whole();
    }
    if (validatePlanItem(item, items.length, { maxProblems: 1 }).length > 0) return whole();
    items.push(item as PlanItem);
    at.progress = range.end / length;
    yield item as PlanItem;
  }
  if (!scanner.finish()) return whole();
  // The rest of the document, with an empty array where the items were.
  let rest: unknown;
  try {
    rest = JSON.parse(`${text.slice(0, scanner.arrayStart)}[]${text.slice(scanner.arrayEnd)}`);
  } catch {
    return whole();
  }
  if (validatePlan(rest, { maxProblems: 1 }).length > 0) return whole();
  const plan = rest as Plan;
  plan.items = items;
  return withAliases(plan, aliases);
}
