import type { ItemDraft, PlanDraft } from './planDraft.js';
import { placeBySerial } from './placeBySerial.js';

/**
 * Runs a reader that yields its items' drafts as it reads them (`readPlanTextSteps`,
 * `readDelimitedSteps`) to its end, and gives the whole draft of the plan: the items it yielded, in
 * order, then those it returned, with the items listed only in the index placed among them.
 *
 * @param steps - the reader, not yet run
 * @returns the draft, all its items in `items`
 * @example
 * collectDraft(readDelimitedSteps('no,title\n1,財政健全化\n', ',')).items.map((i) => i.title)
 * //=> ['財政健全化']
 */
export function collectDraft(steps: Generator<ItemDraft, PlanDraft, undefined>): PlanDraft {
  const items: ItemDraft[] = [];
  for (;;) {
    const step = steps.next();
    if (!step.done) {
      items.push(step.value);
      continue;
    }
    const { indexOnly = [], ...draft } = step.value;
    for (const item of draft.items) items.push(item);
    return { ...draft, items: placeBySerial(items, indexOnly) };
  }
}
