import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { detectFormat } from './detectFormat.js';
import { parsePlan } from './parsePlan.js';
import { splitDelimited } from './splitDelimited.js';
import { toCSV } from '../export/toCSV.js';

const seed = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');

describe('detectFormat', () => {
  it('reads the seed as plan text', () => {
    expect(detectFormat(seed)).toBe('plan-text');
  });

  it("reads the seed's detailed table alone as plan text, though its header names columns", () => {
    expect(detectFormat(seed.slice(seed.indexOf('通し番号\t項目')))).toBe('plan-text');
  });

  it('reads JSON objects and arrays, after white space and a byte-order mark', () => {
    expect(detectFormat('\ufeff  \n{"title": "x"}')).toBe('json');
    expect(detectFormat('[1]')).toBe('json');
  });

  it('reads a comma-separated header row as CSV, in Japanese or English', () => {
    expect(detectFormat('\ufeff通し番号,コード,項目,取組内容,目標,スケジュール,主務課\r\n1,1,x,,,,')).toBe(
      'csv',
    );
    expect(detectFormat('\n"no","title","schedule"\n1,a,b')).toBe('csv');
  });

  it("finds a header row below a spreadsheet's title and notes, a few rows down at most", () => {
    const above = ['多賀城市役所経営プラン 取組項目一覧,,,', ',,,', '令和3年4月 総務部,,,'];
    expect(
      detectFormat([...above, '通し番号,項目,スケジュール,主務課', '1,a,毎年度,◎財政'].join('\r\n')),
    ).toBe('csv');
    expect(detectFormat(['計画', '通し番号\t項目\tスケジュール', '1\ta\t毎年度'].join('\n'))).toBe('tsv');
    const tooFar = [...Array.from({ length: 6 }, (_, i) => `note ${i},`), 'no,title', '1,a'].join('\n');
    expect(detectFormat(tooFar)).toBe('plan-text');
  });

  it("reads a tab-separated header row without the seed's rows as TSV", () => {
    expect(detectFormat('通し番号\t項目\tスケジュール\n1\t1-1 予算\t毎年度\n')).toBe('tsv');
    expect(detectFormat('no\ttitle\tschedule\n1\ta\tb')).toBe('tsv');
  });

  it("finds the seed's rows after a tab-separated header on any line, whatever its line ends", () => {
    const rows = Array.from({ length: 500 }, (_, i) => `${i}\ta\tb`);
    for (const end of ['\n', '\r\n', '\r']) {
      expect(detectFormat(['通し番号\t項目\tスケジュール', ...rows, 'No.7\tx'].join(end))).toBe('plan-text');
      expect(detectFormat(['通し番号\t項目\tスケジュール', ...rows, '(2) 施策\t'].join(end))).toBe(
        'plan-text',
      );
      // A heading alone on its line, with no cell after it, is not a row of the seed's table.
      expect(detectFormat(['通し番号\t項目\tスケジュール', ...rows, '(2) 施策'].join(end))).toBe('tsv');
    }
  });

  it('reads a table a spreadsheet saved with tabs as TSV, though its rows start with No.1', () => {
    // The CSV export of the seed, saved again with tabs as a spreadsheet does: cells quoted when they hold a
    // line break, a tab or a quote.
    const csv = toCSV(parsePlan(seed));
    const quoted = (cell: string): string =>
      /[\t\n\r"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
    const tsv = splitDelimited(csv.replace(/^\ufeff/, ''), ',')
      .records.map((record) => record.cells.map(quoted).join('\t'))
      .join('\r\n');
    expect(tsv.startsWith('通し番号\tコード\t項目')).toBe(true);
    expect(detectFormat(tsv)).toBe('tsv');
    expect(parsePlan(tsv).items).toEqual(parsePlan(csv).items);
    // Either signal alone is enough: a 実施方針 column, or a cell quoted over lines.
    expect(detectFormat('通し番号\t項目\t実施方針\nNo.1\t予算\t財政\n')).toBe('tsv');
    expect(detectFormat('通し番号\t項目\t取組内容\nNo.1\t予算\t"内容1\n内容2 ""引用"""\n')).toBe('tsv');
    // Quotes inside the seed's own cells, not around a whole cell over lines, leave it plan text.
    expect(detectFormat('通し番号\t項目\t取組内容\nNo.1\t予算\t「"見直し"」を行う\n続き\n')).toBe(
      'plan-text',
    );
    expect(detectFormat('通し番号\t項目\t取組内容\nNo.1\t予算\t"見直し"を行う\n')).toBe('plan-text');
  });

  it('falls back to plan text for anything else', () => {
    expect(detectFormat('')).toBe('plan-text');
    expect(detectFormat('hello, world')).toBe('plan-text');
    expect(detectFormat('通し番号')).toBe('plan-text');
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => ['plan-text', 'csv', 'tsv', 'json'].includes(detectFormat(s))));
  });
});
