/**
 * Hostile input across the public API (issue 7): the parsers (`parseSchedule`, `parsePlan` on
 * strings and on bytes) never throw and never fall into their internal-error path; the converters
 * (`toWareki`, `fromWareki`, `fiscalYearOf`) either answer or throw the RangeError they document,
 * with a message that names the bad value. Inputs: any UTF-16 code unit (lone surrogates, NUL,
 * control characters), any bytes, huge numbers and years of 10,000 digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERAS } from './era/eras.js';
import { fromWareki } from './era/fromWareki.js';
import { toWareki } from './era/toWareki.js';
import { fiscalYearOf } from './fiscal/fiscalYearOf.js';
import type { Diagnostic, Plan, Schedule } from './model/types.js';
import { parsePlan } from './plan/parsePlan.js';
import { readPlanInSteps } from './plan/readPlanInSteps.js';
import { cellText } from './plan/cellText.js';
import type { PlanDraft } from './plan/planDraft.js';
import { readDelimited } from './plan/readDelimited.js';
import { readHeading } from './plan/readHeading.js';
import { findUncovered } from './schedule/coverage.js';
import { parseSchedule } from './schedule/parseSchedule.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const SEVERITIES = new Set(['error', 'warning', 'info']);

/** Any UTF-16 code unit: lone surrogates, NUL and the C0/C1 controls included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
/** Code units that hostile text favours. */
const nasty = fc.constantFrom(
  '\u0000',
  '\u0001',
  '\u0007',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u202e',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\uffff',
  '\uD800',
  '\uDBFF',
  '\uDC00',
  '\uDFFF',
  '\uD83D\uDE00',
  '\r',
  '\n',
  '\t',
  '\v',
  '\f',
);
/** Numbers far past anything a plan writes. */
const hugeNumber = fc.oneof(
  fc.constantFrom(
    '9'.repeat(10_000),
    '1' + '0'.repeat(9_999),
    '0'.repeat(10_000) + '1',
    '９'.repeat(10_000),
    '9007199254740993',
    '18446744073709551616',
    '1e308',
    '-1',
    '0',
    '00',
  ),
  fc.bigInt({ min: 0n, max: 10n ** 40n }).map(String),
);
const DATE_WORDS = [
  '年度',
  '年',
  '月',
  '日',
  '(',
  ')',
  '（',
  '）',
  'R',
  'H',
  'S',
  '令和',
  '平成',
  '昭和',
  '元',
  '～',
  '-',
  '.',
  '/',
  '以降',
  'まで',
  '毎年度',
  '年毎',
  '：',
  '【',
  '】',
  '○',
  '九千九百九十九',
  '一億',
  '2021',
];
/** Plan-like text with huge numbers where years go: `R<10,000 digits>年度`, `<digits>(R3)年度～…`. */
const hugeDates = fc
  .array(fc.oneof(hugeNumber, fc.constantFrom(...DATE_WORDS), nasty), { maxLength: 12 })
  .map((parts) => parts.join(''));
/** Strings of any code units, of hostile ones, and of huge dates, mixed. */
const hostileText = fc.oneof(
  fc.string({ unit: codeUnit, maxLength: 300 }),
  fc.string({ unit: nasty, maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  hugeDates,
);

/** What is malformed in a diagnostic, if anything. */
function diagnosticProblem(d: Diagnostic): string | null {
  if (typeof d.code !== 'string' || d.code === '') return `no code: ${JSON.stringify(d)}`;
  if (d.code === 'internal-error') return `internal error: ${d.message}`;
  if (!SEVERITIES.has(d.severity)) return `severity ${String(d.severity)}`;
  if (typeof d.message !== 'string' || d.message.trim() === '') return `no message for ${d.code}`;
  const { start, end } = d.source ?? {};
  if (!Number.isInteger(start) || !Number.isInteger(end) || start! < 0 || start! > end!)
    return `bad source ${JSON.stringify(d.source)} for ${d.code}`;
  if (d.line !== undefined && (!Number.isInteger(d.line) || d.line < 1))
    return `bad line ${d.line} for ${d.code}`;
  if (d.serial !== undefined && !Number.isInteger(d.serial)) return `bad serial ${d.serial} for ${d.code}`;
  return null;
}

/** Every way a schedule read from `text` breaks the contract. */
function scheduleProblems(text: string, schedule: Schedule): string[] {
  const problems: string[] = [];
  const uncovered = findUncovered(text, schedule);
  if (uncovered.length > 0) problems.push(`lost ${JSON.stringify(uncovered.slice(0, 3))}`);
  for (const span of schedule.spans) {
    for (const date of [span.start, span.end]) {
      if (date !== null && !ISO.test(date)) problems.push(`bad date ${date}`);
    }
    if (span.start === null && span.end === null) problems.push('span open at both ends');
  }
  for (const d of schedule.diagnostics) {
    const problem = diagnosticProblem(d);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Every way a plan breaks the contract. */
function planProblems(plan: Plan): string[] {
  const problems: string[] = [];
  if (!Array.isArray(plan.items) || !Array.isArray(plan.diagnostics)) return ['not a plan'];
  for (const d of plan.diagnostics) {
    const problem = diagnosticProblem(d);
    if (problem) problems.push(problem);
  }
  if (plan.items.length === 0 && !plan.diagnostics.some((d) => d.severity === 'error'))
    problems.push('no items and no error saying what was expected');
  for (const item of plan.items) {
    if (!Number.isInteger(item.serial) || !Number.isInteger(item.line) || item.line < 1)
      problems.push(`item No.${item.serial} at line ${item.line}`);
    problems.push(
      ...scheduleProblems(item.scheduleText, item.schedule).map((p) => `No.${item.serial}: ${p}`),
    );
  }
  try {
    JSON.stringify(plan);
  } catch (error) {
    problems.push(`cannot be written as JSON: ${String(error)}`);
  }
  return problems.slice(0, 10);
}

/**
 * Runs a converter; it must answer, or throw a RangeError whose message names the value
 * (as written, or as JSON writes it, which spells out lone surrogates and control characters).
 */
function answerOrRangeError<T>(run: () => T, ...names: string[]): T | RangeError {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    const message = (error as RangeError).message;
    const spellings = names
      .flatMap((name) => [name, JSON.stringify(name).slice(1, -1)])
      .map((name) => (name === '' ? '""' : name));
    expect(
      spellings.some((name) => message.includes(name)),
      `${JSON.stringify(message.slice(0, 120))} names ${JSON.stringify(names[0]!.slice(0, 40))}`,
    ).toBe(true);
    return error as RangeError;
  }
}

describe('parseSchedule on hostile text', () => {
  it('never throws, never fails inside, loses nothing and writes only real ISO dates', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        expect(scheduleProblems(text, parseSchedule(text))).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads a year of 10,000 digits, in every notation, as no date and says why', () => {
    const digits = '9'.repeat(10_000);
    for (const text of [
      `${digits}年度`,
      `R${digits}年度`,
      `令和${digits}年度`,
      `${digits}(R3)年度`,
      `2021(R${digits})年度`,
      `${digits}年度～2022年度`,
      `2021年度～${digits}年度`,
      `${digits}年4月`,
      `R${digits}.4`,
      `${digits}.12.18`,
      `${digits}年毎`,
    ]) {
      const schedule = parseSchedule(text);
      expect(scheduleProblems(text, schedule), text.slice(-12)).toEqual([]);
      expect(
        schedule.spans.every((s) => (s.startFiscalYear ?? 0) < 10_000 && (s.endFiscalYear ?? 0) < 10_000),
        text.slice(-12),
      ).toBe(true);
      expect(schedule.diagnostics.length + schedule.notes.length, text.slice(-12)).toBeGreaterThan(0);
    }
  });
});

/** Bytes that break decoders: odd UTF-16, lone surrogates and overlong forms in UTF-8, Shift_JIS lead bytes. */
const nastyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 400 }),
  fc
    .array(
      fc.constantFrom(
        [0xef, 0xbb, 0xbf],
        [0xff, 0xfe],
        [0xfe, 0xff],
        [0xed, 0xa0, 0x80],
        [0xed, 0xbf, 0xbf],
        [0xc0, 0xaf],
        [0xe0, 0x80, 0xaf],
        [0xf4, 0x90, 0x80, 0x80],
        [0xf0, 0x9f, 0x98],
        [0x80],
        [0xff],
        [0x81],
        [0x82, 0xa0],
        [0x93, 0xfa],
        [0xe3, 0x81, 0x82],
        [0x00],
        [0x09],
        [0x0a],
        [0x0d],
        [0x22],
        [0x2c],
        [0x7b],
        [0x4e, 0x6f, 0x2e, 0x31],
      ),
      { maxLength: 80 },
    )
    .map((chunks) => new Uint8Array(chunks.flat())),
  hostileText.map((text) => new TextEncoder().encode(text)),
);

describe('parsePlan on hostile input', () => {
  const formats = [undefined, 'plan-text', 'csv', 'tsv', 'json'] as const;

  it('never throws or fails inside, for any string, in any format', () => {
    fc.assert(
      fc.property(hostileText, fc.constantFrom(...formats), (text, format) => {
        expect(planProblems(parsePlan(text, format ? { format } : {}))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('read item by item, gives for any string in any format the plan read at once', () => {
    // A JSON-looking start, so that the item-by-item JSON reader is tried on hostile text too.
    const text = fc.oneof(
      hostileText,
      hostileText.map((t) => `{"items": [${t}`),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...formats), (input, format) => {
        const options = format ? { format } : {};
        const reading = readPlanInSteps(input, options);
        while (!reading.step(() => true));
        expect(reading.plan()).toEqual(parsePlan(input, options));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws or fails inside, for any bytes, in any format', () => {
    fc.assert(
      fc.property(nastyBytes, fc.constantFrom(...formats), (bytes, format) => {
        const copy = bytes.slice();
        expect(planProblems(parsePlan(bytes, format ? { format } : {}))).toEqual([]);
        expect(bytes).toEqual(copy);
      }),
      { numRuns: 500 },
    );
  });

  it('reads plans whose cells hold hostile text and huge numbers, in every layout', () => {
    const cell = fc.oneof(hostileText, hugeNumber).map((s) => s.replace(/[\t\r\n",]/g, ' '));
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell, cell, cell), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = [
          '通し番号\t項目\t取組内容\t目標\tスケジュール\t主務課',
          ...rows.map(([title, content, schedule, departments], i) =>
            [`No.${i + 1}`, `${i + 1} ${title}`, content, '', schedule, `◎${departments}`].join('\t'),
          ),
        ].join('\n');
        const csv = [
          'no,title,content,schedule,departments',
          ...rows.map(([title, content, schedule, departments], i) =>
            [i + 1, title, content, schedule, departments].join(','),
          ),
        ].join('\n');
        for (const input of [text, csv, new TextEncoder().encode(csv)]) {
          const plan = parsePlan(input);
          expect(planProblems(plan)).toEqual([]);
          expect(plan.items.map((item) => item.serial)).toEqual(rows.map((_, i) => i + 1));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads serials and years of 10,000 digits without failing', () => {
    const digits = '9'.repeat(10_000);
    for (const input of [
      `No.${digits}\t1 a\tb\tc\t${digits}年度\t◎x`,
      `no,title,schedule\n${digits},a,R${digits}年度\n`,
      `{"title":"x","policies":[],"sections":[],"items":[{"serial":${digits}}],"departments":[],"diagnostics":[]}`,
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `{"items":${'['.repeat(10_000)}`,
    ]) {
      expect(planProblems(parsePlan(input)), input.slice(0, 20)).toEqual([]);
    }
  });
});

/** A serial cell as the readers take it: `No.13`, `13`, `Ｎｏ．１３`. */
const SERIAL_CELL = /^\s*(?:No|NO|no|Ｎｏ|ＮＯ)?\s*[.．]?\s*[0-9０-９]{1,9}\s*$/;

describe('parsePlan loses no row', () => {
  /** Text of one cell: any code unit but the delimiters, quotes and line breaks. */
  const cellOf = (exclude: RegExp) =>
    fc.string({ unit: fc.oneof(codeUnit, nasty), maxLength: 12 }).map((t) => t.replace(exclude, ''));
  /**
   * A row that is not an item's: its cells (no, title, schedule, departments), the cell a heading would be
   * read from, and the item it goes on with, if any.
   */
  interface Junk {
    cells: string[];
    first: string;
    continues: number | null;
  }
  /**
   * Checks that each junk row (line → row) was read as a heading, went on with the item right above it
   * (no serial or title, something in its schedule or departments: its text is the item's), or was
   * reported as an unread row with its line; and that every good row became an item.
   */
  function expectEveryRowAccounted(
    plan: Plan,
    junk: Map<number, Junk>,
    serials: number[],
    draft?: PlanDraft,
  ): void {
    const unreadLines = new Set(plan.diagnostics.filter((d) => d.code === 'unread-row').map((d) => d.line));
    for (const [line, { cells, first: firstCell, continues }] of junk) {
      if (readHeading(firstCell) !== null) continue; // read as a 実施方針 or 施策 heading
      if (continues !== null && draft) {
        const item = draft.items.find((i) => i.serial === continues)!;
        expect(item.scheduleText, `line ${line} goes on with No.${continues}`).toContain(cellText(cells[2]!));
        expect(item.departmentsText, `line ${line} goes on with No.${continues}`).toContain(
          cellText(cells[3]!),
        );
        expect(unreadLines.has(line)).toBe(false);
        continue;
      }
      expect(unreadLines.has(line), `line ${line} ${JSON.stringify(firstCell)} is reported`).toBe(true);
    }
    expect(plan.items.map((item) => item.serial)).toEqual(serials);
    expect(planProblems(plan)).toEqual([]);
  }

  for (const [format, delimiter] of [
    ['csv', ','],
    ['tsv', '\t'],
  ] as const) {
    it(`reports every ${format.toUpperCase()} row without a serial as an unread row with its line`, () => {
      const cell = cellOf(/[\t\r\n,"]/g);
      const junkRow = fc
        .tuple(cell, cell, cell, cell)
        .filter(
          ([serial, ...rest]) => !SERIAL_CELL.test(serial) && [serial, ...rest].some((c) => c.trim() !== ''),
        );
      const row = fc.oneof(fc.constant(null), junkRow);
      fc.assert(
        fc.property(fc.array(row, { maxLength: 15 }), (rows) => {
          const junk = new Map<number, Junk>();
          const serials: number[] = [];
          const lines = ['no,title,schedule,departments'.replaceAll(',', delimiter)];
          // The item the row being written may go on with: the one right above it, or one it goes on with.
          let open: number | null = null;
          rows.forEach((cells, i) => {
            if (cells === null) {
              serials.push(i + 1);
              open = i + 1;
              lines.push([`No.${i + 1}`, `${i + 1} 予算`, '2021(R3)年度', '◎財政'].join(delimiter));
            } else {
              const [serial, title, schedule, departments] = cells;
              const first = cells.find((c) => c.trim() !== '')!;
              const goesOn =
                !serial!.trim() &&
                !title!.trim() &&
                (schedule!.trim() !== '' || departments!.trim() !== '') &&
                readHeading(first) === null;
              open = goesOn ? open : null;
              junk.set(i + 2, { cells, first, continues: open });
              lines.push(cells.join(delimiter));
            }
          });
          const text = lines.join('\n');
          expectEveryRowAccounted(parsePlan(text, { format }), junk, serials, readDelimited(text, delimiter));
        }),
        { numRuns: 300 },
      );
    });
  }

  it("reports every line of the seed's layout that is not read as an unread row with its line", () => {
    const cell = cellOf(/[\t\r\n]/g);
    const junkLine = fc
      .tuple(cell, fc.array(cell, { maxLength: 6 }))
      .filter(([first]) => first.trim() !== '' && !SERIAL_CELL.test(first.split(/\s/)[0] ?? ''))
      .map(([first, rest]) => [first, ...rest]);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(null), junkLine), { maxLength: 15 }), (rows) => {
        const junk = new Map<number, Junk>();
        const serials: number[] = [];
        const lines = ['通し番号\t項目\t取組内容\t目標\tスケジュール\t主務課'];
        rows.forEach((cells, i) => {
          if (cells === null) {
            serials.push(i + 1);
            lines.push([`No.${i + 1}`, `${i + 1} 予算`, '内容', '目標', '2021(R3)年度', '◎財政'].join('\t'));
          } else {
            junk.set(i + 2, { cells, first: cells[0]!, continues: null });
            lines.push(cells.join('\t'));
          }
        });
        expectEveryRowAccounted(parsePlan(lines.join('\n'), { format: 'plan-text' }), junk, serials);
      }),
      { numRuns: 300 },
    );
  });
});

/** Strings that are nearly ISO dates: 10,000-digit years, signs, hostile code units inside. */
const nearlyIso = fc.oneof(
  fc
    .tuple(hugeNumber, fc.constantFrom('-01-01', '-04-01', '-03-31', '-02-29', ''))
    .map(([y, rest]) => y + rest),
  fc
    .tuple(
      fc.integer({ min: -99_999, max: 99_999 }),
      fc.integer({ min: -1, max: 13 }),
      fc.integer({ min: -1, max: 32 }),
      fc.constantFrom('', ' ', '\u0000', '\uD800', 'T00:00', 'Z', '\n'),
    )
    .map(([y, m, d, tail]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}${tail}`),
  hostileText,
);
/** Dates as instants: any time value JavaScript holds, the edges of its range, and invalid ones. */
const anyDate = fc.oneof(
  fc.integer({ min: -8.64e15, max: 8.64e15 }).map((t) => new Date(t)),
  fc.constantFrom(
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date(-8.64e15),
    new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)),
    new Date(Date.UTC(0, 0, 1) - 1),
    new Date('1868-01-24T15:00:00Z'),
    new Date('1868-01-25T00:00:00Z'),
  ),
);
/** The UTC calendar day of a time value, as ISO (years outside 0–9999 are never a calendar date here). */
function isoDay(time: number): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
}

/** Values a JavaScript caller might pass where a date belongs. */
const notADate = fc.oneof(
  fc.constantFrom(null, undefined, 0, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}, [2021, 4, 1]),
  fc.double(),
  fc.bigInt().map((n) => n as unknown),
);

describe('toWareki and fiscalYearOf on hostile dates', () => {
  it('answer for a real ISO date, or throw a RangeError naming the string', () => {
    fc.assert(
      fc.property(nearlyIso, (text) => {
        const wareki = answerOrRangeError(() => toWareki(text), text);
        if (!(wareki instanceof RangeError)) {
          expect(ISO.test(text)).toBe(true);
          expect(Number.isSafeInteger(wareki.year) && wareki.year >= 1).toBe(true);
          expect(fromWareki(wareki.era, wareki.year)).toBe(Number(text.slice(0, 4)));
        }
        const fy = answerOrRangeError(() => fiscalYearOf(text), text);
        if (!(fy instanceof RangeError)) {
          expect(ISO.test(text)).toBe(true);
          expect([Number(text.slice(0, 4)), Number(text.slice(0, 4)) - 1]).toContain(fy);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('answer for an instant in the years 0–9999 in any real time zone, or throw a RangeError naming it', () => {
    const zones = fc.constantFrom(
      undefined,
      'UTC',
      'Asia/Tokyo',
      'America/Los_Angeles',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
    );
    fc.assert(
      fc.property(anyDate, zones, (date, timeZone) => {
        const options = timeZone ? { timeZone } : {};
        // Named as the instant, or as the calendar date it is in the zone (within a day of UTC's).
        const time = date.getTime();
        const named = Number.isNaN(time)
          ? ['Invalid Date']
          : [date.toISOString(), ...[-1, 0, 1].map((d) => isoDay(time + d * 86_400_000))];
        const fy = answerOrRangeError(() => fiscalYearOf(date, options), ...named);
        if (!(fy instanceof RangeError)) expect(fy >= -1 && fy <= 9999).toBe(true);
        const wareki = answerOrRangeError(() => toWareki(date, options), ...named);
        if (!(wareki instanceof RangeError)) {
          expect(ERAS.map((e) => e.id)).toContain(wareki.era);
          expect(Number.isSafeInteger(wareki.year) && wareki.year >= 1).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse values that are not dates with a RangeError that names them', () => {
    fc.assert(
      fc.property(notADate, (value) => {
        const named =
          typeof value === 'number' || typeof value === 'bigint'
            ? String(value)
            : (JSON.stringify(value) ?? String(value));
        for (const convert of [toWareki, fiscalYearOf]) {
          const result = answerOrRangeError(() => convert(value as unknown as string), named);
          expect(result).toBeInstanceOf(RangeError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('refuse an unknown time zone with a RangeError that names it', () => {
    for (const timeZone of ['Nowhere/Atlantis', 'UTC+99', 'Tokyo', 'x'.repeat(10_000)]) {
      for (const convert of [toWareki, fiscalYearOf]) {
        expect(answerOrRangeError(() => convert(new Date(0), { timeZone }), timeZone)).toBeInstanceOf(
          RangeError,
        );
      }
    }
    // Names holding control characters or lone surrogates are refused too (the engine's message
    // garbles those characters, so only the error's kind is checked here).
    for (const timeZone of ['Asia/Tokyo\u0000', '\uD800', ' ', '']) {
      expect(() => toWareki(new Date(0), { timeZone })).toThrow(RangeError);
      expect(() => fiscalYearOf(new Date(0), { timeZone })).toThrow(RangeError);
    }
  });
});

describe('fromWareki on hostile eras and years', () => {
  const era = fc.oneof(
    fc.constantFrom(...ERAS.flatMap((e) => [e.name, e.abbr, e.id, e.name[0]!])),
    fc.string({ unit: codeUnit, maxLength: 12 }),
    fc.string({ unit: nasty, maxLength: 6 }),
    fc.constantFrom('R\u0000', '\uD800', '令和\uDC00', ' R ', 'Ｒ', 'ｒ', '慶応', 'r'.repeat(10_000)),
  );
  const year = fc.oneof(
    fc.integer({ min: -10, max: 10_000 }),
    fc.constantFrom(
      0,
      -0,
      0.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 2,
      1e15,
      Number(`${'9'.repeat(10_000)}`),
    ),
    fc.double(),
  );

  it('answers with an exact Western year, or throws a RangeError naming the era or the year', () => {
    fc.assert(
      fc.property(era, year, (name, y) => {
        let result: number | RangeError;
        try {
          result = fromWareki(name, y);
        } catch (error) {
          expect(error).toBeInstanceOf(RangeError);
          const message = (error as RangeError).message;
          const namesEra = message.includes(JSON.stringify(name).slice(1, -1));
          const namesYear = message.includes(String(y));
          expect(namesEra || namesYear, message.slice(0, 120)).toBe(true);
          return;
        }
        // An answer is exact: a safe integer, from which the era year comes back.
        expect(Number.isSafeInteger(result), `${name} ${y} → ${result}`).toBe(true);
        expect(Number.isSafeInteger(y) && y >= 1).toBe(true);
        const start = ERAS.find((e) => fromWareki(e.id, 1) === result - y + 1);
        expect(start, `${name} ${y} → ${result}`).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('does not give an inexact year for an era year near the largest safe integer', () => {
    for (const y of [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 2017]) {
      const result = answerOrRangeError(() => fromWareki('令和', y), String(y));
      if (!(result instanceof RangeError))
        expect(Number.isSafeInteger(result), `${y} → ${result}`).toBe(true);
    }
  });
});
