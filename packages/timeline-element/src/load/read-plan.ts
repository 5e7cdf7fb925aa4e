import type { Plan } from '@plan-timeline/core';
import type { parsePlan } from '@plan-timeline/core/parse-plan';

type ParsePlan = typeof parsePlan;

let reader: ParsePlan | null = null;
let loading: Promise<ParsePlan> | null = null;

/**
 * Core's `parsePlan`, once {@link loadPlanReader} has brought it in; `null` before.
 * The element never parses plan text by itself.
 *
 * @returns `parsePlan`, or `null` while it is not loaded yet
 * @example
 * const parse = planReader();
 * if (parse) parse('no,title,schedule\n1,1-1 予算編成,毎年度').items.length; //=> 1
 */
export function planReader(): ParsePlan | null {
  return reader;
}

/**
 * Loads core's plan readers (`parsePlan` with the text, CSV/TSV and JSON readers and the
 * schedule parser), which the standalone bundle keeps in a chunk of their own: a page that
 * gives the element a `plan` object never loads them. Loads them once; later calls share
 * the first call's promise.
 *
 * @returns `parsePlan`
 * @example
 * const parse = await loadPlanReader();
 * parse('no,title,schedule\n1,1-1 予算編成,毎年度').items.length; //=> 1
 */
export function loadPlanReader(): Promise<ParsePlan> {
  loading ??= import('@plan-timeline/core/parse-plan').then((module) => (reader = module.parsePlan));
  return loading;
}

/**
 * Whether a plan has nothing to show because it could not be read as a plan:
 * no items and an error diagnostic.
 * @param plan - the plan as read
 * @returns the reader's error message, or `null` when the plan is usable
 */
export function planProblem(plan: Plan): string | null {
  if (plan.items.length > 0) return null;
  const error = plan.diagnostics.find((d) => d.severity === 'error');
  return error ? error.message : plan.diagnostics.length > 0 ? plan.diagnostics[0]!.message : '';
}
