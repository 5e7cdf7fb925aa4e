/**
 * Core's plan readers, which the element loads lazily with {@link loadPlanReaders}
 * (`import()` of this module): in the standalone bundle they are the chunk
 * `plan-timeline.readers.js` beside `plan-timeline.standalone.js`, fetched when
 * the element is first given a `src` or `text`, or as soon as an element is
 * drawn with no input yet. Import them only through
 * `loadPlanReaders`: a static import would bring them back into the standalone file.
 *
 * @example
 * const { parsePlan } = await loadPlanReaders();
 */
export { parsePlan } from '@plan-timeline/core/parse-plan';
export { readPlanInSteps } from '@plan-timeline/core/read-plan-in-steps';
export { SAMPLE_PLAN_TEXT, warmUpReaders } from './warm-up.js';
