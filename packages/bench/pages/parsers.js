// The parser benchmark's page: the bundle (core from source, chrono-node and the measuring code) is served
// from memory by the runner; `window.bench.runParsers` and `window.bench.runScheduleAgain` are what it calls.
import { runParsers, runScheduleAgain } from '/parsers/parsers.js';

window.bench = { runParsers, runScheduleAgain };
