import { layoutPlan, type Plan } from '@plan-timeline/core';
import { generatePlan } from '../../../core/test-utils/index.js';

/** What the pages fetch for one N, and what the runner checks against. */
export interface Dataset {
  n: number;
  /** Spans in the plan (bars every library draws). */
  spans: number;
  /** Rows layoutPlan makes of the plan (group by item): the aria-rowcount plan-timeline must report. */
  layoutRows: number;
  files: Map<string, { body: string; type: string }>;
}

const FIRST_FY = 2016;
const LAST_FY = 2030;
/** Day after an ISO date (vis-timeline ends are exclusive). */
const nextDay = (iso: string): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
const horizonEnd = `${LAST_FY + 1}-03-31`;

function visData(plan: Plan) {
  return {
    start: `${FIRST_FY}-04-01`,
    end: `${LAST_FY + 1}-04-01`,
    groups: plan.items.map((i) => ({ id: i.serial, content: `${i.code} ${i.title}` })),
    items: plan.items.flatMap((i) =>
      i.schedule.spans.map((s, k) => ({
        id: `${i.serial}-${k}`,
        group: i.serial,
        content: s.label,
        start: s.start ?? `${FIRST_FY}-04-01`,
        end: nextDay(s.end ?? horizonEnd),
      })),
    ),
  };
}

/**
 * frappe-gantt draws one bar per row and drops bars longer than ten years: each item becomes one task from
 * its first start to its last end, cut at ten years (fewer bars than the others draw).
 */
function frappeData(plan: Plan) {
  return plan.items.map((i) => {
    const start = i.schedule.spans.map((s) => s.start ?? `${FIRST_FY}-04-01`).sort()[0]!;
    const last = i.schedule.spans
      .map((s) => s.end ?? horizonEnd)
      .sort()
      .at(-1)!;
    const limit = `${Number(start.slice(0, 4)) + 10}-03-31`;
    return {
      id: `i${i.serial}`,
      name: `${i.code} ${i.title}`,
      start,
      end: last < limit ? last : limit,
      progress: 0,
    };
  });
}

/** Generates the plan of `n` items (seed 1) and the files each page loads for it. */
export function dataset(n: number): Dataset {
  const { plan, text } = generatePlan({
    items: n,
    seed: 1,
    firstFiscalYear: FIRST_FY,
    lastFiscalYear: LAST_FY,
  });
  const json = 'application/json; charset=utf-8';
  return {
    n,
    spans: plan.items.reduce((k, i) => k + i.schedule.spans.length, 0),
    layoutRows: layoutPlan(plan).rows.length,
    files: new Map([
      [`/data/${n}.txt`, { body: text, type: 'text/plain; charset=utf-8' }],
      [`/data/${n}.plan.json`, { body: JSON.stringify(plan), type: json }],
      [`/data/${n}.vis.json`, { body: JSON.stringify(visData(plan)), type: json }],
      [`/data/${n}.frappe.json`, { body: JSON.stringify(frappeData(plan)), type: json }],
    ]),
  };
}
