import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { run, type CliIO } from './run.js';
import { validatePlan } from '../plan/validatePlan.js';
import type { Plan } from '../model/types.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-timeline-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The time of every run, unless a test gives another. */
const RUN_AT = new Date('2026-11-27T05:06:07Z');

async function cli(
  argv: string[],
  stdin = '',
  { now = RUN_AT, env = {} }: { now?: Date; env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string; stderr: string; files: Map<string, string> }> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => new TextEncoder().encode(stdin),
    writeFile: (path, data) => void files.set(path, data),
    now: () => now,
    env: (name) => env[name],
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, files };
}

describe('run', () => {
  it('prints help and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('plan-timeline parse FILE [--format json|csv|ics] [-o OUT]');
    expect(result.stderr).toBe('');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('converts dates and fiscal years', async () => {
    expect(await cli(['wareki', '2019-05-01'])).toMatchObject({
      code: 0,
      stdout: '令和元年5月1日 (R1.5.1)\n',
    });
    expect(await cli(['wareki', '平成31年5月1日'])).toMatchObject({
      code: 0,
      stdout: '2019-05-01 (令和元年5月1日: 平成 ended on 2019-04-30)\n',
    });
    expect(await cli(['fiscal', '2021'])).toMatchObject({
      code: 0,
      stdout: '2021(R3)年度 2021-04-01〜2022-03-31\n',
    });
  });

  it('reports a bad conversion argument as a usage mistake (exit 2), one line', async () => {
    const result = await cli(['wareki', '2019-02-30']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plan-timeline: .*2019-02-30.*\n$/);
    const eraDate = await cli(['wareki', '平成31年2月29日']);
    expect(eraDate).toMatchObject({ code: 2, stdout: '' });
    expect(eraDate.stderr).toBe('plan-timeline: "平成31年2月29日" is not a date: 2019年2月 has 28 days\n');
  });

  it('reports unknown commands and formats with exit 2', async () => {
    const command = await cli(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "frobnicate"');
    const format = await cli(['parse', 'x.txt', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');
  });

  it('reports unreadable input with exit 3 before reading any plan', async () => {
    const missing = await cli(['parse', join(dir, 'missing.txt')]);
    expect(missing).toMatchObject({ code: 3, stdout: '' });
    expect(missing.stderr).toBe(`plan-timeline: ${join(dir, 'missing.txt')}: no such file\n`);
    expect((await cli(['lint', dir])).stderr).toContain('is a directory');
    expect(await cli(['lint', '-'], '  \n')).toMatchObject({
      code: 3,
      stderr: 'plan-timeline: standard input: is empty; expected a plan (text, CSV, TSV or JSON)\n',
    });
  });
});

describe('run parse on a document that holds no plan', () => {
  it('writes nothing, prints its errors on stderr and exits 1', async () => {
    const text = await cli(['parse', '-'], 'hello world\n');
    expect(text).toMatchObject({ code: 1, stdout: '' });
    expect(text.stderr).toMatch(/^<stdin>: error no-items: No plan items were found\..*\n/);
    expect(text.stderr).toMatch(
      /plan-timeline: <stdin>: no plan could be read from it; nothing was written\n$/,
    );
    const json = await cli(['parse', '-', '--format', 'csv'], '{"title": ');
    expect(json).toMatchObject({ code: 1, stdout: '' });
    expect(json.stderr).toMatch(/^<stdin>:1: error invalid-json: The document is not valid JSON/);
  });

  it('leaves no output file behind', async () => {
    const result = await cli(['parse', '-', '-o', join(dir, 'no-plan.json')], '{"title": 1}');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('error invalid-plan: $.title: expected a string');
    expect(result.files.size).toBe(0);
  });

  it('writes a plan read with errors, and says so on stderr', async () => {
    const csv = '通し番号,項目,スケジュール\nNo.1,1 一,2021年度\nNo.2,2 二,"2022年度\n';
    const result = await cli(['parse', '-', '--input-format', 'csv'], csv);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Plan).items.map((i) => i.serial)).toEqual([1, 2]);
    expect(result.stderr).toBe(
      'plan-timeline: <stdin>: the plan holds 1 error and 2 warnings; plan-timeline lint lists them\n',
    );
  });
});

describe('run lint', () => {
  it('exits 1 when a diagnostic is an error: a text with no plan items', async () => {
    const result = await cli(['lint', '-'], 'hello world\n');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>: error no-items: /);
    expect(result.stderr).toBe('0 items; 1 error, 0 warnings, 0 notes\n');
  });

  it('exits 1 for JSON that is not a plan, naming the JSON path at the line of the value', async () => {
    const result = await cli(['lint', '-', '--input-format', 'json'], '{\n  "title": 1,\n  "items": []\n}');
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^<stdin>:2: error invalid-plan: \$\.title: expected a string$/m);
  });
});

describe('run on the seed plan', () => {
  const seed = fileURLToPath(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url));

  it('lints the seed: the No.13 era mismatch at its line, no errors, exit 0', async () => {
    const result = await cli(['lint', seed]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    const mismatch = lines.filter((line) => line.includes(' era-mismatch: '));
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatch(
      new RegExp(`^${escape(seed)}:121: warning era-mismatch: No\\.13 .*2020\\(R3\\)`),
    );
    const seedLines = readFileSync(seed, 'utf8').split('\n');
    expect(seedLines[120]).toMatch(/^No\.13\t/);
    expect(result.stderr).toMatch(/^54 items; 0 errors, 2 warnings, \d+ notes\n$/);
    expect(lines.filter((line) => line.includes(' no-lead: '))).toEqual([
      `${seed}:167: warning no-lead: No.40 主務課: no department is marked as the lead (◎); ICT, 総務 are marked as participating (○).`,
    ]);
  });

  it('lints a plan written as JSON at the lines of that file: an item, or the diagnostic as written', async () => {
    const json = (await cli(['parse', seed])).stdout;
    const plan = JSON.parse(json) as Plan;
    plan.diagnostics.push({
      code: 'index-mismatch',
      severity: 'info',
      message: 'a diagnostic of the whole plan',
      source: { start: 0, end: 1 },
      line: 3,
    });
    const text = JSON.stringify(plan, null, 2);
    const result = await cli(['lint', '-'], text);
    const jsonLines = text.split('\n');
    const at = (code: string): number =>
      Number(
        /^<stdin>:(\d+):/.exec(result.stdout.split('\n').find((line) => line.includes(` ${code}: `))!)![1],
      );
    // No.13's era mismatch at the opening of its item (line 121 of the plan text it was read from).
    expect(jsonLines[at('era-mismatch') - 1]).toBe('    {');
    expect(jsonLines[at('era-mismatch')]).toBe('      "serial": 13,');
    expect(jsonLines[at('no-lead')]).toBe('      "serial": 40,');
    expect(jsonLines[at('index-mismatch')]).toBe('      "code": "index-mismatch",');
  });

  it('reads an annual plan with --fiscal-year: its months are placed, and no longer undated', async () => {
    const csv = '通し番号,項目,スケジュール,主務課\n1,窓口調査,4月～6月：調査,◎市民\n';
    const undated = await cli(['lint', '-'], csv);
    expect(undated.stdout).toContain('info undated: No.1');
    const placed = await cli(['lint', '-', '--fiscal-year', '令和6年度'], csv);
    expect(placed.stdout).toBe('');
    expect(placed.code).toBe(0);
    const json = await cli(['parse', '-', '--fiscal-year', '2024'], csv);
    const plan = JSON.parse(json.stdout) as Plan;
    expect(plan.items[0]!.schedule.spans.map((s) => [s.start, s.end])).toEqual([
      ['2024-04-01', '2024-06-30'],
    ]);
  });

  it('lints the seed in Japanese, its counts too', async () => {
    const result = await cli(['lint', seed, '--lang', 'ja']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('令和3年は2021年で、2020年ではありません');
    expect(result.stderr).toMatch(/^54項目：エラー0件、警告2件、情報\d+件\n$/);
  });

  it('parses the seed to JSON that validates and holds its 54 items', async () => {
    const result = await cli(['parse', seed]);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { items: { serial: number }[] };
    expect(validatePlan(plan)).toEqual([]);
    expect(plan.items.map((i) => i.serial)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
  });

  it('writes CSV cells that begin like a formula as text with --guard-formulas, as written without it', async () => {
    const csv = '通し番号,項目,スケジュール,主務課\n1,"=HYPERLINK(""http://example.com"")",2021年度,◎財政\n';
    const guarded = await cli(['parse', '-', '--format', 'csv', '--guard-formulas'], csv);
    expect(guarded.stdout).toContain(`,"'=HYPERLINK(""http://example.com"")",`);
    const plain = await cli(['parse', '-', '--format', 'csv'], csv);
    expect(plain.stdout).toContain(`,"=HYPERLINK(""http://example.com"")",`);
  });

  it('writes the seed as CSV to -o, which reads back (from stdin) into the same items', async () => {
    const csv = await cli(['parse', seed, '--format', 'csv', '-o', 'out.csv']);
    expect(csv).toMatchObject({ code: 0, stdout: '' });
    const text = csv.files.get('out.csv')!;
    expect(
      text.startsWith('\uFEFF通し番号,コード,項目,取組内容,目標,スケジュール,主務課,実施方針,施策\r\n'),
    ).toBe(true);
    const original = JSON.parse((await cli(['parse', seed])).stdout) as Plan;
    const back = JSON.parse((await cli(['parse', '-', '--input-format', 'csv'], text)).stdout) as Plan;
    const essentials = (plan: Plan): unknown =>
      plan.items.map((i) => [
        i.serial,
        i.code,
        i.parentCode,
        i.title,
        i.content,
        i.goal,
        i.scheduleText,
        i.departments,
        i.policy,
        i.section,
        i.schedule.spans,
        i.schedule.recurrences,
      ]);
    expect(essentials(back)).toEqual(essentials(original));
  });

  it('writes the seed as iCalendar with one event per dated span', async () => {
    const result = await cli(['parse', seed, '--format', 'ics']);
    expect(result.code).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const plan = JSON.parse((await cli(['parse', seed])).stdout) as Plan;
    const spans = plan.items.flatMap((i) => i.schedule.spans);
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(spans.length);
    expect(spans.length).toBeGreaterThan(40);
  });

  it("stamps the calendar's events with the time of the run", async () => {
    const result = await cli(['parse', seed, '--format', 'ics']);
    const calendar = new ICAL.Component(ICAL.parse(result.stdout));
    const stamps = calendar
      .getAllSubcomponents('vevent')
      .map((event) => (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString());
    expect(new Set(stamps)).toEqual(new Set([RUN_AT.toISOString()]));
  });

  it('stamps them with SOURCE_DATE_EPOCH when it is set: the same plan gives the same file', async () => {
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const first = await cli(['parse', seed, '--format', 'ics'], '', { env });
    const later = await cli(['parse', seed, '--format', 'ics'], '', { env, now: new Date('2030-01-01') });
    expect(first.stdout).toBe(later.stdout);
    expect(first.stdout).toContain('\r\nDTSTAMP:20231114T221320Z\r\n');
    expect(first.stdout).not.toContain('DTSTAMP:2026');
  });

  it('stops on a malformed SOURCE_DATE_EPOCH, writing nothing', async () => {
    const out = join(dir, 'stamped.ics');
    const result = await cli(['parse', seed, '--format', 'ics', '-o', out], '', {
      env: { SOURCE_DATE_EPOCH: 'yesterday' },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.files.size).toBe(0);
    expect(result.stderr).toBe(
      'plan-timeline: SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 UTC (0–253402300799), got "yesterday"\n',
    );
    // Only a calendar carries a stamp: JSON is written whatever the variable holds.
    expect((await cli(['parse', seed], '', { env: { SOURCE_DATE_EPOCH: 'yesterday' } })).code).toBe(0);
  });

  it('says that --fiscal-year changes nothing in a plan written as JSON, and nothing of it otherwise', async () => {
    const json = (await cli(['parse', seed])).stdout;
    const again = await cli(['parse', '-', '--fiscal-year', '2024'], json);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(json);
    expect(again.stderr.split('\n')[0]).toBe(
      'plan-timeline: <stdin>: --fiscal-year does not apply to a plan written as JSON (its dates are read)',
    );
    expect((await cli(['lint', seed, '--fiscal-year', '2024'])).stderr).not.toContain('--fiscal-year');
  });

  it('refuses to write over the plan it reads, by any path to it, before reading it', async () => {
    const over = seed.replace('/seeds/', '/seeds/./');
    const result = await cli(['parse', seed, '-o', over]);
    expect(result.code).toBe(2);
    expect(result.files.size).toBe(0);
    expect(result.stderr).toBe(
      `plan-timeline: -o ${over} would write over the plan it reads; choose another file\n`,
    );
  });

  it('says on stderr that bytes fitting no encoding became U+FFFD, as it writes the plan', async () => {
    const bytes = new Uint8Array(readFileSync(seed));
    const path = join(dir, 'stray.txt');
    const at = bytes.indexOf(0x0a) + 1; // between two characters: only the stray byte fits no encoding
    writeFileSync(path, new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]));
    const result = await cli(['parse', path, '--format', 'csv']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('財政健全化へ向けた取組の推進');
    const [decoding, summary, end] = result.stderr.split('\n');
    expect(decoding).toMatch(
      /^plan-timeline: .*stray\.txt: The bytes are valid in none of UTF-8, Shift_JIS and EUC-JP\. They were read as UTF-8, which fits them best; 1 sequence of bytes that does not fit became U\+FFFD \(�\), the first on line 2\.$/,
    );
    expect(summary).toMatch(/stray\.txt: the plan holds \d+ warnings; plan-timeline lint lists them$/);
    expect(end).toBe('');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
