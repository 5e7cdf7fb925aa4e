#!/usr/bin/env node
/**
 * The `plan-timeline` command: `node dist/cli/main.js` (through `bin/plan-timeline.js`).
 * See {@link run} for what it does; this file only connects it to the process.
 *
 * @module
 */
import { EXIT_IO } from './readInput.js';
import { nodeIO, run } from './run.js';

// Standard output that cannot be written is said in one line (exit 3), not as a stack trace; a reader that
// closed it early (`| head`) ends the command quietly, with the exit code it had.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit();
  process.stderr.write(`plan-timeline: standard output: cannot write (${error.code ?? error.message})\n`);
  process.exit(EXIT_IO);
});
process.exitCode = await run(process.argv.slice(2), nodeIO);
