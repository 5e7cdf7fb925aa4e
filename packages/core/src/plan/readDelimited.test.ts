import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ItemDraft } from './planDraft.js';
import { readDelimited, readDelimitedSteps } from './readDelimited.js';

const JA = '通し番号,コード,項目,取組内容,目標,スケジュール,主務課,実施方針,施策';

describe('readDelimited', () => {
  it('reads a Japanese header and a row per item, quoted cells with line breaks', () => {
    const csv = [
      JA,
      'No.13,5-1,公立保育所再編計画等の推進,"公立保育所再編計画（H28.10策定）に基づき…","計画に基づく統廃合等について、検討します。","2019(H31)年度：笠神保育所民設民営へ移行\r\n2020(R2)年度：鶴ヶ谷保育所民設民営へ移行",◎保育,実施方針1 持続的成長に向けた「縮充」を推進する行財政経営,(2) 中長期的視点に立った公共施設等マネジメント',
      'No.14,6,市庁舎の耐震化,内容,目標,2024(R6)年度：完成,"◎管財 ○ICT、総務部",実施方針1 持続的成長に向けた「縮充」を推進する行財政経営,(2) 中長期的視点に立った公共施設等マネジメント',
    ].join('\r\n');
    const draft = readDelimited(csv, ',');
    expect(draft.diagnostics).toEqual([]);
    expect(
      draft.items.map((i) => [i.serial, i.code, i.title, i.scheduleText, i.departmentsText, i.line]),
    ).toEqual([
      [
        13,
        '5-1',
        '公立保育所再編計画等の推進',
        '2019(H31)年度：笠神保育所民設民営へ移行\n2020(R2)年度：鶴ヶ谷保育所民設民営へ移行',
        '◎保育',
        2,
      ],
      [14, '6', '市庁舎の耐震化', '2024(R6)年度：完成', '◎管財 ○ICT、総務部', 4],
    ]);
    expect(draft.items[0]).toMatchObject({
      policy: { number: 1, title: '持続的成長に向けた「縮充」を推進する行財政経営' },
      section: { number: 2, title: '中長期的視点に立った公共施設等マネジメント' },
    });
    expect(draft.policies).toEqual([
      { number: 1, title: '持続的成長に向けた「縮充」を推進する行財政経営', references: [] },
    ]);
    expect(draft.sections).toEqual([
      { policy: 1, number: 2, title: '中長期的視点に立った公共施設等マネジメント', references: [] },
    ]);
  });

  it('reads an English header, numbers without No., and codes written into the title', () => {
    const tsv = [
      'no\ttitle\tcontent\tgoal\tschedule\tdepartments\tpolicy\tsection',
      '2\t1-1 収支均衡した予算編成\tc\tg\t毎年度\t◎財政\t1 方針\t1 施策',
    ].join('\n');
    const draft = readDelimited(tsv, '\t');
    expect(draft.items[0]).toMatchObject({
      serial: 2,
      code: '1-1',
      title: '収支均衡した予算編成',
      policy: { number: 1, title: '方針' },
      section: { number: 1, title: '施策' },
    });
  });

  it('takes policies and sections from heading rows when there are no such columns', () => {
    const csv = [
      '通し番号,項目,スケジュール,主務課',
      '■実施方針2 組織,,,',
      '(3) 働きやすい職場づくり,,,',
      'No.50,32 多様な働き方,毎年度,◎総務（人事）',
    ].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items[0]).toMatchObject({
      serial: 50,
      code: '32',
      policy: { number: 2, title: '組織' },
      section: { number: 3, title: '働きやすい職場づくり' },
    });
    expect(draft.diagnostics).toEqual([]);
  });

  it('reads HTML cells as plain text', () => {
    const csv = 'no,title,content\n1,a,"<p>一</p> <ul style=""list-style-type: none""><li>二</li></ul>"';
    expect(readDelimited(csv, ',').items[0]!.content).toBe('一\n・二');
  });

  it('keeps the indent of a schedule line set in under the one above, which continues its label', () => {
    const csv = 'no,title,content,schedule\n1,a,"一\n　二","令和3年度：調査\n　　　　　結果の分析"';
    const item = readDelimited(csv, ',').items[0]!;
    expect(item.scheduleText).toBe('令和3年度：調査\n　　　　　結果の分析');
    // Other cells are trimmed line by line.
    expect(item.content).toBe('一\n二');
  });

  it('skips repeated header rows and blank rows', () => {
    const csv = ['no,title', '1,a', '', 'no,title', '2,b'].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items.map((i) => i.serial)).toEqual([1, 2]);
    expect(draft.diagnostics).toEqual([]);
  });

  it('takes a row naming all the columns but one again for a repeated header, and not one naming fewer', () => {
    const header = '通し番号,項目,取組内容,目標,スケジュール,主務課';
    const csv = [
      header,
      'No.1,1 a,c,g,毎年度,◎財政',
      ' 通し番号 ,項目,取組内容,目標,スケジュール,備考', // the last one renamed
      'No.2,2 b,c,g,毎年度,◎財政',
      '通し番号,項目,取組内容,目標,予定,備考', // two renamed
      'No.3,3 c,c,g,毎年度,◎財政',
    ].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items.map((i) => i.serial)).toEqual([1, 2, 3]);
    expect(draft.diagnostics.map((d) => [d.code, d.line])).toEqual([['unread-row', 5]]);
  });

  it("reads a spreadsheet's title and notes above its header as the plan's", () => {
    const csv = [
      '多賀城市役所経営プラン 取組項目一覧,,,',
      ',,,',
      '令和3年4月,総務部,,',
      '通し番号,項目,スケジュール,主務課',
      '1,予算編成,毎年度,◎財政',
    ].join('\r\n');
    const draft = readDelimited(csv, ',');
    expect(draft.title).toBe('多賀城市役所経営プラン 取組項目一覧');
    expect(draft.notes).toEqual(['令和3年4月 総務部']);
    expect(draft.items.map((i) => [i.serial, i.title, i.line])).toEqual([[1, '予算編成', 5]]);
    expect(draft.diagnostics).toEqual([]);
  });

  it('says what it looked at when no row near the top names the columns', () => {
    const draft = readDelimited('a,b\nc,d\n1,2', ',');
    expect(draft.diagnostics).toMatchObject([{ code: 'no-header', severity: 'error', line: 1 }]);
    expect(draft.diagnostics[0]!.message).toBe(
      'The first row "a,b" does not name the plan\'s columns, nor do the 2 after it.',
    );
  });

  it('keeps the policy and its section when a row names the same policy again, by its number alone', () => {
    const csv = [
      '実施方針,施策,通し番号,項目',
      '1 財政経営,(1) 健全な財政,1,予算編成',
      '1,,2,財源の確保',
    ].join('\n');
    expect(readDelimited(csv, ',').items.map((i) => [i.policy.title, i.section.title])).toEqual([
      ['財政経営', '健全な財政'],
      ['財政経営', '健全な財政'],
    ]);
  });

  it('takes an empty 実施方針 or 施策 cell for the one above it, as merged cells are saved', () => {
    const csv = [
      '実施方針,施策,通し番号,項目',
      '1 財政経営,(1) 健全な財政,1,予算編成',
      ',,2,財源の確保',
      ',(2) 資産の活用,3,公有財産',
      '2 組織,,4,人材育成',
    ].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items.map((i) => [i.serial, i.policy.number, i.section.number, i.section.title])).toEqual([
      [1, 1, 1, '健全な財政'],
      [2, 1, 1, '健全な財政'],
      [3, 1, 2, '資産の活用'],
      // A new policy starts with no section until one is named.
      [4, 2, 0, ''],
    ]);
    expect(draft.sections.map((s) => [s.policy, s.number])).toEqual([
      [1, 1],
      [1, 2],
    ]);
  });

  it('adds a row with no serial, code or title to the item above it, a line per row', () => {
    const csv = [
      '通し番号,項目,スケジュール,主務課',
      '1,予算編成,2021年度：検討,◎財政',
      ',,2022年度：実施,○行政',
      '"",,"2023年度～：運用",',
      '2,財源の確保,毎年度,◎財政',
    ].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items.map((i) => [i.serial, i.scheduleText, i.departmentsText])).toEqual([
      [1, '2021年度：検討\n2022年度：実施\n2023年度～：運用', '◎財政\n○行政'],
      [2, '毎年度', '◎財政'],
    ]);
    // The item's row and its schedule cell run over the rows that continue it.
    const first = draft.items[0]!;
    expect(csv.slice(first.source.start, first.source.end)).toBe(csv.split('\n').slice(1, 4).join('\n'));
    expect(csv.slice(first.cells.schedule!.start, first.cells.schedule!.end)).toBe(
      '2021年度：検討,◎財政\n,,2022年度：実施,○行政\n"",,"2023年度～：運用"',
    );
    expect(draft.diagnostics).toEqual([]);
  });

  it("writes a schedule drawn in columns of years as that schedule's entries, arrows carrying the work on", () => {
    const csv = [
      'No,取組,R3,R4,R5,R6,備考,担当課',
      '1,窓口改善,検討,実施,→,,,◎市民',
      '2,台帳整備,,●,●,〃,済,◎総務',
      '3,未定,,,,,,◎総務',
    ].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items.map((i) => [i.serial, i.title, i.scheduleText])).toEqual([
      [1, '窓口改善', 'R3：検討\nR4～R5：実施'],
      [2, '台帳整備', 'R4：●\nR5～R6：●'],
      [3, '未定', ''],
    ]);
    // The years are read, not reported as unknown; the schedule's cells run from the first year to the last.
    expect(draft.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['unknown-column', 'These columns are not part of a plan and were not read: "備考".'],
    ]);
    const first = draft.items[0]!;
    expect(csv.slice(first.cells.schedule!.start, first.cells.schedule!.end)).toBe('検討,実施,→,');
  });

  it('writes the years after the スケジュール cell, and those of the rows that continue an item after them', () => {
    const csv = [
      '通し番号,項目,スケジュール,2021年度,2022年度',
      '1,窓口改善,R2：準備,検討,',
      ',,,,実施',
    ].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items.map((i) => i.scheduleText)).toEqual(['R2：準備\n2021年度：検討\n2022年度：実施']);
    expect(draft.diagnostics).toEqual([]);
  });

  it('reads the years of a second header row under a スケジュール cell merged over them, and skips it repeated', () => {
    const csv = [
      'No,取組,スケジュール（R3～R5）,,,担当課',
      ',,R3,R4,R5,',
      '1,窓口改善,検討,実施,→,◎市民',
      'No,取組,スケジュール（R3～R5）,,,担当課',
      ',,R3,R4,R5,',
      '2,台帳整備,●,,●,◎総務',
      ',,,R5,,',
    ].join('\n');
    const draft = readDelimited(csv, ',');
    // A row with a year's header in it that is not the whole row of years goes on with the item above it.
    expect(draft.items.map((i) => [i.serial, i.scheduleText, i.departmentsText])).toEqual([
      [1, 'R3：検討\nR4～R5：実施', '◎市民'],
      [2, 'R3：●\nR5：●\nR4：R5', '◎総務'],
    ]);
    expect(draft.diagnostics).toEqual([]);
    // A row under the header with a serial or title is an item, even with years in it.
    const items = readDelimited('No,取組,R3\n1,R3,R4\n', ',').items;
    expect(items.map((i) => [i.serial, i.title, i.scheduleText])).toEqual([[1, 'R3', 'R3：R4']]);
  });

  it('reads only the years under the スケジュール cell, and a year named again as no schedule', () => {
    const twoRows = [
      'No,取組,スケジュール,,,目標値,,,担当課',
      ',,R3,R4,R5,R3,R4,R5,',
      '1,窓口改善,検討,実施,→,10件,20件,30件,◎市民',
    ].join('\n');
    const draft = readDelimited(twoRows, ',');
    expect(draft.items.map((i) => i.scheduleText)).toEqual(['R3：検討\nR4～R5：実施']);
    expect(draft.diagnostics.map((d) => d.message)).toEqual([
      'These columns are not part of a plan and were not read: "目標値".',
    ]);
    const oneRow = readDelimited('No,取組,R3,R4,R3,R4\n1,窓口改善,検討,実施,10件,20件\n', ',');
    expect(oneRow.items.map((i) => i.scheduleText)).toEqual(['R3：検討\nR4：実施']);
    expect(oneRow.diagnostics.map((d) => d.message)).toEqual([
      'These columns are not part of a plan and were not read: "R3", "R4".',
    ]);
  });

  it('reads a header of a serial or title and columns of years as a plan table', () => {
    const draft = readDelimited('項目,令和3年度,令和4年度\n窓口改善,検討,実施\n', ',');
    expect(draft.items.map((i) => [i.serial, i.title, i.scheduleText])).toEqual([
      [1, '窓口改善', '令和3年度：検討\n令和4年度：実施'],
    ]);
    // Years alone name no plan table.
    expect(readDelimited('R3,R4\n検討,実施\n', ',').diagnostics.map((d) => d.code)).toEqual(['no-header']);
  });

  it('hands on an item once the rows that continue it are read', () => {
    const csv = 'no,title,schedule\n1,a,2021年度\n,,2022年度\n2,b,2023年度\n';
    const steps = readDelimitedSteps(csv, ',');
    const first = steps.next();
    expect(first.done).toBe(false);
    expect(!first.done && first.value.scheduleText).toBe('2021年度\n2022年度');
  });

  it('reports ragged rows, rows without a serial, and unknown columns, with their lines', () => {
    const csv = ['no,title,備考', '1,a', '2,b,c,d', 'x,y,z', ',,'].join('\n');
    const draft = readDelimited(csv, ',');
    expect(draft.items.map((i) => i.serial)).toEqual([1, 2]);
    expect(draft.diagnostics.map((d) => [d.code, d.severity, d.line, d.serial])).toEqual([
      ['unknown-column', 'info', 1, undefined],
      ['ragged-row', 'warning', 2, 1],
      ['ragged-row', 'warning', 3, 2],
      ['unread-row', 'warning', 4, undefined],
    ]);
    expect(draft.diagnostics[2]!.message).toContain('"d"');
    expect(draft.diagnostics[3]!.message).toContain('x,y,z');
  });

  it('reports an unclosed quote and still reads the rows after it', () => {
    const draft = readDelimited('no,title,content\n1,a,"never closed\n2,b,c\n', ',');
    expect(draft.items.map((i) => [i.serial, i.content])).toEqual([
      [1, '"never closed'],
      [2, 'c'],
    ]);
    expect(draft.diagnostics).toMatchObject([{ code: 'unclosed-quote', severity: 'error', line: 2 }]);
  });

  it('numbers rows in order when there is no serial column, and says so', () => {
    const draft = readDelimited('title,schedule\na,毎年度\nb,2021年度', ',');
    expect(draft.items.map((i) => [i.serial, i.title])).toEqual([
      [1, 'a'],
      [2, 'b'],
    ]);
    expect(draft.diagnostics).toMatchObject([{ code: 'no-serial-column', severity: 'info' }]);
  });

  it('reports a first row that names no plan columns, and reads nothing', () => {
    const draft = readDelimited('a,b,c\n1,2,3', ',');
    expect(draft.items).toEqual([]);
    expect(draft.diagnostics).toMatchObject([{ code: 'no-header', severity: 'error', line: 1 }]);
  });

  it('yields each item as its row is read, then the rest of the draft, quoting problems first, as readDelimited gives it', () => {
    // A ragged row before a malformed quote: the draft lists the quoting problem first all the same.
    const csv = 'no,title,content\n1,a\n2,b,c\n3,"d"x,e\n';
    const steps = readDelimitedSteps(csv, ',');
    const yielded: ItemDraft[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) yielded.push(step.value);
    expect(yielded.map((item) => item.serial)).toEqual([1, 2, 3]);
    expect(step.value.items).toEqual([]);
    expect({ ...step.value, items: yielded }).toEqual(readDelimited(csv, ','));
    expect(step.value.diagnostics.map((d) => d.code)).toEqual(['malformed-quote', 'ragged-row']);
  });

  it('still reports the quoting problems of the rows after a first row that names no columns', () => {
    const draft = readDelimited('a,b,c\n1,"2"x,3\n4,"never closed\n', ',');
    expect(draft.diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['malformed-quote', 2],
      ['unclosed-quote', 3],
      ['no-header', 1],
    ]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('no', 'title', ',', '\n', '"', '1', 'No.', 'a', '実施方針1', '(1)', '\t'),
        }),
        (s) => {
          for (const d of readDelimited(s, ',').diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
          readDelimited(s, '\t');
        },
      ),
    );
  });
});
