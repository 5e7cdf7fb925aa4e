export { createRandom, type Random } from './createRandom.js';
export { generatePlan, type GeneratePlanOptions, type GeneratedPlan } from './generatePlan.js';
export {
  generateSchedule,
  type GenerateScheduleOptions,
  type GeneratedSchedule,
} from './generateSchedule.js';
export { renderPlanCsv } from './renderPlanCsv.js';
export { renderPlanText } from './renderPlanText.js';
export { deepFreeze, dept, every, fySpan, item, monthSpan, plan, schedule } from './layoutFixtures.js';
