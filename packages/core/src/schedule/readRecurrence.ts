import { ByCodeUnit, isRangeDash, skipInlineBlanks, wordAt, wordMatcher } from './chars.js';
import type { RecurrenceExpression } from './expressions.js';
import { lastNumeral, numeralAt } from './readNumeral.js';

const PREFIX_MARKERS = ['おおむね', '概ね', '大体', '約'];
const SUFFIX_MARKERS = ['目安', '目途', '程度', 'めど'];
const EVERY = ['ごと', '毎', '周期'];
const ONCE = ['に1度', 'に一度', 'に1回', 'に一回', '1度', '一度', '1回', '一回'];
const YEARLY: readonly [string, number][] = [
  ['毎会計年度', 1],
  ['毎年度', 1],
  ['毎年', 1],
  ['各年度', 1],
  ['隔年度', 2],
  ['隔年', 2],
  ['年に1度', 1],
  ['年に一度', 1],
  ['年に1回', 1],
  ['年に一回', 1],
  ['年1回', 1],
  ['年1度', 1],
];

const prefixMarker = wordMatcher(PREFIX_MARKERS);
const suffixMarker = wordMatcher(SUFFIX_MARKERS);
const everyWord = wordMatcher(EVERY);
const onceWord = wordMatcher(ONCE);

/** A small count of years (1–99) at `p`: where it ends (its value in `lastNumeral`), or -1. */
function countAt(text: string, p: number): number {
  const end = numeralAt(text, p);
  return end < 0 || lastNumeral.huge || lastNumeral.value < 1 || lastNumeral.value > 99 ? -1 : end;
}

const YEAR = 0x5e74; // 年

/** `年毎`, `年ごと`, `年に1度`, `年周期` after a count of years: where it ends, or -1. */
function readEveryTail(text: string, p: number): number {
  if (text.charCodeAt(p) !== YEAR) return -1;
  const every = everyWord(text, p + 1);
  if (every) return p + 1 + every.length;
  const once = onceWord(text, p + 1);
  if (once) return p + 1 + once.length;
  return -1;
}

/** The yearly words by first character, in the order they are tried. */
const YEARLY_BY_FIRST = new ByCodeUnit(YEARLY, (entry) => entry[0].charCodeAt(0));

/** What {@link readCore} read last: one record, overwritten by every call that reads a recurrence. */
const coreRead = { everyYears: 0, everyYearsMax: 0, end: 0 };

/** Sets {@link coreRead} (`max` 0: no range of years); returns `end`. */
function core(everyYears: number, max: number, end: number): number {
  coreRead.everyYears = everyYears;
  coreRead.everyYearsMax = max;
  coreRead.end = end;
  return end;
}

/** The recurrence at `i` without its hedges: where it ends (what it says in {@link coreRead}), or -1. */
function readCore(text: string, i: number): number {
  const yearly = YEARLY_BY_FIRST.get(text.charCodeAt(i));
  if (yearly) {
    const second = text.charCodeAt(i + 1);
    for (let k = 0; k < yearly.length; k++) {
      const word = yearly[k]![0];
      if (word.charCodeAt(1) === second && wordAt(text, word, i))
        return core(yearly[k]![1], 0, i + word.length);
    }
  }
  const nEnd = countAt(text, i);
  if (nEnd < 0) return -1;
  const n = lastNumeral.value;
  const single = readEveryTail(text, nEnd);
  if (single >= 0) return core(n, 0, single);
  // 3年~5年ごと, 3～5年ごと, 3年から5年ごと
  let p = text.charCodeAt(nEnd) === YEAR ? nEnd + 1 : nEnd;
  p = skipInlineBlanks(text, p, 1);
  if (isRangeDash(text.charCodeAt(p))) p += 1;
  else if (text.startsWith('から', p)) p += 2;
  else return -1;
  const mEnd = countAt(text, skipInlineBlanks(text, p, 1));
  if (mEnd < 0) return -1;
  const m = lastNumeral.value;
  if (m < n) return -1;
  const tail = readEveryTail(text, mEnd);
  if (tail < 0) return -1;
  return core(n, m === n ? 0 : m, tail);
}

/**
 * Reads a recurrence at `i`: `毎年度`, `毎年`, `各年度`, `隔年`, `3年毎`, `5年ごと`, `3年に1度`, `年1回`,
 * `概ね5年ごと`, `おおむね3年毎`, `3年~5年ごと` (3 to 5 years), with a hedge before or after it
 * (`概ね`, `おおむね`, `約`, `を目安`, `程度`) making it approximate.
 *
 * @param text - normalised text
 * @param i - offset to read at
 * @returns the recurrence, or `null` when none starts at `i`
 */
export function readRecurrence(text: string, i: number): RecurrenceExpression | null {
  let approximate = false;
  let at = i;
  const prefix = prefixMarker(text, i);
  if (prefix) {
    approximate = true;
    at = skipInlineBlanks(text, i + prefix.length, 1);
  }
  let end = readCore(text, at);
  if (end < 0) return null;
  const { everyYears, everyYearsMax } = coreRead;
  let q = skipInlineBlanks(text, end, 1);
  if (text.charCodeAt(q) === 0x3092 /* を */) q++;
  const marker = suffixMarker(text, q);
  if (marker) {
    approximate = true;
    end = q + marker.length;
  }
  const result: RecurrenceExpression = {
    type: 'recurrence',
    start: i,
    end,
    everyYears,
    approximate,
  };
  if (everyYearsMax !== 0) result.everyYearsMax = everyYearsMax;
  return result;
}
