import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { toCSV } from '../export/toCSV.js';
import { toICS } from '../export/toICS.js';
import { toJSON } from '../export/toJSON.js';
import { calendarStamp } from './calendarStamp.js';
import { fiscalCommand } from './fiscalCommand.js';
import { lintPlan, lintSummary } from './lintPlan.js';
import { parseCliArgs } from './parseCliArgs.js';
import { CliError, EXIT_IO, readInput, readStandardInput } from './readInput.js';
import { warekiCommand } from './warekiCommand.js';
import { errorMessage } from '../model/errorMessage.js';

/** Exit code for a mistake on the command line. */
export const EXIT_USAGE = 2;

/** Exit code for errors in the plan: `lint` found one, or `parse` found no plan in the document. */
export const EXIT_PLAN_ERRORS = 1;

/** Where the CLI reads and writes; the real process by default, fakes in tests. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Uint8Array;
  writeFile(path: string, data: string): void;
  /** The time of the run (what a calendar is stamped with). */
  now(): Date;
  /** An environment variable, or `undefined` when it is not set. */
  env(name: string): string | undefined;
}

export const HELP = `plan-timeline — read Japanese municipal plans into fiscal-year spans

Usage:
  plan-timeline parse FILE [--format json|csv|ics] [-o OUT] [--guard-formulas]
                     [--input-format plan-text|csv|tsv|json] [--fiscal-year YEAR]
      Read a plan (the seed's text layout, CSV, TSV or JSON; UTF-8, Shift_JIS, EUC-JP or UTF-16) and write it
      as JSON (default), CSV (UTF-8 with BOM, for Excel) or iCalendar. FILE - reads standard input.
      iCalendar events are stamped (DTSTAMP) with the time of the run, or with SOURCE_DATE_EPOCH (seconds
      since 1970) when it is set, so that the same plan gives the same file.
      --guard-formulas: CSV cells that begin like a formula (=, +, -, @) are written as text ('=…), so that a
      spreadsheet does not run them; the CSV then no longer reads back as the plan.
      --fiscal-year: the year an annual plan is for (2024, R6, 令和6年度): months written before any year
      (4月～6月：調査) are in it, 今年度 is it, 来年度 the next; without it, the year the title names, if any.
  plan-timeline lint FILE [--input-format …] [--lang en|ja] [--fiscal-year YEAR]
      Print the plan's diagnostics as file:line: severity code: message, the messages in English
      (default) or Japanese. Exit 1 when any is an error, else 0.
  plan-timeline wareki DATE|ERA-DATE|ERA-YEAR
      2019-05-01 → 令和元年5月1日 (R1.5.1);  平成31年4月30日 or H31.4.30 → 2019-04-30 (平成31年4月30日);
      平成32 → 2020年 (平成32年). An era date past its era's end (平成31年5月1日) is converted, and the era
      in force that day named.
  plan-timeline fiscal YEAR|ERA-YEAR|DATE
      2021 → 2021(R3)年度 2021-04-01〜2022-03-31
  plan-timeline --help | --version

Exit codes: 0 success, 1 lint found errors or parse found no plan (its errors on stderr, nothing written),
2 usage mistake, 3 input unreadable or output unwritable.
`;

/** Loads the plan reader only for the commands that read plans, so quick conversions start fast. */
async function loadParsePlan(): Promise<typeof import('../plan/parsePlan.js').parsePlan> {
  return (await import('../plan/parsePlan.js')).parsePlan;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/**
 * Runs `plan-timeline` with the given arguments and returns the exit code; messages go to
 * `io.stderr`, results to `io.stdout` (or the `-o` file).
 *
 * @param argv - the arguments after the script name
 * @param io - where to read and write
 * @returns the exit code: 0 success, 1 lint found errors, 2 usage mistake, 3 input or output trouble
 *
 * @example
 * await run(['fiscal', '2021'], io) // io.stdout receives '2021(R3)年度 2021-04-01〜2022-03-31\n'
 * //=> 0
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const request = parseCliArgs(argv);
  try {
    switch (request.command) {
      case 'help':
        io.stdout(HELP);
        return 0;
      case 'version':
        io.stdout(`${version()}\n`);
        return 0;
      case 'usage-error':
        io.stderr(`plan-timeline: ${request.message}\nRun plan-timeline --help for usage.\n`);
        return EXIT_USAGE;
      case 'wareki':
      case 'fiscal': {
        const { command, value } = request;
        io.stdout(`${asUsage(() => (command === 'wareki' ? warekiCommand(value) : fiscalCommand(value)))}\n`);
        return 0;
      }
      case 'parse':
      case 'lint': {
        // Worked out first: a malformed SOURCE_DATE_EPOCH stops the run before the plan is read.
        const calendar =
          request.command === 'parse' && request.format === 'ics'
            ? { timestamp: asUsage(() => calendarStamp(io.env('SOURCE_DATE_EPOCH'), io.now())) }
            : {};
        if (
          request.command === 'parse' &&
          request.file !== '-' &&
          request.output !== undefined &&
          request.output !== '-' &&
          resolve(request.output) === resolve(request.file)
        ) {
          throw new CliError(
            `-o ${request.output} would write over the plan it reads; choose another file`,
            EXIT_USAGE,
          );
        }
        const bytes = readInput(request.file, () => io.readStdin());
        const parsePlan = await loadParsePlan();
        const plan = parsePlan(bytes, {
          ...(request.inputFormat ? { format: request.inputFormat } : {}),
          ...(request.fiscalYear === undefined ? {} : { fiscalYear: request.fiscalYear }),
        });
        const name = request.file === '-' ? '<stdin>' : request.file;
        const json =
          request.fiscalYear !== undefined || request.command === 'lint'
            ? await jsonPlanText(bytes, request.inputFormat)
            : null;
        // A plan written as JSON holds its dates already read: the year given changes nothing, and is said to.
        if (request.fiscalYear !== undefined && json !== null)
          io.stderr(
            `plan-timeline: ${name}: --fiscal-year does not apply to a plan written as JSON (its dates are read)\n`,
          );
        if (request.command === 'lint') {
          // The lines a JSON plan's diagnostics carry are those of the document it was first read from.
          const lines =
            json !== null && plan.items.length > 0
              ? (await import('./jsonPlanLines.js')).jsonPlanLines(json, plan)
              : undefined;
          const report = lintPlan(plan, name, request.lang, lines);
          if (report.lines.length > 0) io.stdout(report.lines.join('\n') + '\n');
          io.stderr(`${lintSummary(plan.items.length, report, request.lang)}\n`);
          return report.errors > 0 ? EXIT_PLAN_ERRORS : 0;
        }
        const report = lintPlan(plan, name);
        // A document that holds no plan (no items, and an error that says why) is not written out as an empty one.
        if (plan.items.length === 0 && report.errors > 0) {
          const errors = report.lines.filter((line) => line.includes(': error '));
          io.stderr(
            `${errors.join('\n')}\nplan-timeline: ${name}: no plan could be read from it; nothing was written\n`,
          );
          return EXIT_PLAN_ERRORS;
        }
        const text =
          request.format === 'csv'
            ? toCSV(plan, { guardFormulas: request.guardFormulas === true })
            : request.format === 'ics'
              ? toICS(plan, calendar)
              : toJSON(plan);
        if (request.output === undefined || request.output === '-') io.stdout(text);
        else {
          try {
            io.writeFile(request.output, text);
          } catch (error) {
            const code = (error as { code?: string } | null)?.code;
            throw new CliError(`${request.output}: cannot write${code ? ` (${code})` : ''}`, EXIT_IO);
          }
        }
        // Bytes that fit no encoding are the one change to the text itself: said even when nothing else is.
        const decoding = plan.diagnostics.find((d) => d.code === 'encoding');
        if (decoding) io.stderr(`plan-timeline: ${name}: ${decoding.message}\n`);
        // What lint would say of the plan written is counted, so that nothing found goes unsaid.
        const found = [
          report.errors > 0 ? `${report.errors} ${report.errors === 1 ? 'error' : 'errors'}` : '',
          report.warnings > 0 ? `${report.warnings} ${report.warnings === 1 ? 'warning' : 'warnings'}` : '',
        ].filter((part) => part !== '');
        if (found.length > 0) {
          io.stderr(
            `plan-timeline: ${name}: the plan holds ${found.join(' and ')}; plan-timeline lint lists them\n`,
          );
        }
        return 0;
      }
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`plan-timeline: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr(`plan-timeline: internal error: ${errorMessage(error)}\n`);
    return 70;
  }
}

/** The text of a plan written as JSON (so named, or so detected: loaded as the plan reader is); `null` for any other plan. */
async function jsonPlanText(bytes: Uint8Array, inputFormat: string | undefined): Promise<string | null> {
  if (inputFormat !== undefined && inputFormat !== 'json') return null;
  const [{ decodeBytes }, { detectFormat }] = await Promise.all([
    import('../plan/decodeBytes.js'),
    import('../plan/detectFormat.js'),
  ]);
  const { text } = decodeBytes(bytes);
  return inputFormat === 'json' || detectFormat(text) === 'json' ? text : null;
}

/** Runs `read`; a RangeError it throws (a value given that cannot be read) is a usage mistake. */
function asUsage<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof RangeError) throw new CliError(error.message, EXIT_USAGE);
    throw error;
  }
}

/** The real process's streams and files. */
export const nodeIO: CliIO = {
  stdout: (text) => {
    try {
      process.stdout.write(text);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`standard output: cannot write${code ? ` (${code})` : ''}`, EXIT_IO);
    }
  },
  stderr: (text) => process.stderr.write(text),
  readStdin: readStandardInput,
  writeFile: (path, data) => writeFileSync(path, data),
  now: () => new Date(),
  env: (name) => process.env[name],
};
