#!/usr/bin/env node
/**
 * The `plan-timeline` command: `node dist/cli/main.js` (through `bin/plan-timeline.js`).
 * See {@link run} for what it does; this file only connects it to the process.
 *
 * @module
 */
import { nodeIO, run } from './run.js';

process.exitCode = await run(process.argv.slice(2), nodeIO);
