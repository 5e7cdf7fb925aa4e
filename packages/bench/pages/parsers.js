// The parser benchmark's page: the bundle (core from source, chrono-node and the measuring code) is served
// from memory by the runner, which calls one of these in each fresh page.
import { runParsePlan, runParsePlanOneAtATime, runSchedule, runScheduleAgain } from '/parsers/parsers.js';

window.bench = { runSchedule, runParsePlan, runParsePlanOneAtATime, runScheduleAgain };
