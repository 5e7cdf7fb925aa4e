// The parser benchmark's page: the bundle (core from source, chrono-node and the measuring code) is served
// from memory by the runner; `window.bench.runParsers` is what it calls.
import { runParsers } from '/parsers/parsers.js';

window.bench = { runParsers };
