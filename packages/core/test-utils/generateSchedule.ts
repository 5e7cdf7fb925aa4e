import type { Note, Recurrence, Schedule, Span } from '../src/model/types.js';
import type { Random } from './createRandom.js';

/** What {@link generateSchedule} may write. */
export interface GenerateScheduleOptions {
  /** First fiscal year a span may start in. */
  firstFiscalYear: number;
  /** Last fiscal year a span may end in (`firstFiscalYear + 5` at least). */
  lastFiscalYear: number;
  /** How many dated entries (spans) to write: `[min, max]`, at most 5 each. */
  spans: readonly [number, number];
}

/** A schedule cell: its plain text and the Schedule a reader should find in it. */
export interface GeneratedSchedule {
  /** The cell as plain text; paragraphs (track headings, the 毎年度 sentence) on their own lines. */
  text: string;
  /** The spans, recurrences and notes written into `text`, with their offsets. */
  schedule: Schedule;
}

const LABELS = [
  '現状把握、検証方法の検討',
  '手続き・手法の検討',
  '受託者の選定',
  '指定管理者制度の運用開始',
  '導入検討、システム選定',
  '運用設計・構築、データ移行',
  '並行稼働、検証を経て本稼働',
  '基本構想策定',
  '基本設計',
  '実施設計',
  '工事着手',
  '事務処理の見直し(BPR)、仕様決定',
  'システム構築、試行',
  '検証、本格稼働',
  '先行事例の検討、関連課との協議',
  '導入の検討、検証',
  'ルール化検討',
  '一部組織改編',
  '方針の策定',
  '使用料見直しの検討',
] as const;

const YEARLY = [
  '取組内容や目標に記載した事項について着実に実施していきます。',
  '取組内容及び目標に記載した事項について着実に実施していきます。',
  '取組内容及び目標に記載した事項について、柔軟に対応していきます。',
] as const;

const TRACKS = ['内部情報系', '住民情報系', '施設整備', '制度設計', 'ソフト事業', 'ハード事業'] as const;

/** The seed's era abbreviation for a fiscal year, read on its first day (FY2019 → H31, FY2020 → R2). */
function eraOfFiscalYear(fy: number): string {
  if (fy >= 2020) return `R${fy - 2018}`;
  if (fy >= 1989) return `H${fy - 1988}`;
  if (fy >= 1926) return `S${fy - 1925}`;
  throw new RangeError(`generateSchedule: fiscal year ${fy} is before 1926`);
}

interface Entry {
  /** The entry as written (date and label). */
  text: string;
  span?: Omit<Span, 'source' | 'track'>;
  recurrence?: Omit<Recurrence, 'source' | 'track'>;
}

/** Appends text to a growing string while handing back where each piece landed. */
class Writer {
  text = '';
  write(piece: string): { start: number; end: number } {
    const start = this.text.length;
    this.text += piece;
    return { start, end: this.text.length };
  }
}

/**
 * Writes one synthetic スケジュール cell in the seed's notations (`2021(R3)年度：…`, ranges with ～, open
 * ends `～：` and `以降`, `毎年度、…`, `3年毎：…`, `【…】` track headings) together with the Schedule
 * it means: fiscal-year spans from April 1 to March 31, open ends as `null`.
 *
 * @param random - The seeded source of choices (advanced by the call).
 * @param options - Year bounds and how many spans to write.
 * @returns The cell text and its Schedule.
 * @example
 * generateSchedule(createRandom(1), { firstFiscalYear: 2020, lastFiscalYear: 2030, spans: [1, 1] }).text;
 * //=> '2030（R12）年度：使用料見直しの検討'
 */
export function generateSchedule(random: Random, options: GenerateScheduleOptions): GeneratedSchedule {
  const { firstFiscalYear: first, lastFiscalYear: last } = options;
  const [min, max] = options.spans;
  if (last - first < 5)
    throw new RangeError(`generateSchedule: need at least 6 fiscal years, got ${first}–${last}`);
  if (min < 0 || max > 5 || min > max)
    throw new RangeError(`generateSchedule: bad spans range [${min}, ${max}]`);
  const count = random.int(min, max);
  const fullWidth = random.chance(0.1);
  const year = (fy: number): string =>
    fullWidth ? `${fy}（${eraOfFiscalYear(fy)}）年度` : `${fy}(${eraOfFiscalYear(fy)})年度`;

  // Durations first, so that every requested span fits between the bounds.
  const room = last - first + 1;
  const durations = Array.from({ length: count }, () => (random.chance(0.3) ? random.int(2, 3) : 1));
  while (durations.reduce((a, b) => a + b, 0) > room)
    durations[durations.indexOf(Math.max(...durations))]! -= 1;
  const used = durations.reduce((a, b) => a + b, 0);
  let fy = first + random.int(0, room - used);

  const dated: Entry[] = [];
  durations.forEach((duration, i) => {
    const label = random.pick(LABELS);
    const start = `${fy}-04-01`;
    const isLast = i === count - 1;
    const open = isLast && random.chance(0.25) ? random.pick(['～', '以降'] as const) : null;
    if (open) {
      dated.push({
        text: `${year(fy)}${open}：${label}`,
        span: span(start, null, fy, null, label),
      });
    } else if (duration > 1) {
      const endFy = fy + duration - 1;
      dated.push({
        text: `${year(fy)}～${year(endFy)}：${label}`,
        span: span(start, `${endFy + 1}-03-31`, fy, endFy, label),
      });
    } else {
      dated.push({ text: `${year(fy)}：${label}`, span: span(start, `${fy + 1}-03-31`, fy, fy, label) });
    }
    fy += duration;
  });

  const yearly: Entry | null = random.chance(0.3)
    ? (() => {
        const label = random.pick(YEARLY);
        return { text: `毎年度、${label}`, recurrence: { everyYears: 1, approximate: false, label } };
      })()
    : null;
  const periodic: Entry | null = random.chance(0.1)
    ? (() => {
        const n = random.int(2, 5);
        return {
          text: `${n}年毎：見直しの実施`,
          recurrence: { everyYears: n, approximate: false, label: '見直しの実施' },
        };
      })()
    : null;
  const tracked = dated.length >= 2 && random.chance(0.05);
  const paragraphs = tracked || random.chance(0.3);

  const w = new Writer();
  const spans: Span[] = [];
  const recurrences: Recurrence[] = [];
  const notes: Note[] = [];
  const separator = paragraphs ? '\n' : ' ';
  const emit = (entry: Entry, track?: string): void => {
    if (w.text.length > 0 && !/[\n ]$/.test(w.text)) w.write(' ');
    const source = w.write(entry.text);
    const withTrack = track === undefined ? {} : { track };
    if (entry.span) spans.push({ ...entry.span, ...withTrack, source });
    if (entry.recurrence) recurrences.push({ ...entry.recurrence, ...withTrack, source });
  };

  if (yearly) {
    emit(yearly);
    if (dated.length > 0 || periodic) w.write(separator);
  }
  if (tracked) {
    const names = [random.pick(TRACKS.slice(0, 3)), random.pick(TRACKS.slice(3))];
    const cut = Math.ceil(dated.length / 2);
    const groups = [dated.slice(0, cut), dated.slice(cut)];
    groups.forEach((group, g) => {
      if (g > 0) w.write('\n');
      const heading = `【${names[g]}】`;
      notes.push({ text: heading, source: w.write(heading) });
      w.write('\n');
      for (const entry of group) emit(entry, names[g]);
    });
  } else {
    for (const entry of dated) emit(entry);
  }
  if (periodic) {
    if (paragraphs && w.text.length > 0) w.write('\n');
    emit(periodic);
  }
  return { text: w.text, schedule: { spans, recurrences, notes, diagnostics: [] } };
}

function span(
  start: string,
  end: string | null,
  startFiscalYear: number,
  endFiscalYear: number | null,
  label: string,
): Omit<Span, 'source' | 'track'> {
  return { start, end, startFiscalYear, endFiscalYear, precision: 'fiscal-year', approximate: false, label };
}
