import type { Plan } from '../model/types.js';
import { LineCounter } from '../plan/lineCounter.js';
import { JsonPathLocator } from '../plan/locateJsonPath.js';

/** Lines of a plan file where its items and diagnostics are written, for `plan-timeline lint` to point at. */
export interface PlanLines {
  /** The line where the (first) item with this serial begins, if the plan has one. */
  item(serial: number): number | undefined;
  /** The line where the plan's diagnostic of this index (in `plan.diagnostics`) begins. */
  diagnostic(index: number): number | undefined;
}

/**
 * Where a plan written as JSON holds its items and diagnostics. The diagnostics of such a plan carry the lines
 * of the document it was first read from (a plan text's line 121), which say nothing of the JSON file: `lint`
 * points at the item a diagnostic names, or at the diagnostic as the file writes it, instead.
 *
 * @param text - the JSON text the plan was read from
 * @param plan - the plan `parsePlan` read from it, its items in the file's order
 * @returns the lines, found as they are asked for
 * @example
 * jsonPlanLines(toJSON(seed), seed).item(13)
 * //=> 808 (the line of its opening brace)
 */
export function jsonPlanLines(text: string, plan: Pick<Plan, 'items'>): PlanLines {
  const locator = new JsonPathLocator(text);
  const lines = new LineCounter(text);
  const indexOf = new Map<number, number>();
  plan.items.forEach((item, index) => {
    if (!indexOf.has(item.serial)) indexOf.set(item.serial, index);
  });
  const lineOf = (path: string): number | undefined => {
    const place = locator.locate(path);
    return place === null ? undefined : lines.lineAt(place.start);
  };
  return {
    item: (serial) => {
      const index = indexOf.get(serial);
      return index === undefined ? undefined : lineOf(`$.items[${index}]`);
    },
    diagnostic: (index) => lineOf(`$.diagnostics[${index}]`),
  };
}
