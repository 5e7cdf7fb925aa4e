import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { Plan, PlanItem } from '../model/types.js';
import { toCSV } from '../export/toCSV.js';
import { parsePlan } from './parsePlan.js';
import { SEED_ITEMS, SEED_POLICIES, SEED_SECTIONS, type ExpectedSpan } from './fixtures/seedItems.js';

const seedBytes = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url));
const seedText = seedBytes.toString('utf8');
const TAG = /<\/?[A-Za-z][^<>]*>/;

/** Lines of the seed where each item's row starts (No.1 … No.54), read off the file. */
const SEED_LINES = [
  104, 105, 106, 107, 108, 111, 112, 113, 114, 115, 118, 120, 121, 122, 127, 128, 129, 130, 131, 134, 135,
  136, 138, 141, 142, 143, 144, 147, 148, 149, 151, 154, 155, 156, 158, 161, 162, 163, 166, 167, 168, 171,
  172, 173, 177, 178, 179, 180, 181, 185, 186, 187, 191, 192,
];

const spansOf = (item: PlanItem): ExpectedSpan[] =>
  item.schedule.spans.map((s) =>
    s.track === undefined
      ? [s.startFiscalYear, s.endFiscalYear, s.label]
      : [s.startFiscalYear, s.endFiscalYear, s.label, s.track],
  );

/** Every string in a value, with its path. */
function strings(value: unknown, path = '$', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

describe('parsePlan on the seed', () => {
  const plan = parsePlan(seedBytes);

  it('reads exactly 54 items, in order', () => {
    expect(plan.items).toHaveLength(54);
    expect(plan.items.map((i) => i.serial)).toEqual(SEED_ITEMS.map((e) => e.serial));
  });

  it('gives every item the serial, code, parent, title, policy and section written in the seed', () => {
    const policyTitle = new Map(SEED_POLICIES.map((p) => [p.number, p.title]));
    const sectionTitle = new Map(SEED_SECTIONS.map((s) => [`${s.policy}/${s.number}`, s.title]));
    for (const [i, expected] of SEED_ITEMS.entries()) {
      const item = plan.items[i]!;
      expect(
        { serial: item.serial, code: item.code, parentCode: item.parentCode, title: item.title },
        `No.${expected.serial}`,
      ).toEqual({
        serial: expected.serial,
        code: expected.code,
        parentCode: expected.parentCode,
        title: expected.title,
      });
      expect(item.policy, `No.${expected.serial}`).toEqual({
        number: expected.policy,
        title: policyTitle.get(expected.policy),
      });
      expect(item.section, `No.${expected.serial}`).toEqual({
        number: expected.section,
        title: sectionTitle.get(`${expected.policy}/${expected.section}`),
      });
    }
  });

  it('gives every item its departments with roles, units and parents', () => {
    for (const [i, expected] of SEED_ITEMS.entries()) {
      expect(plan.items[i]!.departments, `No.${expected.serial}`).toEqual(expected.departments);
    }
  });

  it("gives every item the spans (with No.38's two tracks) and recurrences of its schedule", () => {
    for (const [i, expected] of SEED_ITEMS.entries()) {
      const item = plan.items[i]!;
      expect(spansOf(item), `No.${expected.serial} spans`).toEqual(expected.spans);
      expect(
        item.schedule.recurrences.map((r) => [r.everyYears, r.approximate]),
        `No.${expected.serial} recurrences`,
      ).toEqual(expected.recurrences);
    }
  });

  it("dates fiscal-year spans from April 1 to March 31, and No.11's 10月 as that month", () => {
    for (const item of plan.items) {
      for (const s of item.schedule.spans) {
        if (s.precision !== 'fiscal-year') continue;
        if (s.startFiscalYear !== null) expect(s.start).toBe(`${s.startFiscalYear}-04-01`);
        if (s.endFiscalYear !== null) expect(s.end).toBe(`${s.endFiscalYear + 1}-03-31`);
      }
    }
    expect(plan.items[10]!.schedule.spans[0]).toMatchObject({
      start: '2021-10-01',
      end: '2021-10-31',
      precision: 'month',
    });
  });

  it("records the line where each item's row starts", () => {
    expect(plan.items.map((i) => i.line)).toEqual(SEED_LINES);
  });

  it('reports the era mismatch of No.13 (2020(R3)年時点) with its serial and line, the two undated schedules, No.40 without a lead, and nothing else', () => {
    expect(plan.diagnostics.map((d) => [d.code, d.severity, d.serial, d.line])).toEqual([
      ['era-mismatch', 'warning', 13, 121],
      ['undated', 'info', 19, 131],
      ['no-lead', 'warning', 40, 167],
      ['undated', 'info', 50, 185],
    ]);
    const noLead = plan.diagnostics.find((d) => d.code === 'no-lead')!;
    expect(noLead.message).toBe(
      'No.40 主務課: no department is marked as the lead (◎); ICT, 総務 are marked as participating (○).',
    );
    expect(noLead.messageJa).toBe(
      'No.40 主務課: 主担当（◎）の組織がありません。「○ICT、総務」はどれも取組組織（○）です。',
    );
    expect(seedText.slice(noLead.source.start, noLead.source.end)).toBe('○ICT、総務');
    const mismatch = plan.diagnostics[0]!;
    expect(mismatch.message).toContain('2020(R3)');
    expect(seedText.slice(mismatch.source.start, mismatch.source.end)).toContain('2020(R3)年時点');
  });

  it('leaves no HTML tag in any text', () => {
    const found = strings(plan).filter(([, s]) => TAG.test(s));
    expect(found).toEqual([]);
  });

  it('keeps paragraphs and bullets as lines', () => {
    expect(plan.items[5]!.content).toBe(
      '市の様々な活動や資産を広告媒体として活用していきます。特に、新規事業や印刷物の作成時には、全庁的に、企業等とのタイアップや広告を活用可能性について検討します。\n※導入事例\n・印刷物（婚姻届外各種パンフレット、子育て支援ブック）\n・庁舎案内版、番号案内表示\n・公用封筒、窓口封筒',
    );
    expect(plan.items[37]!.scheduleText.split('\n')[1]).toBe('【内部情報系】');
  });

  it('lists the plan references of goals, keeping them in the goal text', () => {
    expect(plan.items[8]!.references).toEqual([
      '六次総基本計画02-06-01',
      '六次総基本計画07-04-01',
      '六次総基本計画07-04-02',
    ]);
    expect(plan.items[6]!.references).toEqual([
      '六次総基本構想第6章5-(4)カ「遊休資産の売却等徹底的な資産活用」',
    ]);
    expect(plan.items[52]!.references).toEqual(['第6次（前期）定員管理計画指標']);
    expect(plan.items[0]!.goal.endsWith('\n【六次総基本計画07-04-02】')).toBe(true);
    // 【窓口電子化の推進】 heads a paragraph of No.36's content: no reference.
    expect(plan.items[35]!.references).toEqual(['六次総基本計画07-04-04-①指標']);
    expect(plan.items.filter((i) => i.references.length > 0).map((i) => i.serial)).toEqual([
      1, 2, 3, 4, 7, 9, 10, 11, 12, 15, 16, 24, 26, 31, 33, 35, 36, 37, 42, 43, 44, 46, 48, 49, 50, 51, 52,
      53,
    ]);
  });

  it('reads the numeric goals of No.10, No.40 and No.53, and no others', () => {
    expect(plan.items.filter((i) => i.targets.length > 0).map((i) => i.serial)).toEqual([10, 40, 53]);
    expect(plan.items[9]!.targets.map((t) => [t.label, t.value, t.unit])).toEqual([
      ['市税(現年+滞繰)', 97.9, '%'],
      ['国保税(現年)', 93.4, '%'],
      ['後期(現年)', 99.2, '%'],
      ['介護(現年)', 99.4, '%'],
    ]);
    expect(plan.items[39]!.targets).toMatchObject([
      { label: 'セキュリティインシデント発生件数', value: 0, unit: '件' },
    ]);
    const staff = plan.items[52]!.targets[0]!;
    expect(staff).toMatchObject({ label: '職員数', from: 448, value: 439, unit: '人' });
    expect(staff.by).toMatchObject({ startFiscalYear: 2025, start: '2025-04-01' });
  });

  it('finds the dated mentions of contents and goals', () => {
    expect(plan.items[12]!.mentions.map((m) => [m.start, m.end])).toEqual([
      ['2016-10-01', '2016-10-31'], // H28.10策定
      ['2015-07-01', '2015-07-31'], // H27.7策定
      ['2020-01-01', '2020-12-31'], // 2020(R3)年時点: the Western year is kept
    ]);
    expect(plan.items[26]!.mentions.map((m) => m.start)).toEqual(['2020-12-18']);
    expect(plan.items[36]!.mentions.map((m) => m.start)).toEqual(['2020-12-01']);
    // No.26's goal: 2024(R6)年度までに — its source lies in the goal, after the content.
    const no26 = plan.items[25]!;
    const byGoal = no26.mentions[1]!;
    expect(byGoal).toMatchObject({ start: null, end: '2025-03-31' });
    expect(`${no26.content}\n${no26.goal}`.slice(byGoal.source.start, byGoal.source.end)).toContain(
      '2024(R6)年度までに',
    );
  });

  it('reads the title, the legend notes, both policies and all ten sections', () => {
    expect(plan.title).toBe('多賀城市役所経営プラン 取組項目一覧');
    expect(plan.notes).toHaveLength(4);
    expect(plan.notes![0]).toMatch(/^※1 年の表記は、「西暦（和暦）」の順に併記/);
    expect(plan.policies.map((p) => [p.number, p.title])).toEqual(
      SEED_POLICIES.map((p) => [p.number, p.title]),
    );
    expect(plan.sections.map((s) => [s.policy, s.number, s.title])).toEqual(
      SEED_SECTIONS.map((s) => [s.policy, s.number, s.title]),
    );
  });

  it('sums up what each department leads and joins, names as written or merged by aliases', () => {
    const byName = new Map(plan.departments.map((d) => [d.name, d]));
    expect(byName.get('上下水道部')).toEqual({ name: '上下水道部', leads: [31, 32, 33, 34], joins: [] });
    expect(byName.get('ICT')).toEqual({
      name: 'ICT',
      leads: [25, 26, 28, 29, 35, 36, 37, 38, 39],
      joins: [14, 40],
    });
    expect(byName.get('管財課')).toEqual({ name: '管財課', leads: [], joins: [21] });
    const merged = parsePlan(seedText, { aliases: { 管財課: '管財' } });
    expect(merged.departments.find((d) => d.name === '管財')).toEqual({
      name: '管財',
      leads: [6, 7, 8, 12, 14],
      joins: [5, 21],
    });
    expect(merged.departments.some((d) => d.name === '管財課')).toBe(false);
    expect(merged.items[20]!.departments[4]).toEqual({ name: '管財課', role: 'participating' });
  });

  it('reads the seed the same from a string, from bytes, and from UTF-8 bytes with a byte-order mark', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...seedBytes]);
    expect(parsePlan(seedText)).toEqual(plan);
    expect(parsePlan(withBom)).toEqual(plan);
  });
});

describe('parsePlan round trips', () => {
  const plan = parsePlan(seedText);

  it('JSON → Plan → JSON gives the same plan back', () => {
    const json = JSON.stringify(plan);
    const back = parsePlan(json);
    expect(back).toStrictEqual(JSON.parse(json));
    expect(JSON.stringify(back)).toBe(json);
  });

  it('Plan → CSV → Plan gives the same items back (all but the lines they sit on)', () => {
    const csv = toCSV(plan);
    const back = parsePlan(csv);
    const withoutLine = ({ line: _line, ...rest }: PlanItem) => rest;
    expect(back.items.map(withoutLine)).toEqual(plan.items.map(withoutLine));
    expect(back.policies.map((p) => [p.number, p.title])).toEqual(
      plan.policies.map((p) => [p.number, p.title]),
    );
    expect(back.sections.map((s) => [s.policy, s.number, s.title])).toEqual(
      plan.sections.map((s) => [s.policy, s.number, s.title]),
    );
    expect(back.departments).toEqual(plan.departments);
    expect(back.diagnostics.map((d) => [d.code, d.serial])).toEqual(
      plan.diagnostics.map((d) => [d.code, d.serial]),
    );
  });

  it('Plan → CSV → Plan also through Shift_JIS bytes, as Excel in Japan saves it', () => {
    const csv = toCSV(plan, { bom: false });
    const bytes = new Uint8Array(iconv.encode(csv, 'Shift_JIS'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const back = parsePlan(bytes);
    expect(back.items.map((i) => [i.serial, i.title, i.scheduleText])).toEqual(
      plan.items.map((i) => [i.serial, i.title, i.scheduleText]),
    );
    expect(back.items[37]!.schedule.spans.map((s) => s.track)).toEqual(
      plan.items[37]!.schedule.spans.map((s) => s.track),
    );
  });
});

describe('parsePlan formats', () => {
  it('reads a Shift_JIS CSV fixture with an English header', () => {
    const csv =
      'no,code,title,content,goal,schedule,departments,policy,section\r\n' +
      '1,1-1,収支均衡した予算編成,"予算編成を目指します。","市税97.9%の維持","2021(R3)年度～2022(R4)年度：検討\r\n2023(R5)年度以降：実施","◎財政、行政 ○所管課（税務、国保）",1 方針,(1) 施策\r\n';
    const plan = parsePlan(new Uint8Array(iconv.encode(csv, 'Shift_JIS')));
    expect(plan.diagnostics).toEqual([]);
    const [item] = plan.items;
    expect(item).toMatchObject({
      serial: 1,
      code: '1-1',
      parentCode: '1',
      title: '収支均衡した予算編成',
      line: 2,
    });
    expect(item!.schedule.spans.map((s) => [s.start, s.end])).toEqual([
      ['2021-04-01', '2023-03-31'],
      ['2023-04-01', null],
    ]);
    expect(item!.departments).toEqual([
      { name: '財政', role: 'primary' },
      { name: '行政', role: 'primary' },
      { name: '所管課', role: 'participating', units: ['税務', '国保'] },
    ]);
    expect(item!.targets).toMatchObject([{ label: '市税', value: 97.9, unit: '%' }]);
  });

  it('reads TSV with a Japanese header', () => {
    const tsv = '通し番号\t項目\tスケジュール\t主務課\n5\t2 財源創出\t毎年度実施\t◎財政\n';
    const plan = parsePlan(tsv);
    expect(plan.items.map((i) => [i.serial, i.code, i.title, i.schedule.recurrences.length])).toEqual([
      [5, '2', '財源創出', 1],
    ]);
  });

  it('reads a schedule line set in under the one above, in a CSV cell, as the rest of its label', () => {
    const csv =
      '通し番号,項目,スケジュール,主務課\n1,1 窓口改善,"令和3年度：システム導入に向けた\n　　　　　調査・検討\n令和4年度：構築",◎市民\n';
    const [item] = parsePlan(csv).items;
    expect(item!.schedule.spans.map((s) => [s.startFiscalYear, s.label])).toEqual([
      [2021, 'システム導入に向けた 調査・検討'],
      [2022, '構築'],
    ]);
    expect(item!.schedule.notes).toEqual([]);
  });

  it('reads the years of a schedule cell written as the columns of a table, with the words under each', () => {
    const csv = '通し番号,項目,スケジュール,主務課\n1,1 窓口改善,"R3　R4　R5\n検討　→　本格実施",◎市民\n';
    const [item] = parsePlan(csv).items;
    expect(item!.schedule.spans.map((s) => [s.startFiscalYear, s.label])).toEqual([
      [2021, '検討'],
      [2022, '検討'],
      [2023, '本格実施'],
    ]);
    expect(item!.schedule.notes).toEqual([]);
  });

  it('reads a schedule drawn in columns of years, and gives it back through toCSV', () => {
    const csv =
      'No,取組,令和3年度,令和4年度,令和5年度,担当課\n1,窓口改善,検討,実施,→,◎市民\n2,台帳整備,●,,●,◎総務\n';
    const plan = parsePlan(csv);
    const spans = (p: Plan) =>
      p.items.map((i) => i.schedule.spans.map((s) => [s.startFiscalYear, s.endFiscalYear, s.label]));
    expect(spans(plan)).toEqual([
      [
        [2021, 2021, '検討'],
        [2022, 2023, '実施'],
      ],
      [
        [2021, 2021, '●'],
        [2023, 2023, '●'],
      ],
    ]);
    expect(plan.diagnostics).toEqual([]);
    expect(spans(parsePlan(toCSV(plan)))).toEqual(spans(plan));
  });

  it("reads a CSV whose header names its columns as another city's plan does", () => {
    const csv =
      '連番,取組名,実施内容,成果指標,スケジュール（R3～R7）,所管課 ※◎主担当\n' +
      '1,窓口のオンライン化,手続をオンライン化します。,対象手続の拡大,2023年度後期：試行 2024年度～：本格実施,◎ICT ○市民\n';
    const plan = parsePlan(csv);
    expect(plan.diagnostics).toEqual([]);
    expect(
      plan.items.map((i) => [i.serial, i.title, i.content, i.goal, i.departments.map((d) => d.name)]),
    ).toEqual([[1, '窓口のオンライン化', '手続をオンライン化します。', '対象手続の拡大', ['ICT', '市民']]]);
    expect(plan.items[0]!.schedule.spans.map((s) => [s.start, s.end, s.label])).toEqual([
      ['2023-10-01', '2024-03-31', '試行'],
      ['2024-04-01', null, '本格実施'],
    ]);
  });

  it('reads the months of an annual plan in the fiscal year it is for, in schedules and prose', () => {
    const csv =
      '通し番号,項目,取組内容,スケジュール\n1,窓口調査,5月に説明会を開きます。,4月～6月：調査 1月：公表\n';
    const [item] = parsePlan(csv, { fiscalYear: 2024 }).items;
    expect(item!.schedule.spans.map((s) => [s.start, s.end])).toEqual([
      ['2024-04-01', '2024-06-30'],
      ['2025-01-01', '2025-01-31'],
    ]);
    expect(item!.mentions.map((s) => s.start)).toEqual(['2024-05-01']);
    const unread = parsePlan(csv);
    const [unplaced] = unread.items;
    expect(unplaced!.schedule.spans).toEqual([]);
    expect(unplaced!.mentions).toEqual([]);
    // Without the year, each of the schedule's months is reported at its cell, with the item (the content's
    // month is prose, and is not).
    const cell = { start: csv.indexOf('4月～6月'), end: csv.length - 1 };
    expect(
      unread.diagnostics
        .filter((d) => d.code === 'yearless-month')
        .map((d) => [d.serial, d.line, d.source, d.message.slice(0, d.message.indexOf(' names'))]),
    ).toEqual([
      [1, 2, cell, 'No.1 スケジュール: 「4月」'],
      [1, 2, cell, 'No.1 スケジュール: 「1月」'],
    ]);
  });

  it('honours a forced format', () => {
    const text = 'no,title\n1,a';
    expect(parsePlan(text).items).toHaveLength(1);
    const forced = parsePlan(text, { format: 'plan-text' });
    expect(forced.items).toEqual([]);
    expect(forced.diagnostics.some((d) => d.code === 'no-items' && d.severity === 'error')).toBe(true);
  });

  it('reports duplicate and missing serials with their lines', () => {
    const plan = parsePlan(
      'no,title,schedule,departments\n1,a,2021年度,◎x\n1,b,2021年度,◎x\n4,c,2021年度,◎x\n',
    );
    expect(plan.diagnostics.map((d) => [d.code, d.serial, d.line])).toEqual([
      ['duplicate-serial', 1, 3],
      ['missing-serial', 2, 4],
    ]);
    expect(plan.items).toHaveLength(3);
  });

  it('reports an item with an empty 主務課 and one with an empty schedule', () => {
    const plan = parsePlan('no,title,schedule,departments\n1,a,,\n');
    expect(plan.diagnostics.map((d) => [d.code, d.severity, d.serial, d.line])).toEqual([
      ['undated', 'info', 1, 2],
      ['no-department', 'warning', 1, 2],
    ]);
  });

  it('lifts an era mismatch inside a schedule to the plan, with serial and line', () => {
    const plan = parsePlan('no,title,schedule,departments\n1,a,"2019(R2)年度：検討",◎x\n');
    expect(plan.diagnostics).toMatchObject([{ code: 'era-mismatch', serial: 1, line: 2 }]);
    expect(plan.diagnostics[0]!.message).toContain('スケジュール');
  });
});

describe('parsePlan on bad input', () => {
  it('reports malformed CSV and keeps reading', () => {
    const plan = parsePlan('no,title,schedule,departments\n1,"a,2021年度,◎x\n2,b,2022年度,◎x,extra\n');
    expect(plan.items.map((i) => i.serial)).toEqual([1, 2]);
    expect(plan.diagnostics.map((d) => [d.code, d.line])).toEqual(
      expect.arrayContaining([
        ['unclosed-quote', 2],
        ['ragged-row', 3],
      ]),
    );
  });

  it('reports JSON that does not parse, with its line, and returns no items', () => {
    const plan = parsePlan('{\n  "title": "x",\n  "items": [,]\n}');
    expect(plan.items).toEqual([]);
    expect(plan.diagnostics).toMatchObject([{ code: 'invalid-json', severity: 'error', line: 3 }]);
  });

  it('reports each way a JSON document is not a Plan, by JSON path, and returns no items', () => {
    const valid = parsePlan(seedText);
    const broken = JSON.parse(JSON.stringify(valid)) as Record<string, unknown> & {
      items: Record<string, unknown>[];
    };
    broken.title = 7;
    broken.items[3]!.serial = 'four';
    delete broken.items[5]!.schedule;
    const plan = parsePlan(JSON.stringify(broken));
    expect(plan.items).toEqual([]);
    expect(plan.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([
      ['invalid-plan', 'error', '$.title: expected a string'],
      ['invalid-plan', 'error', '$.items[3].serial: expected an integer'],
      ['invalid-plan', 'error', '$.items[5].schedule: is missing'],
    ]);
    expect(parsePlan('[1, 2]').diagnostics).toMatchObject([
      { code: 'invalid-plan', message: '$: expected an object' },
    ]);
  });

  it('says what was expected when a document holds no items', () => {
    for (const input of ['', 'hello', '\u0000\u0001', new Uint8Array([0xff, 0xfe, 0x00])]) {
      const plan = parsePlan(input);
      expect(plan.items).toEqual([]);
      const error = plan.diagnostics.find((d) => d.severity === 'error');
      expect(error?.message).toMatch(/Expected/);
    }
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const plan = parsePlan(s);
        expect(Array.isArray(plan.items)).toBe(true);
        if (plan.items.length === 0) expect(plan.diagnostics.some((d) => d.severity === 'error')).toBe(true);
      }),
    );
  });

  it('never throws on strings built from the pieces of plans', () => {
    const piece = fc.constantFrom(
      'No.1',
      'No.',
      '\t',
      '\n',
      '\r\n',
      ',',
      '"',
      '{',
      '}',
      '[',
      '"title"',
      ':',
      '通し番号',
      '項目',
      'スケジュール',
      '主務課',
      'no',
      'title',
      '1-1 a',
      '■実施方針1 x',
      '(1) y',
      '**',
      '<p>',
      '</p>',
      '<ul style="x">',
      '・',
      '。 ',
      '【計画01-02】',
      '◎財政',
      '○所管課（税務、',
      '2021(R3)年度：',
      '～',
      '2020(R3)年',
      '<凡例>',
      '- ※1',
      '448人から',
      '439人',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        for (const format of [undefined, 'plan-text', 'csv', 'tsv', 'json'] as const) {
          const plan: Plan = parsePlan(pieces.join(''), format ? { format } : {});
          for (const d of plan.diagnostics) {
            if (d.serial !== undefined) expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.messageJa, d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
          }
        }
      }),
    );
  });

  it('says every diagnostic in Japanese too, as plan editors read them', () => {
    const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
    const inputs: (string | Uint8Array)[] = [
      seedText,
      'no,title,schedule,departments\n1,a,"2019(R2)年度：検討",\n1,b,12345年度,◎x\n4,c,2021年2月30日,◎x\n',
      'no,title,schedule,departments\n5,d,2023年度～2021年度,◎x\n6,"e,2021年度,◎x\n',
      'no,title,schedule\n7,"f"x,2021年度\n',
      'no,no,title,memo,schedule\n1,1,a,m,2021年度,extra\n,,,,\nx,y\n',
      'title,schedule\na,2021年度\n',
      '{"title": ',
      '{"title": 1}',
      new Uint8Array([0x82, 0xa0, 0xff, 0xfe, 0x80, 0x81]),
      null as unknown as string,
      '',
    ];
    const codes = new Set<string>();
    const plans = [
      ...inputs.map((input) => parsePlan(input)),
      parsePlan('foo,bar\n1,2\n', { format: 'csv' }),
    ];
    for (const plan of plans) {
      for (const d of plan.diagnostics) {
        codes.add(d.code);
        expect(d.messageJa, `${d.code}: ${d.message}`).toMatch(JAPANESE);
      }
    }
    for (const code of [
      'era-mismatch',
      'undated',
      'no-department',
      'no-lead',
      'duplicate-serial',
      'missing-serial',
      'absurd-year',
      'invalid-date',
      'reversed-range',
      'unclosed-quote',
      'malformed-quote',
      'duplicate-column',
      'unknown-column',
      'no-serial-column',
      'unread-row',
      'ragged-row',
      'no-header',
      'no-items',
      'invalid-json',
      'invalid-plan',
      'encoding',
      'invalid-input',
    ])
      expect(codes, code).toContain(code);
    // The seed's one warning, as its editors would read it.
    expect(parsePlan(seedText).diagnostics[0]!.messageJa).toBe(
      'No.13 取組内容: 「2020(R3)年」: 令和3年は2021年で、2020年ではありません。西暦の2020年として読みます',
    );
  });

  it('never throws on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Array.isArray(parsePlan(bytes).items)).toBe(true);
      }),
    );
  });

  it('returns an error plan for input that is neither a string nor bytes', () => {
    expect(parsePlan(null as unknown as string).diagnostics).toMatchObject([
      { code: 'invalid-input', severity: 'error' },
    ]);
    for (const other of [new Uint16Array(4), new DataView(new ArrayBuffer(4)), { length: 0 }, [0x41]])
      expect(parsePlan(other as unknown as string).diagnostics[0]!.code, String(other)).toBe('invalid-input');
  });

  it('reads bytes made in another realm (an iframe, a vm context) as bytes', () => {
    const bytes = runInNewContext('new Uint8Array(length)', { length: seedBytes.length }) as Uint8Array;
    bytes.set(seedBytes);
    expect(bytes instanceof Uint8Array).toBe(false);
    expect(parsePlan(bytes)).toEqual(parsePlan(seedBytes));
  });

  it('does not mutate its input', () => {
    const bytes = new Uint8Array(seedBytes);
    parsePlan(bytes, { aliases: Object.freeze({ 管財課: '管財' }) });
    expect(Buffer.compare(Buffer.from(bytes), seedBytes)).toBe(0);
  });
});
