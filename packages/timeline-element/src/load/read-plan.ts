import { parsePlan, type Plan } from '@plan-timeline/core';

/**
 * Reads plan text or bytes with core's `parsePlan`. The element never parses
 * plan text by itself.
 *
 * @param input - plan text (any format `parsePlan` reads) or its bytes
 * @returns the plan
 */
export function readPlan(input: string | Uint8Array): Plan {
  return parsePlan(input);
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
