import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { toICS } from './toICS.js';
import { parseSchedule } from '../schedule/parseSchedule.js';
import { samplePlan } from '../../test-utils/exportFixtures.js';
import type { Plan } from '../model/types.js';

interface Event {
  uid: string;
  start: string;
  end: string;
  allDay: boolean;
  summary: string;
  description: string;
  categories: string[];
  stamp: string;
}

/**
 * Reads the calendar back with ical.js, event by event: `events` those of spans, `repeating` those that
 * repeat (recurrences), with their dates in the years `until`.
 */
function readBack(
  text: string,
  until = 2030,
): { calendar: ICAL.Component; events: Event[]; repeating: (Event & { dates: string[] })[] } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevents = calendar.getAllSubcomponents('vevent');
  const read = (vevent: ICAL.Component): Event => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      allDay: event.startDate.isDate && event.endDate.isDate,
      summary: event.summary,
      description: event.description,
      categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
      stamp: String(vevent.getFirstPropertyValue('dtstamp')),
    };
  };
  const events = vevents.filter((v) => !v.hasProperty('rrule')).map(read);
  const repeating = vevents
    .filter((v) => v.hasProperty('rrule'))
    .map((vevent) => {
      const dates: string[] = [];
      const iterator = new ICAL.Event(vevent).iterator();
      for (let next = iterator.next(); next && next.year <= until; next = iterator.next())
        dates.push(next.toString());
      return { ...read(vevent), dates };
    });
  return { calendar, events, repeating };
}

describe('toICS', () => {
  it('writes a VCALENDAR with VERSION, PRODID and the plan title', () => {
    const { calendar } = readBack(toICS(samplePlan()));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//plan-timeline//@plan-timeline/core//JA');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('多賀城市役所経営プラン 取組項目一覧');
  });

  it('writes every span as an all-day event with an exclusive DTEND', () => {
    const { events } = readBack(toICS(samplePlan()));
    expect(events.map((e) => [e.start, e.end, e.allDay])).toEqual([
      ['2021-04-01', '2022-04-01', true], // 2021(R3)年度
      ['2023-04-01', '2024-04-01', true], // 2023(R5)年度以降, run to the plan's last fiscal year (FY2023)
      ['2021-09-01', '2021-10-01', true], // 2021(R3)年9月
      ['2021-09-28', '2021-09-29', true], // 令和3年9月28日
      ['2020-04-01', '2021-04-01', true], // (~2020年度), from the plan's first fiscal year (FY2020)
    ]);
  });

  it('reads back summaries, descriptions and categories with , ; \\ " and line breaks intact', () => {
    const { events } = readBack(toICS(samplePlan()));
    expect(events[0]!.summary).toBe(
      'No.26 総合行政情報システムの更新に伴う業務の標準化・効率化（BPRの推進）: 内部情報系業務BPR',
    );
    expect(events[0]!.description).toBe(
      '2021(R3)年度：内部情報系業務BPR\n主務課: ◎財政、行政 ○所管課（税務、国保、介護）',
    );
    expect(events[0]!.categories).toEqual(['財政', '行政']);
    expect(events[1]!.description).toContain('終了時期の定めなし');
    expect(events[2]!.summary).toBe(
      'No.38 総合行政情報システムの最適化, クラウド化: 仕様書作成; 入札, "公告"',
    );
    expect(events[2]!.description).toBe(
      '2021(R3)年9月：仕様書作成; 入札, "公告"\n【住民情報系】\n主務課: ◎ICT（総務部） ○総務（人事）',
    );
    expect(events[3]!.summary).toContain('契約\\締結（長い説明が続きます。');
    expect(events[3]!.summary.endsWith('）😀')).toBe(true);
    expect(events[3]!.description).toContain('（目途）');
    expect(events[4]!.description).toContain('開始時期の定めなし');
  });

  it('writes a recurrence that names its months as an event over them, repeating to the plan’s last year', () => {
    const { repeating } = readBack(toICS(samplePlan()));
    // 毎年度末 (March) of No.38, whose first span is in FY2021: every March from FY2021's to FY2023's (the
    // plan's last fiscal year), each an all-day event over the month.
    expect(repeating.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
      ['No.38 総合行政情報システムの最適化, クラウド化: 点検', '2022-03-01', '2022-04-01', true],
    ]);
    expect(repeating[0]!.dates).toEqual(['2022-03-01', '2023-03-01', '2024-03-01']);
    expect(repeating[0]!.uid).toMatch(/^[0-9a-f]{8}-no38-r0-3-3@plan-timeline$/);
    expect(repeating[0]!.categories).toEqual(['ICT']);
  });

  it('writes an event for each time of the year a schedule names: 毎年6月と12月', () => {
    const plan = samplePlan();
    const item = plan.items[1]!;
    item.schedule.recurrences = parseSchedule('毎年6月と12月に点検').recurrences;
    const { repeating } = readBack(toICS(plan));
    expect(repeating.map((e) => [e.start, e.end, e.dates.length])).toEqual([
      ['2021-06-01', '2021-07-01', 3],
      ['2021-12-01', '2022-01-01', 3],
    ]);
    expect(new Set(repeating.map((e) => e.uid)).size).toBe(2);
  });

  it('repeats every N years from the item’s first dated year, or the plan’s, and writes none without months', () => {
    const plan = samplePlan();
    const item = plan.items[1]!;
    item.schedule.recurrences = [
      {
        everyYears: 2,
        approximate: true,
        months: { from: 10, to: 3 },
        label: '調査',
        source: { start: 0, end: 0 },
      },
      { everyYears: 1, approximate: false, label: '毎年度の点検', source: { start: 0, end: 0 } },
    ];
    const { repeating } = readBack(toICS(plan));
    expect(repeating.map((e) => [e.start, e.end, e.dates])).toEqual([
      ['2021-10-01', '2022-04-01', ['2021-10-01', '2023-10-01']],
    ]);
    expect(repeating[0]!.description).toContain('（目安）');
    // With no span of its own, from the plan's first fiscal year (FY2020).
    item.schedule.spans = [];
    expect(readBack(toICS(plan)).repeating[0]!.dates).toEqual(['2020-10-01', '2022-10-01']);
    // Months that are no months (a plan built by hand) are left out, not thrown at.
    item.schedule.recurrences[0]!.months = { from: 13, to: 3 };
    expect(readBack(toICS(plan)).repeating).toEqual([]);
    item.schedule.recurrences[0]!.months = { from: 10, to: 3 };
    // A plan with no dated span has no years to repeat in.
    for (const other of plan.items) other.schedule.spans = [];
    expect(readBack(toICS(plan)).repeating).toEqual([]);
  });

  it('gives stable UIDs made of the plan, serial, span index and dates', () => {
    const first = readBack(toICS(samplePlan())).events.map((e) => e.uid);
    const again = readBack(toICS(samplePlan(), { timestamp: '20240101T000000Z' })).events.map((e) => e.uid);
    expect(new Set(first).size).toBe(first.length);
    expect(again).toEqual(first);
    expect(first[0]).toMatch(/^[0-9a-f]{8}-no26-s0-2021-04-01-2022-03-31@plan-timeline$/);
    expect(first[1]).toMatch(/-no26-s1-2023-04-01-open@plan-timeline$/);
    const other = readBack(toICS({ ...samplePlan(), title: '別の計画' })).events.map((e) => e.uid);
    expect(other[0]).not.toBe(first[0]);
  });

  it('is deterministic: a fixed DTSTAMP unless one is given', () => {
    expect(toICS(samplePlan())).toBe(toICS(samplePlan()));
    expect(toICS(samplePlan())).toContain('\r\nDTSTAMP:19700101T000000Z\r\n');
    const stamped = toICS(samplePlan(), { timestamp: new Date('2024-05-01T12:34:56.789Z') });
    expect(readBack(stamped).events[0]!.stamp).toBe('2024-05-01T12:34:56Z');
    expect(() => toICS(samplePlan(), { timestamp: 'yesterday' })).toThrow(RangeError);
    expect(() => toICS(samplePlan(), { timestamp: new Date(Number.NaN) })).toThrow(RangeError);
  });

  it('folds lines at 75 octets of UTF-8 without splitting a character, with CRLF line ends', () => {
    const text = toICS(samplePlan());
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let folded = 0;
    for (const line of lines) {
      const bytes = new TextEncoder().encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(bytes)).not.toThrow();
      expect(line).not.toMatch(/[\uD800-\uDBFF]$/); // no surrogate pair cut in two
      if (line.startsWith(' ')) folded++;
    }
    expect(folded).toBeGreaterThan(3);
  });

  it('fills each folded line as far as 75 octets allow, and unfolds to the line as written', () => {
    const plan = samplePlan();
    // ASCII (1 octet), kana (3), 𠮷 (4, a surrogate pair) and é (2), in a title long enough to fold several times.
    const title = 'BPR 総合行政情報システム 𠮷野家 café '.repeat(6);
    plan.items[0] = { ...plan.items[0]!, title };
    const text = toICS(plan);
    const start = text.indexOf('SUMMARY:');
    const physical = text.slice(start).split('\r\n');
    const end = physical.findIndex((line, i) => i > 0 && !line.startsWith(' '));
    const lines = physical.slice(0, end);
    expect(lines.length).toBeGreaterThan(3);
    const unfolded = lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('');
    expect(unfolded.startsWith(`SUMMARY:No.${plan.items[0]!.serial} ${title}`)).toBe(true);
    const octets = (s: string): number => new TextEncoder().encode(s).length;
    lines.forEach((line, i) => {
      expect(octets(line)).toBeLessThanOrEqual(75);
      // Greedy: the next line's first character would not have fitted.
      const next = lines[i + 1];
      if (next) expect(octets(line) + octets(String.fromCodePoint(next.codePointAt(1)!))).toBeGreaterThan(75);
    });
  });

  it('skips open spans when asked', () => {
    const { events } = readBack(toICS(samplePlan(), { openSpans: 'skip' }));
    expect(events.map((e) => e.start)).toEqual(['2021-04-01', '2021-09-01', '2021-09-28']);
  });

  it('writes dated mentions when asked, and they widen the plan extent', () => {
    const { events } = readBack(toICS(samplePlan(), { mentions: true }));
    expect(events).toHaveLength(6);
    expect(events.find((e) => e.uid.includes('-no38-m0-'))!.start).toBe('2016-10-01');
    expect(events.find((e) => e.uid.includes('-no13-s0-'))!.start).toBe('2016-04-01');
  });

  it('leaves out spans with impossible or backward dates', () => {
    const plan = samplePlan();
    plan.items[0]!.schedule.spans[0]!.end = '2021-02-30';
    plan.items[1]!.schedule.spans[0]!.end = '2020-01-01';
    expect(readBack(toICS(plan)).events).toHaveLength(3);
  });

  it('writes an empty calendar for a plan without items, and strips control characters', () => {
    const empty: Plan = {
      title: 'a\u0007b',
      policies: [],
      sections: [],
      items: [],
      departments: [],
      diagnostics: [],
    };
    const { calendar, events } = readBack(toICS(empty));
    expect(events).toEqual([]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('ab');
  });

  it('writes U+2028, U+2029 and U+0085 as the line breaks they are, so no reader splits a line at them', () => {
    const plan = samplePlan();
    const first = plan.items[0]!;
    const tricky: Plan = {
      ...plan,
      title: 'a\u2028X-INJ:1',
      items: [{ ...first, title: `題\u2029SUMMARY:偽\u0085終`, schedule: first.schedule }],
    };
    const ics = toICS(tricky);
    expect(ics).not.toMatch(/[\u0085\u2028\u2029]/);
    const { calendar, events } = readBack(ics);
    expect(ics).toContain('X-WR-CALNAME:a\\nX-INJ:1\r\n');
    expect(calendar.getAllProperties().map((p) => p.name)).not.toContain('x-inj');
    expect(events[0]!.summary.startsWith('No.26 題\nSUMMARY:偽\n終: ')).toBe(true);
  });

  it('isolates a title holding a direction control, so that it cannot turn the words after it around', () => {
    const plan = samplePlan();
    const first = plan.items[0]!;
    const { events } = readBack(toICS({ ...plan, items: [{ ...first, title: '題\u202E' }] }));
    expect(events[0]!.summary.startsWith('No.26 \u2068題\u202E\u2069: ')).toBe(true);
    expect(readBack(toICS(plan)).events[0]!.summary.startsWith(`No.26 ${first.title}: `)).toBe(true);
  });

  it('does not mutate the plan', () => {
    const plan = samplePlan();
    const before = structuredClone(plan);
    toICS(plan, { mentions: true });
    expect(plan).toEqual(before);
  });
});
