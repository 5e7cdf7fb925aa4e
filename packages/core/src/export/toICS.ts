import type { Plan, PlanItem, Recurrence, Span } from '../model/types.js';
import { addDays } from '../fiscal/addDays.js';
import { fiscalYearRange } from '../fiscal/fiscalYearRange.js';
import { monthsOfFiscalYear } from '../fiscal/monthsOfFiscalYear.js';
import { parseIsoDate } from '../fiscal/parseIsoDate.js';
import { formatDepartments } from './formatDepartments.js';
import { isolateDirection } from './isolateDirection.js';

/** Options for {@link toICS}. */
export interface ToICSOptions {
  /**
   * The DTSTAMP of every event: a `Date` or a UTC stamp `YYYYMMDDTHHMMSSZ`. Defaults to
   * `19700101T000000Z`, so that the same plan always gives the same file.
   */
  timestamp?: Date | string;
  /**
   * What to do with a span open at one end (`2023(R5)年度以降`, `～2020年度`): `'extend'`
   * (default) runs it to the end of the last (or from the start of the first) fiscal year that
   * any dated span of the plan reaches; `'skip'` leaves it out.
   */
  openSpans?: 'extend' | 'skip';
  /** Also write the dated mentions in each item's content and goal (default `false`). */
  mentions?: boolean;
  /** The calendar's name (X-WR-CALNAME); defaults to the plan's title. */
  calendarName?: string;
}

const PRODID = '-//plan-timeline//@plan-timeline/core//JA';

/** RFC 5545 TEXT escaping; control characters other than tab are dropped, CR LF and CR become \n. */
function escapeText(text: string): string {
  return (
    wellFormed(text)
      // U+0085, U+2028 and U+2029 end lines too (some readers split at them): they are written as line breaks.
      .replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  );
}

/** Replaces lone surrogates with U+FFFD, so every character has a UTF-8 encoding. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * RFC 5545 §3.1 folding: lines of at most 75 octets (UTF-8), continuation lines start with one
 * space. Cut by slices, not character by character: a calendar of thousands of events is
 * megabytes of text.
 */
function fold(line: string): string {
  // At most 3 octets per UTF-16 code unit (a surrogate pair is 4 octets in 2 units).
  if (line.length <= 25) return `${line}\r\n`;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length;) {
    const c = line.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const size = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (octets + size > 75) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 1;
    }
    octets += size;
    i += pair ? 2 : 1;
  }
  parts.push(line.slice(start));
  return `${parts.join('\r\n ')}\r\n`;
}

function formatStamp(timestamp: Date | string | undefined): string {
  if (timestamp === undefined) return '19700101T000000Z';
  if (typeof timestamp === 'string') {
    if (!/^\d{8}T\d{6}Z$/.test(timestamp)) {
      throw new RangeError(
        `toICS: timestamp must be a Date or YYYYMMDDTHHMMSSZ, got ${JSON.stringify(timestamp)}`,
      );
    }
    return timestamp;
  }
  if (!(timestamp instanceof Date) || Number.isNaN(timestamp.getTime())) {
    throw new RangeError('toICS: timestamp is an invalid Date');
  }
  return timestamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A small stable hash (FNV-1a, 32 bits) so that UIDs differ between plans. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The fiscal years the plan's dated spans reach, or undefined when none is dated. */
function planExtent(plan: Plan, withMentions: boolean): { first: number; last: number } | undefined {
  let first = Infinity;
  let last = -Infinity;
  for (const item of plan.items) {
    const spans = withMentions ? [...item.schedule.spans, ...item.mentions] : item.schedule.spans;
    for (const span of spans) {
      for (const fy of [span.startFiscalYear, span.endFiscalYear]) {
        if (fy !== null && Number.isInteger(fy)) {
          first = Math.min(first, fy);
          last = Math.max(last, fy);
        }
      }
    }
  }
  return Number.isFinite(first) ? { first, last } : undefined;
}

const isMonth = (month: unknown): boolean =>
  Number.isInteger(month) && (month as number) >= 1 && (month as number) <= 12;

function basicDate(iso: string): string {
  return iso.replace(/-/g, '');
}

/**
 * Writes every span of a plan's schedules as an all-day event of an iCalendar (RFC 5545) file,
 * for calendar applications.
 *
 * Each span becomes a VEVENT with `DTSTART;VALUE=DATE` its first day and `DTEND;VALUE=DATE` the
 * day after its last (DTEND is exclusive). SUMMARY is `No.13 title: label`; DESCRIPTION holds the
 * schedule text the span was read from, its track and the 主務課; CATEGORIES the lead departments.
 * UIDs are stable: made of a hash of the plan title, the item serial, the span's index and its
 * dates as written (`open` for an open end). Open spans are extended to the plan's extent or
 * skipped (`options.openSpans`); spans whose dates are not real ISO dates, or run backwards, are
 * left out. A recurrence that names its months (`毎年度末：公表`, every March) is one event over
 * those months that repeats (`RRULE:FREQ=YEARLY;INTERVAL=n`, `UNTIL` the end of the plan's last
 * fiscal year), from the item's first dated fiscal year or, if it has none, the plan's; one that
 * names none (毎年度) is not written, nor one in a plan with no dated span, nor one whose months
 * are no months. Lines are folded at 75 octets of UTF-8 without splitting a character, and end
 * with CRLF; the output depends only on the plan and the options.
 *
 * @param plan - the plan to write (not changed)
 * @param options - timestamp, open-span handling, mentions, calendar name
 * @returns the iCalendar text
 * @throws {RangeError} when `options.timestamp` is not a valid Date or UTC stamp
 *
 * @example
 * toICS(plan).split('\r\n').slice(0, 3)
 * //=> ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//plan-timeline//@plan-timeline/core//JA']
 */
export function toICS(plan: Plan, options: ToICSOptions = {}): string {
  const stamp = formatStamp(options.timestamp);
  const withMentions = options.mentions === true;
  const extent = planExtent(plan, withMentions);
  const planId = hash(plan.title);
  let out = '';
  const line = (name: string, value: string): void => {
    out += fold(`${name}:${value}`);
  };

  line('BEGIN', 'VCALENDAR');
  line('VERSION', '2.0');
  line('PRODID', PRODID);
  line('CALSCALE', 'GREGORIAN');
  line('METHOD', 'PUBLISH');
  const name = options.calendarName ?? plan.title;
  if (name) line('X-WR-CALNAME', escapeText(name));

  /** The lines every event of an item ends with: its summary, description, lead departments. */
  const about = (item: PlanItem, label: string, text: string, notes: string[]): void => {
    const title = `No.${item.serial} ${isolateDirection(item.title)}`;
    const description: string[] = [];
    if (text) description.push(text);
    description.push(...notes);
    const departments = formatDepartments(item.departments);
    if (departments) description.push(`主務課: ${departments}`);
    line('SUMMARY', escapeText(label ? `${title}: ${label}` : title));
    if (description.length > 0) line('DESCRIPTION', escapeText(description.join('\n')));
    const leads = item.departments.filter((d) => d.role === 'primary').map((d) => escapeText(d.name));
    if (leads.length > 0) line('CATEGORIES', leads.join(','));
    line('TRANSP', 'TRANSPARENT');
    line('END', 'VEVENT');
  };

  const event = (item: PlanItem, span: Span, uidPart: string, text: string): void => {
    let start = span.start;
    let end = span.end;
    const open = start === null || end === null;
    if (open && options.openSpans === 'skip') return;
    if (start === null) {
      const fy = Math.min(extent?.first ?? Infinity, span.endFiscalYear ?? Infinity);
      if (!Number.isFinite(fy) || fy < 1 || fy > 9998) return;
      start = fiscalYearRange(fy).start;
    }
    if (end === null) {
      const fy = Math.max(extent?.last ?? -Infinity, span.startFiscalYear ?? -Infinity);
      if (!Number.isFinite(fy) || fy < 1 || fy > 9998) return;
      end = fiscalYearRange(fy).end;
    }
    if (!parseIsoDate(start) || !parseIsoDate(end) || end < start || end === '9999-12-31') return;

    const notes: string[] = [];
    if (span.track) notes.push(`【${span.track}】`);
    if (span.approximate) notes.push('（目途）');
    if (span.start === null) notes.push('開始時期の定めなし（計画の初年度から表示）');
    if (span.end === null) notes.push('終了時期の定めなし（計画の最終年度まで表示）');

    line('BEGIN', 'VEVENT');
    line(
      'UID',
      `${planId}-no${item.serial}-${uidPart}-${span.start ?? 'open'}-${span.end ?? 'open'}@plan-timeline`,
    );
    line('DTSTAMP', stamp);
    line('DTSTART;VALUE=DATE', basicDate(start));
    line('DTEND;VALUE=DATE', basicDate(addDays(end, 1)));
    about(item, span.label, text, notes);
  };

  const repeated = (item: PlanItem, recurrence: Recurrence, index: number): void => {
    const { months } = recurrence;
    if (!months || !extent || !isMonth(months.from) || !isMonth(months.to)) return;
    // Counted from the item's first dated fiscal year, as the timeline draws it, else from the plan's.
    let first = Infinity;
    for (const span of item.schedule.spans)
      if (span.startFiscalYear !== null) first = Math.min(first, span.startFiscalYear);
    if (!Number.isFinite(first)) first = extent.first;
    const every = Math.max(1, Math.round(recurrence.everyYears));
    if (first < 1 || first > extent.last || extent.last > 9997 || !Number.isSafeInteger(every)) return;
    const { start, end } = monthsOfFiscalYear(first, months);
    const notes: string[] = [];
    if (recurrence.track) notes.push(`【${recurrence.track}】`);
    if (recurrence.approximate) notes.push('（目安）');

    line('BEGIN', 'VEVENT');
    line('UID', `${planId}-no${item.serial}-r${index}-${months.from}-${months.to}@plan-timeline`);
    line('DTSTAMP', stamp);
    line('DTSTART;VALUE=DATE', basicDate(start));
    line('DTEND;VALUE=DATE', basicDate(addDays(end, 1)));
    line('RRULE', `FREQ=YEARLY;INTERVAL=${every};UNTIL=${basicDate(fiscalYearRange(extent.last).end)}`);
    about(
      item,
      recurrence.label,
      item.scheduleText.slice(recurrence.source.start, recurrence.source.end),
      notes,
    );
  };

  for (const item of plan.items) {
    item.schedule.spans.forEach((span, index) => {
      event(item, span, `s${index}`, item.scheduleText.slice(span.source.start, span.source.end));
    });
    if (withMentions) {
      item.mentions.forEach((span, index) => event(item, span, `m${index}`, ''));
    }
    item.schedule.recurrences.forEach((recurrence, index) => repeated(item, recurrence, index));
  }
  line('END', 'VCALENDAR');
  return out;
}
