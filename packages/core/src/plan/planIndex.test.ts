import { describe, expect, it } from 'vitest';
import { PLAIN_INDEX_LINES, PlanIndex, type DuplicateLine, type IndexContext } from './planIndex.js';

/** Where a run of plain index lines matched from `from` ends, or -1 when none matches. */
function runEnd(text: string, from = 0): number {
  PLAIN_INDEX_LINES.lastIndex = from;
  return PLAIN_INDEX_LINES.test(text) ? PLAIN_INDEX_LINES.lastIndex : -1;
}

const policy: IndexContext = { number: 1, title: '方針一' };
const section: IndexContext = { number: 2, title: '施策二' };
const other: IndexContext = { number: 3, title: '施策三' };

/** An index over `text`, its runs noted from the given starts, and the duplicates it reported. */
function indexOf(text: string): { index: PlanIndex; duplicates: DuplicateLine[][] } {
  const duplicates: DuplicateLine[][] = [];
  return { index: new PlanIndex(text, (d) => duplicates.push(d)), duplicates };
}

describe('PLAIN_INDEX_LINES', () => {
  it('matches a run of plain index lines up to the first line that is not one', () => {
    const text = '1\t予算編成\tNo.1\n1-2\t基礎的収支\tNo.2\n(2) 施策\n3\tc\tNo.3\n';
    expect(runEnd(text)).toBe(text.indexOf('(2)'));
    expect(runEnd(text, text.indexOf('3\t'))).toBe(text.length);
    expect(runEnd(text, text.indexOf('(2)'))).toBe(-1);
  });

  it('takes Windows and old Mac line ends, and a last line with none', () => {
    expect(runEnd('1\ta\tNo.1\r\n2\tb\tNo.2\rx')).toBe('1\ta\tNo.1\r\n2\tb\tNo.2\r'.length);
    expect(runEnd('1\ta\tNo.1\n2\tb\tNo.2')).toBe('1\ta\tNo.1\n2\tb\tNo.2'.length);
  });

  it('takes an empty title, and a title with spaces and full-width text', () => {
    expect(runEnd('1\t\tNo.1\n')).toBe(8);
    const line = '12-3-4\t ＰＰＰ の 推進 \tNo.123456789\n';
    expect(runEnd(line)).toBe(line.length);
  });

  it('leaves lines another reading might take differently to the line reader', () => {
    for (const line of [
      '1 予算編成\tNo.1', // code and title in one cell
      '1\tNo.1', // two cells
      '1\ta\tb\tNo.1', // four cells
      ' 1\ta\tNo.1', // a space before the code
      '1 \ta\tNo.1', // a space after it
      '1-\ta\tNo.1',
      '1--2\ta\tNo.1',
      '1234567\ta\tNo.1', // a group of seven digits
      '１\ta\tNo.1', // full-width digits
      '1\ta\tNo. 1',
      '1\ta\tNo.1 ',
      '1\ta\tＮｏ．１',
      '1\ta\tNo.',
      '1\ta\tNo.1234567890', // ten digits
      '1\ta\tNo.1x',
      'No.1\ta\tNo.1',
    ])
      expect([line, runEnd(`${line}\n`)]).toEqual([line, -1]);
  });

  it('matches at most 1024 lines at once', () => {
    const text = Array.from({ length: 1500 }, (_, i) => `${i + 1}\tt\tNo.${i + 1}\n`).join('');
    const end = runEnd(text);
    expect(text.slice(0, end).split('\n')).toHaveLength(1025);
    expect(runEnd(text, end)).toBe(text.length);
  });
});

describe('PlanIndex', () => {
  it('reads the lines of a run when asked: serials, lines, places, codes, titles and context', () => {
    const text = 'x\n1\t予算編成\tNo.1\n1-2\t  基礎的収支 \tNo.2\n3\t\tNo.3';
    const { index } = indexOf(text);
    index.addRun(2, text.length, 2, policy, section);
    expect(index.size).toBe(3);
    expect(index.entry(index.slotOf(2))).toEqual({
      serial: 2,
      code: '1-2',
      title: '基礎的収支',
      line: 3,
      start: text.indexOf('1-2'),
      end: text.indexOf('\n3\t'),
      policy,
      section,
    });
    expect(index.entry(2)).toMatchObject({ serial: 3, code: '3', title: '', line: 4, end: text.length });
    expect(index.slotOf(4)).toBe(-1);
    expect(index.slotOf(0)).toBe(-1);
  });

  it('reads the serials of Windows and old Mac line ends', () => {
    const text = '1\ta\tNo.1\r\n2\tb\tNo.2\r3\tc\tNo.3\r\n';
    const { index } = indexOf(text);
    index.addRun(0, text.length, 1, policy, section);
    expect([0, 1, 2].map((slot) => index.entry(slot))).toMatchObject([
      { serial: 1, line: 1, start: 0, end: 8, title: 'a' },
      { serial: 2, line: 2, start: 10, end: 18, title: 'b' },
      { serial: 3, line: 3, start: 19, end: 27, title: 'c' },
    ]);
  });

  it('keeps the first line of a serial listed twice and reports the others once read, in order', () => {
    const text = '1\ta\tNo.1\n2\tb\tNo.2\n1\tc\tNo.1\n2\td\tNo.2\n';
    const { index, duplicates } = indexOf(text);
    index.addRun(0, text.length, 1, policy, section);
    expect(duplicates).toEqual([]); // nothing is read before the index is asked about
    expect(index.size).toBe(2);
    expect(duplicates).toEqual([
      [
        { serial: 1, line: 3, start: 18, end: 26, first: 1 },
        { serial: 2, line: 4, start: 27, end: 35, first: 2 },
      ],
    ]);
    expect(index.titleAt(index.slotOf(1))).toBe('a');
    expect(index.slotOf(2)).toBe(1); // asking again reports nothing again
    expect(duplicates).toHaveLength(1);
  });

  it('finds serials listed out of order or with gaps', () => {
    const text = '5\ta\tNo.5\n1\tb\tNo.1\n9\tc\tNo.9\n1\td\tNo.1\n';
    const { index, duplicates } = indexOf(text);
    index.addRun(0, text.length, 1, policy, section);
    expect([5, 1, 9, 2].map((s) => index.slotOf(s))).toEqual([0, 1, 2, -1]);
    expect(duplicates[0]).toMatchObject([{ serial: 1, line: 4, first: 2 }]);
  });

  it('keeps lines the caller read in the order of the document, among runs', () => {
    const text = '1\ta\tNo.1\n2 b\tNo.2\n3\tc\tNo.3\n';
    const { index } = indexOf(text);
    index.addRun(0, 9, 1, policy, section);
    index.add({ serial: 2, code: '2', title: 'b' }, 2, 9, 17, policy, other);
    index.add({ serial: 1, code: '9', title: 'z' }, 9, 40, 45, policy, other); // listed before
    index.addRun(18, text.length, 3, policy, other);
    expect([0, 1, 2].map((slot) => index.entry(slot))).toEqual([
      { serial: 1, code: '1', title: 'a', line: 1, start: 0, end: 8, policy, section },
      { serial: 2, code: '2', title: 'b', line: 2, start: 9, end: 17, policy, section: other },
      { serial: 3, code: '3', title: 'c', line: 3, start: 18, end: 26, policy, section: other },
    ]);
  });

  it('compares codes and titles without reading them', () => {
    const text = '1-2\t 予算編成 \tNo.1\n';
    const { index } = indexOf(text);
    index.addRun(0, text.length, 1, policy, section);
    expect(index.hasCode(0, '1-2')).toBe(true);
    expect(index.hasCode(0, '1')).toBe(false);
    expect(index.hasCode(0, '1-23')).toBe(false);
    expect(index.hasTitle(0, '予算編成')).toBe(true);
    expect(index.hasTitle(0, '予算')).toBe(false);
    expect(index.hasTitle(0, ' 予算編成 ')).toBe(false);
    index.add({ serial: 2, code: '2', title: 'b c' }, 2, 0, 0, policy, section);
    expect(index.hasCode(1, '2')).toBe(true);
    expect(index.hasTitle(1, 'b c')).toBe(true);
    expect(index.hasTitle(1, 'b')).toBe(false);
  });

  it('lists nothing before any line is noted', () => {
    const { index, duplicates } = indexOf('');
    expect(index.size).toBe(0);
    expect(index.slotOf(1)).toBe(-1);
    expect(duplicates).toEqual([]);
  });
});
