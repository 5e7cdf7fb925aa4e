/**
 * Bad input: parseSchedule and parseDateMentions never throw, keep every character, and give
 * well-formed dates, for arbitrary strings, for strings built from plan-like tokens, and for the
 * adversarial inputs of the hardening issue.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalYearOf } from '../fiscal/fiscalYearOf.js';
import type { Schedule, Source } from '../model/types.js';
import { findUncovered } from './coverage.js';
import { parseDateMentions } from './parseDateMentions.js';
import { parseSchedule } from './parseSchedule.js';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a source, if anything. */
function sourceProblem(text: string, source: Source): string | null {
  const { start, end } = source;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    return `bad source ${JSON.stringify(source)}`;
  }
  return null;
}

/** Every way the spans, recurrences, notes and diagnostics break the contract (checked in plain code: inputs hold tens of thousands). */
function problemsOf(text: string, schedule: Schedule): string[] {
  const problems: string[] = [];
  const add = (problem: string | null): void => {
    if (problem !== null && problems.length < 10) problems.push(problem);
  };
  for (const span of schedule.spans) {
    add(sourceProblem(text, span.source));
    if (span.source.end <= span.source.start) add('empty span source');
    if (span.start === null && span.end === null) add('span open at both ends');
    for (const [date, fy] of [
      [span.start, span.startFiscalYear],
      [span.end, span.endFiscalYear],
    ] as const) {
      if (date === null) {
        if (fy !== null) add(`fiscal year ${fy} for an open end`);
      } else if (!ISO.test(date) || fy !== fiscalYearOf(date)) {
        add(`bad date ${date} / FY${fy}`);
      }
    }
    if (span.start !== null && span.end !== null && span.start > span.end)
      add(`${span.start} after ${span.end}`);
    if (typeof span.label !== 'string') add('label is not a string');
  }
  for (const r of schedule.recurrences) {
    add(sourceProblem(text, r.source));
    if (!Number.isInteger(r.everyYears) || r.everyYears < 1) add(`every ${r.everyYears} years`);
    if (r.everyYearsMax !== undefined && r.everyYearsMax <= r.everyYears)
      add(`every ${r.everyYears}–${r.everyYearsMax} years`);
    if (r.timesPerYearMax !== undefined && !(r.timesPerYearMax > (r.timesPerYear ?? r.timesPerYearMax)))
      add(`${r.timesPerYear}–${r.timesPerYearMax} times a year`);
  }
  for (const note of schedule.notes) {
    add(sourceProblem(text, note.source));
    if (text.slice(note.source.start, note.source.end) !== note.text)
      add('note text differs from its source');
    if (note.text.trim() === '') add('blank note');
  }
  for (const d of schedule.diagnostics) {
    add(sourceProblem(text, d.source));
    if (d.code === 'internal-error') add(d.message);
  }
  return problems;
}

/** Nothing lost and everything well formed. */
function expectWellFormed(text: string, schedule: Schedule): void {
  expect(findUncovered(text, schedule)).toEqual([]);
  expect(problemsOf(text, schedule)).toEqual([]);
}

/** Any UTF-16 code unit, lone surrogates, NUL and control characters included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const TOKENS = [
  '2021',
  '2019',
  '2020',
  '1989',
  '9999',
  '0999',
  '99999',
  '10',
  '3',
  '12',
  '31',
  '２０２１',
  '３',
  '(',
  ')',
  '（',
  '）',
  '【',
  '】',
  '「',
  '」',
  'R3',
  'R',
  'H31',
  'H',
  'S31',
  'r',
  'Ｒ',
  '令和',
  '令',
  '平成',
  '昭和',
  '大正',
  '明治',
  'reiwa ',
  '元',
  '三',
  '十',
  '三十一',
  '二〇二一',
  '年度',
  '年',
  '度',
  '月',
  '日',
  '年代',
  '前半',
  '上半期',
  '下半期',
  '第3四半期',
  '第',
  '四半期',
  '当初',
  '末',
  '春',
  '秋',
  '冬季',
  '秋田',
  '半ば',
  '中頃',
  '中ごろ',
  '中間',
  '前期',
  '後期',
  '早期',
  '早々',
  '序盤',
  '中盤',
  '終盤',
  '各年度',
  '年2～3回',
  '半期ごと',
  '半年に1回',
  '隔月',
  '3年度ごと',
  '平成25、26～28年度',
  '令和3、5年度～',
  '5年度',
  '4～5年度',
  '10～翌3月',
  '毎年6月と12月',
  'R3.4.1～6',
  '令和3年度 4月～9月',
  '令和3年度、4～6月',
  '年度は10月に',
  '前期：',
  ' 後期：R6～R8',
  '年2回（6月・12月）',
  'ー',
  '―',
  '～6日',
  '～6/30',
  '及び',
  'と',
  '毎日',
  '毎日曜',
  '今年度',
  '本年度',
  '来年度',
  '再来年度',
  '昨年度',
  '/',
  '・',
  '翌年度',
  '次年度',
  '翌々年度',
  '同年度',
  '翌日',
  '次世代',
  '中',
  '内',
  '年間',
  'か年',
  'か月',
  '3か年',
  'の',
  'をもって',
  'にかけて',
  '上旬',
  '中旬',
  '下旬',
  '～',
  '〜',
  '~',
  '∼',
  '-',
  'から',
  'まで',
  'までに',
  '以降',
  '継続',
  '：',
  ':',
  '、',
  '・',
  '。',
  ',',
  '.',
  '/',
  '毎年度',
  '毎年',
  '毎',
  'ごと',
  '年毎',
  'に1度',
  '隔年',
  '概ね',
  'おおむね',
  '約',
  '目途',
  '予定',
  '頃',
  '目安',
  '程度',
  '○',
  '◎',
  '・',
  '\n',
  '\r\n',
  ' ',
  '\u3000',
  '\t',
  '検討',
  '導入',
  'システム選定',
  'BPR',
  '%',
  '\uD800',
  '\uDC00',
  '\u0000',
  '😀',
];
const planLike = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(''));

describe('parseSchedule never throws and loses nothing', () => {
  it('for arbitrary strings of any code units', () => {
    fc.assert(
      fc.property(fc.string({ unit: codeUnit, maxLength: 200 }), (text) => {
        expectWellFormed(text, parseSchedule(text));
      }),
      { numRuns: 500 },
    );
  });

  it('for arbitrary strings of full Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expectWellFormed(text, parseSchedule(text));
      }),
      { numRuns: 300 },
    );
  });

  it('for strings built from plan-like tokens', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        expectWellFormed(text, parseSchedule(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('for era dates of every era, past its end, and days the calendar lacks', () => {
    const eraDate = fc
      .tuple(
        fc.constantFrom('明治', '大正', '昭和', '平成', '令和', 'M', 'T', 'S', 'H', 'R'),
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.constantFrom('年', '年度', '.'),
      )
      .map(([era, year, month, day, unit]) =>
        unit === '.'
          ? `${era}${year}.${month}.${day}`
          : `${era}${year}${unit}${month > 0 ? `${month}月` : ''}${month > 0 && day > 0 ? `${day}日` : ''}`,
      );
    fc.assert(
      fc.property(eraDate, (text) => {
        const schedule = parseSchedule(text);
        expectWellFormed(text, schedule);
        expect(schedule.diagnostics.map((d) => d.code)).not.toContain('internal-error');
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the same result twice (no hidden state)', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        expect(parseSchedule(text)).toEqual(parseSchedule(text));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseDateMentions never throws', () => {
  it('for arbitrary and plan-like strings, with well-formed spans', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: codeUnit, maxLength: 200 }), planLike), (text) => {
        const { spans, diagnostics } = parseDateMentions(text);
        expect(problemsOf(text, { spans, recurrences: [], notes: [], diagnostics })).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

// Large inputs on a shared machine: a generous limit, so that only a hang fails (speed belongs to the bench).
describe('adversarial inputs (hardening)', { timeout: 60_000 }, () => {
  it('reads 2021(R3 repeated 50,000 times without a date', () => {
    const text = '2021(R3'.repeat(50_000);
    const schedule = parseSchedule(text);
    expectWellFormed(text, schedule);
    expect(schedule.spans).toEqual([]);
  });

  it('reads a chain of 20,000 dated ranges, each an entry', () => {
    const text = '2021(R3)年度～2022(R4)年度：検討 '.repeat(20_000);
    const schedule = parseSchedule(text);
    expectWellFormed(text, schedule);
    expect(schedule.spans).toHaveLength(20_000);
    expect(schedule.spans[19_999]).toMatchObject({ start: '2021-04-01', end: '2023-03-31', label: '検討' });
  });

  it('reads chains of ～ with and without years', () => {
    for (const text of ['～'.repeat(200_000), '2021年度～'.repeat(30_000), '～2021年度'.repeat(30_000)]) {
      const schedule = parseSchedule(text);
      expectWellFormed(text, schedule);
    }
  });

  it('reads 50,000 nested brackets of each kind', () => {
    for (const [open, close] of [
      ['(', ')'],
      ['（', '）'],
      ['【', '】'],
      ['「', '」'],
    ]) {
      const text = open!.repeat(50_000) + '2021年度' + close!.repeat(50_000);
      const schedule = parseSchedule(text);
      expectWellFormed(text, schedule);
      expect(schedule.spans.map((s) => s.startFiscalYear)).toEqual([2021]);
    }
  });

  it('reads a megabyte of brackets', () => {
    const text = '【（('.repeat(350_000);
    const schedule = parseSchedule(text);
    expectWellFormed(text, schedule);
    expect(schedule.notes).toEqual([{ text, source: { start: 0, end: text.length } }]);
  });

  it('reads 200,000 digits as a note (and as an absurd year before 年度)', () => {
    const digits = '7'.repeat(200_000);
    const plain = parseSchedule(digits);
    expectWellFormed(digits, plain);
    expect(plain.diagnostics).toEqual([]);
    const year = `${digits}年度：検討`;
    const schedule = parseSchedule(year);
    expectWellFormed(year, schedule);
    expect(schedule.spans).toEqual([]);
    expect(schedule.diagnostics.map((d) => [d.code, d.source])).toEqual([
      ['absurd-year', { start: 0, end: 200_002 }],
    ]);
  });

  it('reads 年度, 令和, 毎年度 and kanji numerals repeated', () => {
    for (const text of [
      '年度'.repeat(100_000),
      '令和'.repeat(100_000),
      '〇'.repeat(200_000) + '年度',
      '一二三'.repeat(50_000),
    ]) {
      expectWellFormed(text, parseSchedule(text));
    }
    const yearly = '毎年度、'.repeat(50_000);
    expect(parseSchedule(yearly).recurrences).toHaveLength(50_000);
  });

  it('reads a list of 50,000 era years in pieces', () => {
    const text = '平成25、'.repeat(50_000) + '26年度';
    const schedule = parseSchedule(text);
    expectWellFormed(text, schedule);
  });

  it('reads rows of empty tab cells, blank lines and lone surrogates', () => {
    for (const text of [
      '\t'.repeat(100_000),
      '\n'.repeat(100_000),
      '\uD800'.repeat(100_000),
      '\u0000'.repeat(100_000),
    ]) {
      expectWellFormed(text, parseSchedule(text));
    }
  });

  it('reads 100,000 headings and ○ lines', () => {
    for (const text of ['【A】'.repeat(100_000), '○A\n'.repeat(100_000), '【'.repeat(100_000) + '】']) {
      expectWellFormed(text, parseSchedule(text));
    }
  });

  it('finds mentions in adversarial prose', () => {
    for (const text of [
      '2021年度、'.repeat(50_000),
      '（'.repeat(100_000) + 'H28.10策定',
      'H28.10'.repeat(50_000),
    ]) {
      const { spans, diagnostics } = parseDateMentions(text);
      expect(problemsOf(text, { spans, recurrences: [], notes: [], diagnostics })).toEqual([]);
    }
  });
});
