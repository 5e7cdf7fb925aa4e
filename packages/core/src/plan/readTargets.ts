import type { Span, Target } from '../model/types.js';

/** Units a numeric goal is counted in, longest first so that 千円 wins over 円. */
const UNITS = [
  'ポイント',
  '箇所',
  'か所',
  'ヶ所',
  'カ所',
  '千円',
  '万円',
  '億円',
  '時間',
  '施設',
  '団体',
  '世帯',
  'トン',
  '%',
  '％',
  '人',
  '件',
  '回',
  '円',
  '名',
  '台',
  '点',
  '倍',
  '割',
  '校',
  '社',
  '店',
  '冊',
  '本',
];
const QUANTITY = new RegExp(
  `([0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?)\\s*(${UNITS.join('|')})`,
  'g',
);
/** After a quantity: it is the value today (`448人から`, `448人 →`). */
const FROM_AFTER = /^\s*(?:から|→|⇒|->|－>|➡)/;
/** After a quantity: it is a change, not a level (`9人減員`, `10%削減`). */
const CHANGE_AFTER = /^\s*(?:の)?(?:減|増|削減|縮減|増加|低減|向上分)/;
/** A date leading a label: `2021(R3)年度当初の`, `令和7年度までに`. */
const LEADING_DATE =
  /^(?:[0-9０-９]{4}\s*(?:[(（][^)）]{0,8}[)）])?|(?:令和|平成|昭和|[RHSＲＨＳ])\s*[0-9０-９元]+\s*(?:[(（][^)）]{0,8}[)）])?)\s*(?:年度|年)(?:当初|末|中|内|時点)?\s*(?:における|において|時点で|までに|まで|の|に|で|は)?/;
const PARTICLES_END = /[\sをはがのにでと、,，:：・]+$/;
const PARTICLES_START = /^[\sをはがのにでと、,，:：・]+/;

interface Quantity {
  value: number;
  unit: string;
  start: number;
  end: number;
  from: boolean;
  change: boolean;
}

const toHalfWidth = (s: string): string =>
  s.replace(/[０-９．，％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Cleans the text before a quantity into what is measured. */
function labelOf(text: string): string {
  let label = text;
  const comma = Math.max(label.lastIndexOf('、'), label.lastIndexOf('，'));
  if (comma >= 0 && label.slice(comma + 1).trim() !== '') label = label.slice(comma + 1);
  label = label.replace(PARTICLES_START, '');
  label = label.replace(LEADING_DATE, '');
  return label.replace(PARTICLES_START, '').replace(PARTICLES_END, '');
}

/** Replaces 【…】 references by spaces of the same length, so offsets stay those of the text. */
function blankReferences(text: string): string {
  return text.replace(/【[^【】]*】/g, (m) => ' '.repeat(m.length));
}

const ARROW = /[→⇒➡>]/;
const ANY_DIGIT = /[0-9０-９]/;
const DIGIT = /[0-9０-９]/;

/**
 * Splits into clauses at `。` and line breaks, and at spaces that start a new
 * clause (not before a digit or an arrow, not after an arrow), keeping offsets.
 */
function clauses(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const cut = (end: number, next: number): void => {
    if (text.slice(start, end).trim()) out.push({ start, end });
    start = next;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '。') cut(i + 1, i + 1);
    else if (c === '\n' || c === '\r') cut(i, i + 1);
    else if (c === ' ' || c === '\u3000' || c === '\t') {
      let j = i;
      while (j < text.length && /[ \u3000\t]/.test(text[j]!)) j++;
      const before = text.slice(start, i).trimEnd().at(-1) ?? '';
      const after = text[j] ?? '';
      if (after && !DIGIT.test(after) && !ARROW.test(after) && !ARROW.test(before)) cut(i, j);
      i = j - 1;
    }
  }
  cut(text.length, text.length);
  return out;
}

/** The latest of the mentions, by their last day (or first, when open-ended). */
function latest(spans: readonly Span[]): Span | undefined {
  let best: Span | undefined;
  const key = (s: Span): string => s.end ?? s.start ?? '';
  for (const s of spans) if (!best || key(s) > key(best)) best = s;
  return best;
}

/**
 * Reads the numeric goals written in a 目標 cell: each value with its unit,
 * what is measured, the value today when given (`448人から`), and by when when
 * a dated mention accompanies it.
 *
 * The text is cut into clauses at `。`, line breaks and spaces that start a new
 * clause (the seed lists `市税(現年+滞繰)97.9%の維持 国保税(現年)93.4%を向上`
 * side by side; a space before a number or around an arrow does not cut); 【】
 * references are not read. In a clause, a quantity followed by から or → is
 * the value today; one followed by 減, 増, 削減 … is a change and is read only
 * when nothing else is given; the last other quantity is the value aimed at.
 * A clause without a value today yields one target per quantity. The label is
 * the text before the quantity, after the last `、`, without a leading date
 * and particles. `by` is the latest of `mentions` (spans with offsets into
 * `text`, as the schedule module's mention finder gives them) overlapping the
 * clause, leaving out one that dates the value today (lying between the `、`
 * before it and the value today).
 * Numbers that are part of dates are never targets: no date unit is a target
 * unit. Never throws.
 *
 * @param text - the 目標 text, plain
 * @param mentions - dated mentions found in `text` (offsets into it); optional
 * @returns the targets, in order
 * @example
 * readTargets('市税(現年+滞繰)97.9%の維持 国保税(現年)93.4%を向上')
 * //=> [{ label: '市税(現年+滞繰)', value: 97.9, unit: '%', text: '市税(現年+滞繰)97.9%の維持' },
 * //    { label: '国保税(現年)', value: 93.4, unit: '%', text: '国保税(現年)93.4%を向上' }]
 * readTargets('セキュリティインシデント発生件数を0件とします。')
 * //=> [{ label: 'セキュリティインシデント発生件数', value: 0, unit: '件', text: 'セキュリティインシデント発生件数を0件とします。' }]
 */
export function readTargets(text: string, mentions: readonly Span[] = []): Target[] {
  // Every target is a number: most goals have none.
  if (typeof text !== 'string' || !ANY_DIGIT.test(text)) return [];
  const plain = blankReferences(text);
  const targets: Target[] = [];

  for (const clause of clauses(plain)) {
    const body = plain.slice(clause.start, clause.end);
    const quantities: Quantity[] = [];
    for (const m of body.matchAll(QUANTITY)) {
      const start = clause.start + (m.index ?? 0);
      const end = start + m[0].length;
      const after = plain.slice(end, clause.end);
      const value = Number(toHalfWidth(m[1]!).replace(/,/g, ''));
      if (!Number.isFinite(value)) continue;
      quantities.push({
        value,
        unit: toHalfWidth(m[2]!),
        start,
        end,
        from: FROM_AFTER.test(after),
        change: CHANGE_AFTER.test(after),
      });
    }
    if (quantities.length === 0) continue;

    const clauseText = text.slice(clause.start, clause.end).trim();
    const inClause = mentions.filter((s) => s.source.start < clause.end && s.source.end > clause.start);
    const from = quantities.find((q) => q.from);

    if (from) {
      const levels = quantities.filter(
        (q) => !q.from && !q.change && q.unit === from.unit && q.start > from.start,
      );
      const changes = quantities.filter(
        (q) => !q.from && q.change && q.unit === from.unit && q.start > from.start,
      );
      const aim = levels.at(-1) ?? changes.at(-1);
      if (!aim) continue;
      const commaBefore = Math.max(
        plain.lastIndexOf('、', from.start),
        plain.lastIndexOf('，', from.start),
        clause.start,
      );
      const by = latest(
        inClause.filter((s) => !(s.source.start >= commaBefore && s.source.end <= from.start)),
      );
      const label = labelOf(plain.slice(clause.start, from.start));
      targets.push(
        by
          ? { label, from: from.value, value: aim.value, unit: aim.unit, by, text: clauseText }
          : { label, from: from.value, value: aim.value, unit: aim.unit, text: clauseText },
      );
      continue;
    }

    const levels = quantities.filter((q) => !q.change);
    const chosen = levels.length > 0 ? levels : quantities;
    let labelStart = clause.start;
    for (const q of chosen) {
      const by = latest(inClause);
      const label = labelOf(plain.slice(labelStart, q.start));
      targets.push(
        by
          ? { label, value: q.value, unit: q.unit, by, text: clauseText }
          : { label, value: q.value, unit: q.unit, text: clauseText },
      );
      labelStart = q.end;
    }
  }
  return targets;
}
