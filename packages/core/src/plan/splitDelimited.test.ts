import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Diagnostic } from '../model/types.js';
import { cellPlace, delimitedRecords, splitDelimited } from './splitDelimited.js';

const cells = (text: string, d = ','): string[][] => splitDelimited(text, d).records.map((r) => r.cells);

describe('splitDelimited', () => {
  it('splits records and cells', () => {
    expect(cells('a,b\r\nc,d\ne,f\rg')).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g']]);
  });

  it('reads quoted cells with delimiters, quotes and line breaks', () => {
    const { records, diagnostics } = splitDelimited('no,title\r\n1,"a, ""b""\r\nc"\r\n2,x\r\n', ',');
    expect(records.map((r) => r.cells)).toEqual([
      ['no', 'title'],
      ['1', 'a, "b"\r\nc'],
      ['2', 'x'],
    ]);
    expect(records.map((r) => r.line)).toEqual([1, 2, 4]);
    expect(diagnostics).toEqual([]);
  });

  it('keeps empty cells and does not add a record for the final line break', () => {
    expect(cells('a,,\n,\n')).toEqual([
      ['a', '', ''],
      ['', ''],
    ]);
    expect(cells('')).toEqual([]);
  });

  it('splits TSV on tabs', () => {
    expect(cells('通し番号\t項目\n1\t"x\ty"', '\t')).toEqual([
      ['通し番号', '項目'],
      ['1', 'x\ty'],
    ]);
  });

  it('gives each cell its source, quotes included', () => {
    const text = 'ab,"c"\nd';
    const [first, second] = splitDelimited(text, ',').records;
    expect([0, 1].map((i) => cellPlace(first!, i)).map((s) => text.slice(s!.start, s!.end))).toEqual([
      'ab',
      '"c"',
    ]);
    expect(first!.source).toEqual({ start: 0, end: 6 });
    expect([cellPlace(second!, 0), cellPlace(second!, 1)]).toEqual([{ start: 7, end: 8 }, undefined]);
  });

  it('keeps text after a closing quote and warns', () => {
    const { records, diagnostics } = splitDelimited('"a"b,c', ',');
    expect(records[0]!.cells).toEqual(['ab', 'c']);
    expect(diagnostics).toMatchObject([{ code: 'malformed-quote', severity: 'warning', line: 1 }]);
  });

  it('reports an unclosed quote with its line and reads the rest of the rows', () => {
    const { records, diagnostics } = splitDelimited('no,title\n1,"open\n2,two\n', ',');
    expect(records.map((r) => r.cells)).toEqual([
      ['no', 'title'],
      ['1', '"open'],
      ['2', 'two'],
    ]);
    expect(diagnostics).toMatchObject([{ code: 'unclosed-quote', severity: 'error', line: 2 }]);
  });

  it('splits a record at a time, reporting the quoting problems of each as it is read', () => {
    const diagnostics: Diagnostic[] = [];
    const records = delimitedRecords('no,title\n1,"a"b\n2,c\n', ',', diagnostics);
    expect(records.next().value).toMatchObject({ cells: ['no', 'title'], line: 1 });
    expect(diagnostics).toEqual([]);
    expect(records.next().value).toMatchObject({ cells: ['1', 'ab'], line: 2 });
    expect(diagnostics).toMatchObject([{ code: 'malformed-quote', line: 2 }]);
    expect(records.next().value).toMatchObject({ cells: ['2', 'c'], line: 3 });
    expect(records.next().done).toBe(true);
  });

  it('does not mutate its input and never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\t', 'あ') }), (s) => {
        const { records } = splitDelimited(s, ',');
        for (const r of records) expect(r.places.length).toBe(2 * r.cells.length);
      }),
    );
  });

  it('round-trips any table written with RFC 4180 quoting', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r\n', ' ', '年') });
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\r\n');
          expect(cells(text)).toEqual(rows);
        },
      ),
    );
  });
});
