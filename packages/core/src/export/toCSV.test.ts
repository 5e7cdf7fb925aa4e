import { describe, expect, it } from 'vitest';
import { toCSV, CSV_HEADER } from './toCSV.js';
import { samplePlan } from '../../test-utils/exportFixtures.js';

/** A small RFC 4180 reader, strict enough to show that the writer quotes correctly. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`text after a quote at ${i}`);
    } else if (text[i] === ',') {
      row.push(cell);
      cell = '';
      i++;
    } else if (text[i] === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 2;
    } else {
      if (text[i] === '\n' || text[i] === '"') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      cell += text[i++];
    }
  }
  if (cell !== '' || row.length > 0) throw new Error('last record has no CRLF');
  return rows;
}

describe('toCSV', () => {
  it('starts with a UTF-8 byte-order mark and the Japanese header', () => {
    const csv = toCSV(samplePlan());
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(
      '通し番号,コード,項目,取組内容,目標,スケジュール,主務課,実施方針,施策',
    );
    expect(CSV_HEADER).toHaveLength(9);
  });

  it('writes one row per item, every field read back as written', () => {
    const plan = samplePlan();
    const rows = readCsv(toCSV(plan).slice(1));
    expect(rows).toHaveLength(1 + plan.items.length);
    expect(rows[1]).toEqual([
      'No.26',
      '12-1',
      '総合行政情報システムの更新に伴う業務の標準化・効率化（BPRの推進）',
      'システム更新に合わせ, 業務を見直します。\n・"BPR" の推進\n・標準化',
      '業務の効率化',
      '2021(R3)年度：内部情報系業務BPR\n2023(R5)年度以降：並行稼働',
      '◎財政、行政 ○所管課（税務、国保、介護）',
      '実施方針1 持続的成長に向けた「縮充」を推進する行財政経営',
      '(4) 効率的な事業手法の推進',
    ]);
    expect(rows[3]!.slice(0, 3)).toEqual(['No.13', '5-1', '公立保育所再編計画等の推進']);
    expect(rows[3]![6]).toBe('◎市民（市民経済部）');
  });

  it('quotes cells with commas, quotes and line breaks and doubles the quotes (RFC 4180)', () => {
    const csv = toCSV(samplePlan());
    expect(csv).toContain('"システム更新に合わせ, 業務を見直します。\n・""BPR"" の推進\n・標準化"');
    expect(csv).toContain(',"総合行政情報システムの最適化, クラウド化",');
    expect(csv).toContain(',業務の効率化,');
  });

  it('ends every record with CRLF and keeps line breaks inside cells as written', () => {
    const csv = toCSV(samplePlan());
    expect(csv.endsWith('\r\n')).toBe(true);
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n')).toHaveLength(5); // header, 3 items, and the empty tail
    expect(outsideQuotes.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('leaves formulas alone by default and guards them when asked', () => {
    expect(toCSV(samplePlan())).toContain(',=SUM(A1) ではありません,');
    expect(toCSV(samplePlan(), { guardFormulas: true })).toContain(",'=SUM(A1) ではありません,");
  });

  it('writes no byte-order mark when asked', () => {
    expect(toCSV(samplePlan(), { bom: false }).startsWith('通し番号')).toBe(true);
  });

  it('writes only the header for a plan with no items', () => {
    const plan = { ...samplePlan(), items: [] };
    expect(toCSV(plan)).toBe('\uFEFF' + CSV_HEADER.join(',') + '\r\n');
  });

  it('is deterministic and does not mutate the plan', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    expect(toCSV(plan)).toBe(toCSV(samplePlan()));
    expect(plan).toEqual(before);
  });
});
