export { PlanTimeline } from './plan-timeline/plan-timeline.js';
export * from './events/index.js';
export type { EraMode, Lang } from './time/describe-span.js';
export { MAX_BYTES as MAX_PLAN_BYTES } from './load/fetch-plan.js';
