export { PlanTimeline } from './plan-timeline/plan-timeline.js';
