import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCliArgs } from './parseCliArgs.js';

describe('parseCliArgs', () => {
  it('reads parse with its options in any order and either spelling', () => {
    expect(parseCliArgs(['parse', 'plan.txt'])).toEqual({
      command: 'parse',
      file: 'plan.txt',
      format: 'json',
    });
    expect(parseCliArgs(['parse', '--format', 'csv', 'plan.txt', '-o', 'out.csv'])).toEqual({
      command: 'parse',
      file: 'plan.txt',
      format: 'csv',
      output: 'out.csv',
    });
    expect(
      parseCliArgs(['parse', 'plan.txt', '--format=ics', '--output=out.ics', '--input-format=tsv']),
    ).toEqual({
      command: 'parse',
      file: 'plan.txt',
      format: 'ics',
      output: 'out.ics',
      inputFormat: 'tsv',
    });
  });

  it('reads the fiscal year an annual plan is for, in Western or era years', () => {
    expect(parseCliArgs(['lint', 'plan.csv', '--fiscal-year', '令和6年度'])).toEqual({
      command: 'lint',
      file: 'plan.csv',
      fiscalYear: 2024,
    });
    expect(parseCliArgs(['parse', 'plan.csv', '--fiscal-year=2024'])).toMatchObject({ fiscalYear: 2024 });
    expect(parseCliArgs(['parse', 'plan.csv', '--fiscal-year', 'R6'])).toMatchObject({ fiscalYear: 2024 });
  });

  it('reads - as standard input and -- as the end of options', () => {
    expect(parseCliArgs(['lint', '-'])).toEqual({ command: 'lint', file: '-' });
    expect(parseCliArgs(['lint', 'p.txt', '--lang=ja'])).toEqual({
      command: 'lint',
      file: 'p.txt',
      lang: 'ja',
    });
    expect(parseCliArgs(['lint', '--', '--odd-name.txt'])).toEqual({
      command: 'lint',
      file: '--odd-name.txt',
    });
  });

  it('reads the quick conversions', () => {
    expect(parseCliArgs(['wareki', '2019-05-01'])).toEqual({ command: 'wareki', value: '2019-05-01' });
    expect(parseCliArgs(['fiscal', '2021'])).toEqual({ command: 'fiscal', value: '2021' });
  });

  it('reads help and version', () => {
    expect(parseCliArgs([])).toEqual({ command: 'help' });
    expect(parseCliArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['-h'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['parse', '--help'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['parse', 'plan.txt', '--format', 'csv', '-h'])).toEqual({ command: 'help' });
    expect(parseCliArgs(['--version'])).toEqual({ command: 'version' });
    expect(parseCliArgs(['-V'])).toEqual({ command: 'version' });
  });

  it('reads --guard-formulas as a flag of CSV output, the file after it as the file', () => {
    expect(parseCliArgs(['parse', '--guard-formulas', 'plan.txt', '--format', 'csv'])).toEqual({
      command: 'parse',
      file: 'plan.txt',
      format: 'csv',
      guardFormulas: true,
    });
  });

  it('takes -h as the value of an option, and as a file after --', () => {
    expect(parseCliArgs(['parse', 'plan.txt', '-o', '-h'])).toEqual({
      command: 'parse',
      file: 'plan.txt',
      format: 'json',
      output: '-h',
    });
    expect(parseCliArgs(['lint', '--', '-h'])).toEqual({ command: 'lint', file: '-h' });
  });

  it('reports usage mistakes with a message that names them', () => {
    const message = (argv: string[]): string => {
      const request = parseCliArgs(argv);
      if (request.command !== 'usage-error') throw new Error(`expected a usage error for ${argv.join(' ')}`);
      return request.message;
    };
    expect(message(['frobnicate'])).toBe(
      'unknown command "frobnicate" (expected parse, lint, wareki or fiscal)',
    );
    expect(message(['--frob'])).toContain('unknown option "--frob"');
    expect(message(['parse'])).toContain('parse needs a FILE');
    expect(message(['parse', 'a.txt', 'b.txt'])).toBe(
      'parse takes only one FILE (or - for standard input), got also "b.txt"',
    );
    expect(message(['parse', 'a', 'b'])).toContain('"b"');
    expect(message(['parse', 'a', '--format', 'xml'])).toBe(
      'unknown format "xml" (expected json, csv or ics)',
    );
    expect(message(['parse', 'a', '--format'])).toBe('--format needs a value');
    expect(message(['parse', 'a', '--format=csv', '--format=ics'])).toBe('--format given twice');
    expect(message(['parse', 'a', '--input-format', 'xlsx'])).toContain('unknown input format "xlsx"');
    expect(message(['lint', 'a', '--format', 'csv'])).toBe('unknown option "--format" for lint');
    expect(message(['parse', 'a', '--guard-formulas'])).toBe('--guard-formulas applies to --format csv only');
    expect(message(['parse', 'a', '-f', 'csv', '--guard-formulas=yes'])).toBe(
      '--guard-formulas takes no value',
    );
    expect(message(['lint', 'a', '--guard-formulas'])).toBe('unknown option "--guard-formulas" for lint');
    expect(message(['lint', 'a', '--lang', 'fr'])).toBe('unknown language "fr" (expected en or ja)');
    expect(message(['parse', 'a', '--lang', 'ja'])).toBe('unknown option "--lang" for parse');
    expect(message(['lint', 'a', '--fiscal-year', 'soon'])).toBe(
      '--fiscal-year "soon" is not a fiscal year (2024, R6, 令和6年度)',
    );
    expect(message(['lint', 'a', '--fiscal-year', '99'])).toContain('--fiscal-year "99"');
    expect(message(['fiscal', '2021', '--fiscal-year', '2021'])).toBe(
      'unknown option "--fiscal-year" for fiscal',
    );
    expect(message(['wareki'])).toContain('wareki needs a DATE');
    expect(message(['fiscal', '2021', '2022'])).toContain('"2022"');
    expect(message(['--version', 'x'])).toContain('"x"');
  });

  it('never throws and does not mutate its input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('parse', 'lint', '-o', '--format', '-', '--', 'csv'))),
        (argv) => {
          const copy = [...argv];
          const request = parseCliArgs(argv);
          expect(typeof request.command).toBe('string');
          expect(argv).toEqual(copy);
        },
      ),
    );
  });
});
