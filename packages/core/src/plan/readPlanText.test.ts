import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readPlanText } from './readPlanText.js';

const seed = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');
const row = (...cells: string[]): string => cells.join('\t');
const HEADER = row('通し番号', '項目', '取組内容', '目標', 'スケジュール', '主務課');

describe('readPlanText on the seed', () => {
  const draft = readPlanText(seed);

  it('reads the title, all 54 items in order, and no diagnostics', () => {
    expect(draft.title).toBe('多賀城市役所経営プラン 取組項目一覧');
    expect(draft.items.map((i) => i.serial)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(draft.diagnostics).toEqual([]);
  });

  it('reads the legend as four notes, the second over two lines', () => {
    expect(draft.notes).toEqual([
      '※1 年の表記は、「西暦（和暦）」の順に併記しています（条例等固有の表記を除く。）。',
      '※2 主務課等組織名は、略称表記としています。◎主担当組織、○取組組織\n主担当組織が複数の場合は、筆頭記載の組織がとりまとめ担当となります。',
      '※3 取組項目は進捗状況等に応じて見直ししていくため、通し番号は年度ごとに変わります。',
      '※4 目標は、他計画等との連携を図るため、極力連動した指標としています。',
    ]);
  });

  it('reads both policies, with references, and the lead of policy 2 written without ■', () => {
    expect(draft.policies).toEqual([
      { number: 1, title: '持続的成長に向けた「縮充」を推進する行財政経営', references: ['六次総基本構想'] },
      {
        number: 2,
        title: 'チャレンジ精神と創造性が発揮でき、成長し続ける組織',
        references: ['六次総基本構想'],
        lead: { name: '総務課', role: 'primary' },
      },
    ]);
  });

  it('reads ten sections with references and leads, one lead from the row below its section', () => {
    expect(
      draft.sections.map((s) => [s.policy, s.number, s.title, s.references, s.lead?.role, s.lead?.name]),
    ).toEqual([
      [1, 1, '健全な財政の維持', ['六次総基本計画07-04-02'], 'primary', '財政経営担当'],
      [
        1,
        2,
        '中長期的視点に立った公共施設等マネジメント',
        ['六次総基本構想第6章 5 基本姿勢'],
        'participating',
        '財政経営担当',
      ],
      [1, 3, '公民連携（PPP）の推進', ['旧・アウトソーシング推進指針'], 'participating', '行政経営担当'],
      [1, 4, '効率的な事業手法の推進', [], 'participating', '行政経営担当'],
      [1, 5, '公営企業の経営改革', ['総計基本計画07-03'], 'primary', '上下水道部'],
      [1, 6, 'ICTの積極的な利活用による効率化の推進', ['総計基本計画07-04-04'], 'primary', 'ICT推進室'],
      [2, 1, '職員の意識・意欲の向上', ['六次総基本計画07-02'], 'primary', '総務課'],
      [2, 2, '職員の力を伸ばす人材育成', ['六次総基本計画07-02'], 'participating', '総務課'],
      [2, 3, '働きやすい職場づくり', ['総計基本計画07-02'], 'primary', '総務課'],
      [2, 4, '効率的な組織・人員体制の構築', ['総計基本計画07-02'], 'primary', '行政経営担当'],
    ]);
  });

  it('cuts the titles run into the content (No.15–19) where the index title ends', () => {
    const no17 = draft.items[16]!;
    expect(no17.title).toBe('PPPによる運営（公設民営）への移行（市民活動サポートセンター、STEP）');
    expect(no17.content).toBe(
      '市民活動サポートセンター、さんみらい多賀城イベントプラザ(STEP)について、PPPによる公設民営（指定管理者制度等）への移行を検討します。',
    );
  });

  it('reads the last line, which has no line break', () => {
    const no54 = draft.items[53]!;
    expect(no54).toMatchObject({
      serial: 54,
      code: '36',
      title: '簡素で効率的な組織体制',
      line: 192,
      departmentsText: '◎行政、総務 ○全庁',
    });
    expect(no54.indexOnly).toBeUndefined();
  });

  it('gives each cell its place in the input', () => {
    const no13 = draft.items[12]!;
    expect(seed.slice(no13.cells.content!.start, no13.cells.content!.end)).toContain('2020(R3)年時点');
    expect(no13.line).toBe(121);
  });
});

describe('readPlanText layouts', () => {
  it('reads code and title in one cell or in two', () => {
    const text = [
      HEADER,
      row('No.1', '1-1 予算編成', '内容', '目標', '毎年度', '◎財政'),
      row('No.2', '1-2', '基礎的財政収支', '内容2', '目標2', '毎年度', '◎財政', ''),
    ].join('\n');
    expect(
      readPlanText(text).items.map((i) => [
        i.code,
        i.title,
        i.content,
        i.goal,
        i.scheduleText,
        i.departmentsText,
      ]),
    ).toEqual([
      ['1-1', '予算編成', '内容', '目標', '毎年度', '◎財政'],
      ['1-2', '基礎的財政収支', '内容2', '目標2', '毎年度', '◎財政'],
    ]);
  });

  it('reads an index, its policy and section headings, and places items by the table', () => {
    const text = [
      '試しのプラン',
      '■実施方針1 方針一',
      '(1) 施策一',
      row('1', '予算編成', 'No.1'),
      '',
      HEADER,
      row('■実施方針1 方針一', '', '', '【基本構想】', '', ''),
      row('(1) 施策一', '', '', '【基本計画01-02】', '', '◎財政経営担当'),
      row('No.1', '1 予算編成', '内容', '目標', '毎年度', '◎財政'),
    ].join('\n');
    const draft = readPlanText(text);
    expect(draft.title).toBe('試しのプラン');
    expect(draft.items[0]).toMatchObject({
      policy: { number: 1, title: '方針一' },
      section: { number: 1, title: '施策一' },
    });
    expect(draft.policies).toEqual([{ number: 1, title: '方針一', references: ['基本構想'] }]);
    expect(draft.sections).toEqual([
      {
        policy: 1,
        number: 1,
        title: '施策一',
        references: ['基本計画01-02'],
        lead: { name: '財政経営担当', role: 'primary' },
      },
    ]);
    expect(draft.diagnostics).toEqual([]);
  });

  it('guesses the end of a merged title at the first space when the index does not help, and says so', () => {
    const draft = readPlanText(
      row('No.7', '7', '指定管理者制度の活用 事業の質を確保します。', '目標', '2021(R3)年度：検討', '◎行政'),
    );
    expect(draft.items[0]).toMatchObject({
      title: '指定管理者制度の活用',
      content: '事業の質を確保します。',
    });
    expect(draft.diagnostics).toMatchObject([{ code: 'title-split', serial: 7, line: 1 }]);
  });

  it('joins a row cut by a line break inside a cell', () => {
    const text = [HEADER, row('No.1', '1 予算編成', '一行目'), row('二行目', '目標', '毎年度', '◎財政')].join(
      '\n',
    );
    const draft = readPlanText(text);
    expect(draft.items[0]).toMatchObject({
      content: '一行目\n二行目',
      goal: '目標',
      scheduleText: '毎年度',
      departmentsText: '◎財政',
      line: 2,
    });
    expect(draft.diagnostics).toEqual([]);
  });

  it('appends a continuation row (empty first cell) to the item above, column by column', () => {
    const text = [
      HEADER,
      row('No.1', '1 予算編成', '内容', '目標', '2021(R3)年度：検討', '◎財政'),
      row('', '', '', '', '2022(R4)年度：実施', '○管財'),
    ].join('\n');
    expect(readPlanText(text).items[0]).toMatchObject({
      scheduleText: '2021(R3)年度：検討\n2022(R4)年度：実施',
      departmentsText: '◎財政\n○管財',
    });
  });

  it('reports short rows and cells past 主務課', () => {
    const text = [
      HEADER,
      row('No.1', '1 a', 'b', 'c'),
      '',
      row('No.2', '2 a', 'b', 'c', 'd', 'e', 'extra'),
    ].join('\n');
    const draft = readPlanText(text);
    expect(draft.items).toHaveLength(2);
    expect(draft.diagnostics.map((d) => [d.code, d.serial, d.line])).toEqual([
      ['short-row', 1, 2],
      ['unread-cell', 2, 4],
    ]);
  });

  it('reports every line it cannot read, with its text and line, and keeps going', () => {
    const text = [
      'タイトル',
      'なにかの注記',
      HEADER,
      row('No.1', '1 a', 'b', 'c', 'd', '◎e'),
      'ページ 1/3',
    ].join('\n');
    const draft = readPlanText(text);
    expect(draft.items).toHaveLength(1);
    expect(draft.diagnostics).toMatchObject([
      { code: 'unread-row', line: 2, source: { start: 5, end: 11 } },
      { code: 'unread-row', line: 5 },
    ]);
    expect(draft.diagnostics[0]!.message).toContain('なにかの注記');
    expect(draft.diagnostics[1]!.message).toContain('ページ 1/3');
  });

  it('makes an item of an index entry with no table row, and reports it', () => {
    const text = [
      row('1', 'a', 'No.1'),
      row('2', 'b', 'No.2'),
      HEADER,
      row('No.1', '1 a', 'c', 'g', 's', '◎d'),
    ].join('\n');
    const draft = readPlanText(text);
    expect(draft.items.map((i) => [i.serial, i.title, i.line, i.indexOnly])).toEqual([
      [1, 'a', 4, undefined],
      [2, 'b', 2, true],
    ]);
    expect(draft.diagnostics).toMatchObject([{ code: 'missing-row', serial: 2, line: 2 }]);
  });

  it('reports where the index and the table disagree', () => {
    const text = [
      row('1', '予算編成', 'No.1'),
      HEADER,
      row('No.1', '2 予算の編成', 'c', 'g', 's', '◎d'),
      row('No.3', '3 x', 'c', 'g', 's', '◎d'),
    ].join('\n');
    const codes = readPlanText(text).diagnostics.map((d) => [d.code, d.serial, d.line]);
    expect(codes).toEqual([
      ['index-mismatch', 1, 3],
      ['index-mismatch', 1, 3],
      ['index-mismatch', 3, 4],
    ]);
  });

  it('numbers the lines after an index with Windows and old Mac line ends', () => {
    for (const end of ['\r\n', '\r']) {
      const draft = readPlanText(
        [
          '■実施方針1 方針一',
          row('1', 'a', 'No.1'),
          row('2', 'b', 'No.2'),
          'x',
          HEADER,
          row('No.1', '1 a', 'c', 'g', 's', '◎d'),
          row('No.2', '2 b', 'c', 'g', 's', '◎d'),
        ].join(end),
      );
      expect(draft.items.map((i) => [i.serial, i.line, i.policy.number])).toEqual([
        [1, 6, 1],
        [2, 7, 1],
      ]);
      expect(draft.diagnostics.map((d) => [d.code, d.line])).toEqual([['unread-row', 4]]);
    }
  });

  it('reports index lines listed twice in line order among the other lines reported', () => {
    const text = [
      row('1', 'a', 'No.1'),
      'x',
      row('1', 'b', 'No.1'),
      'y',
      row('2', 'b', 'No.2'),
      row('2', 'b', 'No.2'),
      HEADER,
      row('No.1', '1 a', 'c', 'g', 's', '◎d'),
      'z',
      row('No.2', '2 b', 'c', 'g', 's', '◎d'),
    ].join('\n');
    const draft = readPlanText(text);
    expect(draft.diagnostics.map((d) => [d.code, d.line, d.serial])).toEqual([
      ['unread-row', 2, undefined],
      ['duplicate-serial', 3, 1],
      ['unread-row', 4, undefined],
      ['duplicate-serial', 6, 2],
      ['unread-row', 9, undefined],
    ]);
    expect(draft.diagnostics[1]).toMatchObject({
      message: 'No.1 is listed twice in the index (first on line 1).',
      source: { start: text.indexOf('1\tb'), end: text.indexOf('\ny') },
    });
  });

  it('reads the index when a row needs it, reporting what it had listed twice before the row', () => {
    const text = [
      row('1', 'a', 'No.1'),
      row('1', 'b', 'No.1'),
      HEADER,
      row('No.1', 'a', 'c', 'g', 's', '◎d'), // no code: the index's is taken
      '<凡例>',
      '■実施方針2 方針二',
      row('2', 'b', 'No.2'),
      row('2', 'c', 'No.2'),
      HEADER,
      row('No.2', 'b', 'c', 'g', 's', '◎d'),
    ].join('\n');
    const draft = readPlanText(text);
    expect(draft.items.map((i) => [i.serial, i.code, i.policy.number])).toEqual([
      [1, '1', 0],
      [2, '2', 2],
    ]);
    expect(draft.diagnostics.map((d) => [d.code, d.line, d.serial])).toEqual([
      ['duplicate-serial', 2, 1],
      ['no-code', 4, 1],
      ['duplicate-serial', 8, 2],
      ['no-code', 10, 2],
    ]);
  });

  it("reads the index's plain section headings and blank lines as it reads any heading and blank line", () => {
    const text = [
      '試しのプラン',
      '■実施方針1 方針一',
      '(1) 施策一  ',
      row('1', 'a', 'No.1'),
      '\u3000 \t',
      '(2)施策二',
      row('2', 'b', 'No.2'),
      '',
      HEADER,
      row('■実施方針1 方針一', '', '', '', '', ''),
      row('(1) 施策の一', '', '', '', '', ''),
      row('No.1', '1 a', 'c', 'g', 's', '◎d'),
      row('(2) 施策二', '', '', '', '', ''),
      row('No.2', '2 b', 'c', 'g', 's', '◎d'),
    ].join('\n');
    const draft = readPlanText(text);
    expect(draft.title).toBe('試しのプラン');
    expect(draft.sections.map((s) => [s.policy, s.number, s.title])).toEqual([
      [1, 1, '施策一'],
      [1, 2, '施策二'],
    ]);
    expect(draft.items.map((i) => [i.serial, i.section])).toEqual([
      [1, { number: 1, title: '施策一' }],
      [2, { number: 2, title: '施策二' }],
    ]);
    expect(draft.diagnostics.map((d) => [d.code, d.line])).toEqual([['index-mismatch', 11]]);
  });

  it('reads Windows line ends', () => {
    const draft = readPlanText(
      [HEADER, row('No.1', '1 a', 'b', 'c', 'd', '◎e'), row('No.2', '2 a', 'b', 'c', 'd', '◎e')].join('\r\n'),
    );
    expect(draft.items.map((i) => [i.line, i.departmentsText])).toEqual([
      [2, '◎e'],
      [3, '◎e'],
    ]);
  });

  it('finds no items in a text that has none', () => {
    const draft = readPlanText('hello\nworld');
    expect(draft.items).toEqual([]);
    expect(draft.title).toBe('hello');
    expect(draft.diagnostics).toMatchObject([{ code: 'unread-row', line: 2 }]);
  });

  it('reads a serial alone on its line with the cells on the next', () => {
    const draft = readPlanText([HEADER, 'No.3', row('3 a', 'b', 'c', 'd', '◎e')].join('\n'));
    expect(draft.items[0]).toMatchObject({
      serial: 3,
      code: '3',
      title: 'a',
      content: 'b',
      departmentsText: '◎e',
      line: 2,
    });
  });

  it('reports every line between rows that it cannot read, with its line', () => {
    const good = row('No.4', '4 a', 'b', 'c', '2021(R3)年度', '◎e');
    const junk = fc
      .string({ unit: fc.constantFrom('x', 'y', ' ', '。', '・', 'あ'), minLength: 1 })
      .filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(good), junk), { maxLength: 12 }), (body) => {
        const draft = readPlanText([HEADER, ...body].join('\n'));
        const unread = new Set(draft.diagnostics.filter((d) => d.code === 'unread-row').map((d) => d.line));
        body.forEach((text, i) => {
          if (text !== good) expect(unread.has(i + 2)).toBe(true);
        });
        expect(draft.items).toHaveLength(body.filter((text) => text === good).length);
      }),
    );
  });

  it('never throws on any text', () => {
    const line = fc.oneof(
      fc.constantFrom(
        HEADER,
        '■実施方針1 方針',
        '(2) 施策',
        '<凡例>',
        '- ※1 注',
        'No.3',
        row('No.4', '4 a', 'b', 'c', 'd', '◎e'),
        row('', '', '○担当'),
      ),
      fc.string({
        unit: fc.constantFrom('a', '\t', 'No.', '1', ' ', '(', ')', '【', '】', '◎', '<p>', '\r'),
      }),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const draft = readPlanText(lines.join('\n'));
        for (const d of draft.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => Array.isArray(readPlanText(s).items)));
  });
});
