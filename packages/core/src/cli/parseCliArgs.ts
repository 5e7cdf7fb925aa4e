import type { MessageLang } from '../model/diagnosticMessage.js';
import { isReadableYear } from '../schedule/readDatePoint.js';
import { readFiscalYearArgument } from './fiscalCommand.js';

/** Output formats of `plan-timeline parse`. */
export type OutputFormat = 'json' | 'csv' | 'ics';

/** Input formats `parsePlan` can be told to use instead of detecting one. */
export type InputFormat = 'plan-text' | 'csv' | 'tsv' | 'json';

/** The language `plan-timeline lint` writes its messages in. */
export type LintLang = MessageLang;

/** What the command line asks for, as {@link parseCliArgs} reads it. */
export type CliRequest =
  | { command: 'help' }
  | { command: 'version' }
  | {
      command: 'parse';
      file: string;
      format: OutputFormat;
      output?: string;
      /** CSV cells that begin like a formula (`=`, `+`, `-`, `@`) written as text (`'=…`), for spreadsheets. */
      guardFormulas?: boolean;
      inputFormat?: InputFormat;
      fiscalYear?: number;
    }
  | { command: 'lint'; file: string; inputFormat?: InputFormat; lang?: LintLang; fiscalYear?: number }
  | { command: 'wareki'; value: string }
  | { command: 'fiscal'; value: string }
  | { command: 'usage-error'; message: string };

const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'csv', 'ics'];
const INPUT_FORMATS: readonly InputFormat[] = ['plan-text', 'csv', 'tsv', 'json'];
const COMMANDS = ['parse', 'lint', 'wareki', 'fiscal'] as const;

/**
 * Reads the arguments of `plan-timeline` (without `node` and the script) into a request,
 * touching nothing: usage mistakes come back as `{ command: 'usage-error', message }`.
 *
 * Grammar: `parse FILE [--format json|csv|ics] [-o OUT] [--guard-formulas] [--input-format plan-text|csv|tsv|json]
 * [--fiscal-year YEAR]`, `lint FILE [--input-format …] [--lang en|ja] [--fiscal-year YEAR]`,
 * `wareki DATE|ERA-DATE|ERA-YEAR`, `fiscal YEAR|DATE|ERA-YEAR`,
 * `--help` / `-h`, `--version` / `-V`. Options may come before or after the file, as
 * `--format csv` or `--format=csv`; `-` is standard input; `--` ends the options.
 *
 * @param argv - the arguments after the script name
 * @returns the request (never throws)
 *
 * @example
 * parseCliArgs(['parse', 'plan.txt', '--format', 'ics', '-o', 'plan.ics'])
 * //=> { command: 'parse', file: 'plan.txt', format: 'ics', output: 'plan.ics' }
 * parseCliArgs(['frobnicate'])
 * //=> { command: 'usage-error', message: 'unknown command "frobnicate" (expected parse, lint, wareki or fiscal)' }
 */
export function parseCliArgs(argv: readonly string[]): CliRequest {
  const args = [...argv];
  if (args.length === 0) return { command: 'help' };
  if (asksForHelp(args) || args[0] === 'help') return { command: 'help' };
  if (args[0] === '--version' || args[0] === '-V') {
    return args.length === 1
      ? { command: 'version' }
      : usage(`unexpected argument "${args[1]}" after ${args[0]}`);
  }

  const command = args.shift()!;
  if (!(COMMANDS as readonly string[]).includes(command)) {
    return usage(
      command.startsWith('-')
        ? `unknown option "${command}" (a command comes first: parse, lint, wareki or fiscal)`
        : `unknown command "${command}" (expected parse, lint, wareki or fiscal)`,
    );
  }

  const positional: string[] = [];
  const options = new Map<string, string>();
  const allowed: Record<string, readonly string[]> = {
    parse: ['--format', '--output', '--guard-formulas', '--input-format', '--fiscal-year'],
    lint: ['--input-format', '--lang', '--fiscal-year'],
    wareki: [],
    fiscal: [],
  };
  let endOfOptions = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (endOfOptions || arg === '-' || !arg.startsWith('-') || /^-\d/.test(arg)) {
      positional.push(arg);
      continue;
    }
    if (arg === '--') {
      endOfOptions = true;
      continue;
    }
    const eq = arg.indexOf('=');
    let name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '-o') name = '--output';
    if (name === '-f') name = '--format';
    if (!allowed[command]!.includes(name)) return usage(`unknown option "${arg}" for ${command}`);
    if (options.has(name)) return usage(`${name} given twice`);
    if (FLAGS.has(name)) {
      if (eq > 0) return usage(`${name} takes no value`);
      options.set(name, '');
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else value = args[++i];
    if (value === undefined || value === '') return usage(`${name} needs a value`);
    options.set(name, value);
  }

  const expectOne = (what: string): string | CliRequest => {
    if (positional.length === 0) return usage(`${command} needs ${what}`);
    if (positional.length > 1)
      return usage(`${command} takes only ${what.replace(/^an? /, 'one ')}, got also "${positional[1]}"`);
    return positional[0]!;
  };

  const inputFormat = options.get('--input-format');
  if (inputFormat !== undefined && !(INPUT_FORMATS as readonly string[]).includes(inputFormat)) {
    return usage(`unknown input format "${inputFormat}" (expected ${INPUT_FORMATS.join(', ')})`);
  }
  const fiscalYearText = options.get('--fiscal-year');
  let fiscalYear: number | undefined;
  if (fiscalYearText !== undefined) {
    try {
      fiscalYear = readFiscalYearArgument(fiscalYearText).fiscalYear;
    } catch {
      fiscalYear = undefined;
    }
    if (!isReadableYear(fiscalYear))
      return usage(`--fiscal-year "${fiscalYearText}" is not a fiscal year (2024, R6, 令和6年度)`);
  }
  const input = {
    ...(inputFormat === undefined ? {} : { inputFormat: inputFormat as InputFormat }),
    ...(fiscalYear === undefined ? {} : { fiscalYear }),
  };

  switch (command) {
    case 'parse': {
      const file = expectOne('a FILE (or - for standard input)');
      if (typeof file !== 'string') return file;
      const format = options.get('--format') ?? 'json';
      if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) {
        return usage(`unknown format "${format}" (expected json, csv or ics)`);
      }
      const output = options.get('--output');
      const guardFormulas = options.has('--guard-formulas');
      if (guardFormulas && format !== 'csv') return usage('--guard-formulas applies to --format csv only');
      return {
        command,
        file,
        format: format as OutputFormat,
        ...(output === undefined ? {} : { output }),
        ...(guardFormulas ? { guardFormulas } : {}),
        ...input,
      };
    }
    case 'lint': {
      const file = expectOne('a FILE (or - for standard input)');
      if (typeof file !== 'string') return file;
      const lang = options.get('--lang');
      if (lang !== undefined && lang !== 'en' && lang !== 'ja') {
        return usage(`unknown language "${lang}" (expected en or ja)`);
      }
      return { command, file, ...input, ...(lang === undefined ? {} : { lang }) };
    }
    default: {
      const value = expectOne(command === 'wareki' ? 'a DATE such as 2019-05-01' : 'a YEAR such as 2021');
      return typeof value === 'string' ? { command: command as 'wareki' | 'fiscal', value } : value;
    }
  }
}

/** Options that take no value. */
const FLAGS = new Set(['--guard-formulas']);

/** Options that take a value (`-o OUT`): the argument after one is its value, whatever it looks like. */
const VALUE_OPTIONS = new Set([
  '--format',
  '-f',
  '--output',
  '-o',
  '--input-format',
  '--fiscal-year',
  '--lang',
]);

/**
 * Whether `--help` or `-h` is given as an option: not as the value of another (`-o -h` names a file), nor
 * after `--`.
 */
function asksForHelp(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return false;
    if (arg === '--help' || arg === '-h') return true;
    if (VALUE_OPTIONS.has(arg)) i++;
  }
  return false;
}

function usage(message: string): CliRequest {
  return { command: 'usage-error', message };
}
