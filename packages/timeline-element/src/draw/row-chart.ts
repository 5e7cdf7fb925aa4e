import {
  isolateDirection,
  type LayoutRow,
  type PlanItem,
  type Recurrence,
  type Span,
} from '@plan-timeline/core';
import type { TimeScale } from '../scale/utc-scale.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ownLang } from '../i18n/plan-lang.js';
import type { Words } from '../i18n/words.js';
import { bandName, howOften, howOftenEach, wordsAfterSpan } from '../time/describe-recurrence.js';
import { bandExtents, bandsBeginAt, recurrenceAnchor } from './band-extents.js';
import { barColorClass } from './bar-color.js';
import { describeSpan, isoRange, type EraMode, type Lang } from '../time/describe-span.js';
import { DAY, isoToDate } from '../time/iso.js';
import { fitStart, fitText } from './fit-text.js';

/** Everything a row's chart needs besides the row itself. */
export interface ChartContext {
  /** View scale: UTC instants → x in the frame's coordinates. */
  scale: TimeScale;
  /** Visible x range (frame coordinates): labels, arrows and open ends keep to it. */
  left: number;
  right: number;
  /**
   * The x range drawn (frame coordinates), the visible one and some room on
   * either side, so that a zoom or pan gesture can move the drawing for a
   * while before it is drawn again. Spans wholly outside it are culled.
   */
  drawLeft: number;
  drawRight: number;
  /** First lane's top, lane pitch, bar height and font size, in pixels. */
  top: number;
  lanePitch: number;
  barHeight: number;
  fontSize: number;
  era: EraMode;
  lang: Lang;
  words: Words;
  /** The fiscal year recurrences count from. */
  anchorFiscalYear: number;
  /** Index of the selected span when this row's item is selected; `-1` for the item alone; `null` when not selected. */
  selectedSpan: number | null;
  /** Index of the span that holds the roving focus (tabindex 0) in this row, if any. */
  tabbableSpan: number | null;
}

/**
 * How a bar (or milestone) is named for assistive technology: the item, its track, the words the bar shows
 * (its own, or those of the recurrence right after it) and its dates, so that the words seen are in the name.
 */
export function spanName(
  item: PlanItem,
  index: number,
  track: string | undefined,
  ctx: Pick<ChartContext, 'era' | 'lang' | 'words'>,
): string {
  const span = item.schedule.spans[index];
  if (!span) return item.title;
  // Names are asked for every bar in every frame while zooming: work each out once.
  const key = `${ctx.era}|${ctx.lang}|${track ?? ''}|${item.title}`;
  let names = NAMES.get(span);
  if (!names) NAMES.set(span, (names = new Map()));
  const known = names.get(key);
  if (known !== undefined) return known;
  const name = nameOf(item, span, track, ctx);
  names.set(key, name);
  return name;
}

const NAMES = new WeakMap<Span, Map<string, string>>();

function nameOf(
  item: PlanItem,
  span: Span,
  track: string | undefined,
  ctx: Pick<ChartContext, 'era' | 'lang' | 'words'>,
): string {
  const when = describeSpan(span, ctx.era, ctx.lang);
  const words = span.label || wordsAfterSpan(item, span, ctx.words, ctx.lang);
  // Plan text is isolated where it holds a direction control, so that it cannot turn the dates after it around.
  const what = words ? `${isolateDirection(words)}、` : '';
  const where = track ? `［${isolateDirection(track)}］` : '';
  return `${isolateDirection(item.title)}${where}: ${what}${when} (${isoRange(span)})`;
}

/**
 * The chart part of one row, as a Lit template of absolutely placed boxes in
 * the row's chart (whose left edge is the frame's x `ctx.left`): bars for
 * spans, their words inside them (fading out to the right with an arrow when
 * open-ended, fading in when open at the start, soft-edged when approximate:
 * the bar has the class `fade-out`, `fade-in`, `fade-both` or `soft`, which
 * the styles mask), diamonds for month and day milestones, light repeating
 * bands for recurrences, and an "ongoing / undated" mark for items without any
 * date. Spans outside the view are culled. All plan text goes through Lit
 * bindings, as text.
 *
 * The boxes are HTML, not SVG: a bar is a box with its words in it, where an SVG bar was a group, a rect and a
 * text, in an svg of its own per row: the rows hold about 30 % fewer elements, and a zoom or pan step took
 * about 30 % less time. Their places are written as `style.cssText` (a property, not a `style` attribute, which
 * a strict Content-Security-Policy would refuse).
 *
 * @param row - the row
 * @param item - the row's item (absent for group rows)
 * @param colorIndex - the palette colour of the item's lead department (see `barColorClass`)
 * @param ctx - scale, geometry, notation and words
 * @returns the template
 */
export function rowChart(
  row: LayoutRow,
  item: PlanItem | undefined,
  colorIndex: number,
  ctx: ChartContext,
): TemplateResult | typeof nothing {
  if (!item || row.kind === 'group') return nothing;
  const rowBottom = ctx.top + row.lanes * ctx.lanePitch;

  // Recurrences count from the item's first dated year when it has one (3年毎 from a 2021 review), else from the plan's.
  const anchor = recurrenceAnchor(item, ctx.anchorFiscalYear);
  // The bands say only how often, in one label for all of them ("毎年度・3年毎"), kept clear of the row's
  // first bar or milestone; the full sentence is each band's accessible name and is in the details.
  const often = row.recurrences.map(({ recurrence }) => howOften(recurrence, ctx.words, ctx.lang));
  // Recurrences written together (毎年6月と12月) are said once: 毎年度（6月・12月）.
  const together =
    row.recurrences.length > 1
      ? howOftenEach(
          row.recurrences.map((r) => r.recurrence),
          ctx.words,
          ctx.lang,
        )
      : often;
  const label =
    row.recurrences.length > 0
      ? bandLabelPlace(together.join(ctx.lang === 'en' ? ' · ' : '・'), row, anchor, ctx)
      : null;
  const bands = row.recurrences.map(({ recurrence, index }, i) =>
    recurrenceBand(often[i]!, recurrence, index, i === 0 ? label : null, rowBottom, anchor, ctx),
  );

  const summary =
    row.expandable &&
    row.expanded &&
    row.spans.length === 0 &&
    row.recurrences.length === 0 &&
    item.schedule.spans.length > 0
      ? summaryLine(item, ctx)
      : nothing;

  const undated = row.undated
    ? html`<div
        class="undated"
        role="img"
        lang=${ownLang(ctx.lang)}
        aria-label=${`${isolateDirection(item.title)}: ${ctx.words.undated}`}
        .style=${`top:${ctx.top}px;height:${ctx.barHeight}px;line-height:${ctx.barHeight}px`}
      >
        <span>${ctx.words.undated}</span>
      </div>`
    : nothing;

  // Keyed by the span's index: a span's nodes stay while the view moves, and only their places change.
  return html`${bands}${repeat(
    row.spans,
    (placed) => placed.index,
    (placed) => spanShape(row, item, barColorClass(colorIndex), placed, ctx),
  )}${summary}${undated}`;
}

/** A length in CSS pixels, to two decimals (enough for a drawing, and short to write and parse). */
function px(value: number): string {
  return `${Math.round(value * 100) / 100}px`;
}

/** A bar or milestone with its words, or `nothing` when it lies outside the drawn range. */
function spanShape(
  row: LayoutRow,
  item: PlanItem,
  color: string,
  placed: LayoutRow['spans'][number],
  ctx: ChartContext,
): TemplateResult | typeof nothing {
  const { scale, left, right, drawLeft, drawRight } = ctx;
  const { span, index, lane } = placed;
  const start = span.start ? isoToDate(span.start) : null;
  const endDay = span.end ? isoToDate(span.end) : null;
  const end = endDay ? new Date(endDay.getTime() + DAY) : null;
  if (!start && !end) return nothing;
  const y = ctx.top + lane * ctx.lanePitch;
  const selected = ctx.selectedSpan === index;
  const role = row.role === 'join' ? ' join' : '';
  const approximate = span.approximate ? ' approximate' : '';
  // Its words, or those of the recurrence right after it (令和3年度から毎年度点検), else its dates.
  const words = span.label || wordsAfterSpan(item, span, ctx.words, ctx.lang);
  // The chart says the plan's language: the element's own words (its dates) say theirs where it differs.
  const textLang = words ? nothing : ownLang(ctx.lang);
  const tabindex = ctx.tabbableSpan === index ? 0 : -1;

  if (placed.shape === 'milestone' && start && end) {
    const cx = (scale(start) + scale(end)) / 2;
    const r = ctx.barHeight / 2;
    if (cx + r < drawLeft || cx - r > drawRight) return nothing;
    const text = fitText(
      words || describeSpan(span, ctx.era, ctx.lang),
      Math.min(220, right - cx - r - 8),
      ctx.fontSize,
    );
    // The diamond is drawn by the styles inside the box; its words follow it, outside.
    return html`<div
        class="milestone ${color}${role}${approximate}${selected ? ' selected' : ''}"
        part="milestone"
        role="button"
        tabindex=${tabindex}
        aria-label=${spanName(item, index, row.track, ctx)}
        data-span=${index}
        .style=${`left:${px(cx - r - left)};top:${px(y)};width:${px(2 * r)};height:${px(2 * r)}`}
      ></div>
      <span
        class="milestone-label"
        aria-hidden="true"
        lang=${textLang}
        .style=${`left:${px(cx + r + 4 - left)};top:${px(y)};line-height:${px(2 * r)}`}
        >${text}</span
      >`;
  }

  let x1 = start ? scale(start) : left - 4;
  let x2 = end ? scale(end) : right + 4;
  if (x2 < drawLeft || x1 > drawRight) return nothing;
  const openStart = !start;
  const openEnd = !end;
  if (openEnd && x2 - x1 < 48) x2 = x1 + 48;
  if (x2 - x1 < 2) x2 = x1 + 2;
  x1 = Math.max(x1, drawLeft - 4);
  x2 = Math.min(x2, drawRight + 4);
  // The fades and soft edges are CSS masks (see the styles).
  const mask =
    openEnd && openStart
      ? ' fade-both'
      : openEnd
        ? ' fade-out'
        : openStart
          ? ' fade-in'
          : span.approximate
            ? ' soft'
            : '';
  // Words stay on the solid part of a fading bar, so that they keep their contrast, and in view; the styles end
  // them with … where they overflow.
  const solid1 = openStart ? x1 + (x2 - x1) * 0.55 : x1;
  const solid2 = openEnd ? x1 + (x2 - x1) * 0.45 : x2;
  const textX = Math.max(solid1, left) + 6;
  const textEnd = Math.min(solid2, right - (openEnd ? 18 : 0)) - 6;
  const text = fitStart(words || describeSpan(span, ctx.era, ctx.lang), textEnd - textX, ctx.fontSize);
  const classes = `bar ${color}${role}${approximate}${openEnd ? ' open-end' : ''}${openStart ? ' open-start' : ''}${mask}${selected ? ' selected' : ''}`;
  // The bar's padding keeps its words there. They are whole words (see fitStart), all of them in its name: a
  // button's visible words are to be found in its name.
  const padStart = Math.min(x2 - x1, textX - x1);
  const padEnd = Math.max(0, x2 - Math.max(textEnd, textX));
  return html`<div
      class=${classes}
      part="bar"
      lang=${textLang}
      role="button"
      tabindex=${tabindex}
      aria-label=${spanName(item, index, row.track, ctx)}
      data-span=${index}
      .style=${`left:${px(x1 - left)};top:${px(y)};width:${px(x2 - x1)};height:${px(ctx.barHeight)};line-height:${px(ctx.barHeight)};padding:0 ${px(padEnd)} 0 ${px(padStart)}`}
    >
      ${text}
    </div>
    ${
      openEnd
        ? html`<span
            class="arrow ${color}${role}"
            aria-hidden="true"
            .style=${`left:${px(Math.min(x2, right) - 14 - left)};top:${px(y + ctx.barHeight / 2 - 5)}`}
          ></span>`
        : nothing
    }`;
}

/** Where a row's band label is drawn ({@link bandLabelPlace}). */
interface BandLabel {
  /** Where it begins, or where it ends when it is drawn `before` the bands. */
  x: number;
  text: string;
  before: boolean;
}

/**
 * Where a row's band label goes, and how much of it: in the bands from where they begin in view (the anchor's
 * year, or the view's left edge), up to the row's first bar or milestone after that; or, where that room would
 * cut it and the view before the bands holds it whole, just before them. No words when the bands begin past the
 * view.
 */
function bandLabelPlace(
  full: string,
  row: LayoutRow,
  anchorFiscalYear: number,
  ctx: ChartContext,
): BandLabel {
  const start = bandsBeginAt(ctx.scale, ctx.left, anchorFiscalYear);
  const x = start + 8;
  if (x >= ctx.right - 8) return { x, text: '', before: false };
  const room = Math.min(firstShapeAfter(row, x, ctx) - 6, ctx.right - 8) - x;
  const text = fitText(full, Math.min(room, 200), ctx.fontSize);
  if (text === full || start <= ctx.left) return { x, text, before: false };
  const before = fitText(full, Math.min(start - 6 - (ctx.left + 8), 200), ctx.fontSize) === full;
  return before ? { x: start - 6, text: full, before } : { x, text, before };
}

/** The left edge of the row's first bar or milestone that starts right of `x` (else the view's right edge). */
function firstShapeAfter(row: LayoutRow, x: number, ctx: ChartContext): number {
  let first = ctx.right;
  for (const { span, shape } of row.spans) {
    const start = span.start ? isoToDate(span.start) : null;
    if (!start) continue;
    const left = ctx.scale(start) - (shape === 'milestone' ? ctx.barHeight / 2 : 0);
    if (left > x && left < first) first = left;
  }
  return first;
}

/**
 * A recurrence's light band over the years it comes in from its anchor on, or over the months it names in them
 * (`毎年度末`: each March; see {@link bandExtents}), with the row's band label when given one (see
 * {@link bandLabelPlace}). The band is one box over the drawn range, its years the hard-edged stops of one
 * gradient: one element however many years are in view.
 */
function recurrenceBand(
  often: string,
  recurrence: Recurrence,
  index: number,
  label: BandLabel | null,
  bottom: number,
  anchorFiscalYear: number,
  ctx: ChartContext,
): TemplateResult {
  const top = ctx.top - 2;
  const height = Math.max(4, bottom - top - (ctx.lanePitch - ctx.barHeight) + 4);
  const { drawLeft, drawRight } = ctx;
  const { dense, ranges } = bandExtents(recurrence, ctx.scale, drawLeft, drawRight, anchorFiscalYear);
  const fill = bandFill(ranges, drawLeft, 'var(--plan-band-color)');
  const place = `left:${px(drawLeft - ctx.left)};top:${px(top)};width:${px(drawRight - drawLeft)};height:${px(height)}`;
  return html`<div
    class=${dense ? 'band dense' : 'band'}
    role="img"
    lang=${ownLang(ctx.lang)}
    aria-label=${bandName(often, recurrence)}
    data-recurrence=${index}
    .style=${fill ? `${place};background-image:${fill}` : place}
  >
    ${
      label === null || label.text === ''
        ? nothing
        : html`<span
            class=${label.before ? 'band-label before' : 'band-label'}
            aria-hidden="true"
            .style=${`left:${px(label.x - drawLeft)};line-height:${px(height)}`}
            >${label.text}</span
          >`
    }
  </div>`;
}

/**
 * The ranges `[x1, x2]` (in order) as one CSS gradient for a box whose left edge is at `origin`, coloured where
 * they are and clear between them; `''` for none.
 *
 * @example
 * bandFill([[110, 150], [160, 200]], 100, 'blue')
 * //=> 'linear-gradient(to right,transparent 0px 10px,blue 10px 50px,transparent 50px 60px,blue 60px 100px,transparent 100px)'
 */
function bandFill(ranges: readonly (readonly [number, number])[], origin: number, color: string): string {
  if (ranges.length === 0) return '';
  let stops = '';
  let at = 0;
  for (const [x1, x2] of ranges) {
    stops += `,transparent ${px(at)} ${px(x1 - origin)},${color} ${px(x1 - origin)} ${px(x2 - origin)}`;
    at = x2 - origin;
  }
  return `linear-gradient(to right${stops},transparent ${px(at)})`;
}

/** A thin bracket over the time all of an item's spans cover, drawn on an item row whose spans sit in track rows. */
function summaryLine(item: PlanItem, ctx: ChartContext): TemplateResult | typeof nothing {
  const { scale, drawLeft: left, drawRight: right } = ctx;
  let first = Infinity;
  let last = -Infinity;
  for (const span of item.schedule.spans) {
    const start = span.start ? isoToDate(span.start) : null;
    const end = span.end ? isoToDate(span.end) : null;
    first = Math.min(first, start ? scale(start) : left - 4);
    last = Math.max(last, end ? scale(new Date(end.getTime() + DAY)) : right + 4);
  }
  const x1 = Math.max(left - 4, first);
  const x2 = Math.min(right + 4, last);
  if (!(x2 > x1)) return nothing;
  const y = ctx.top + ctx.barHeight / 2;
  return html`<div
    class="summary"
    aria-hidden="true"
    .style=${`left:${px(x1 - ctx.left)};top:${px(y - 2)};width:${px(x2 - x1)}`}
  ></div>`;
}
