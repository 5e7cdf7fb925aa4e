import {
  isolateDirection,
  type LayoutRow,
  type PlanItem,
  type Recurrence,
  type Span,
} from '@plan-timeline/core';
import type { TimeScale } from '../scale/utc-scale.js';
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { planLang } from '../i18n/plan-lang.js';
import type { Words } from '../i18n/words.js';
import { bandName, howOften, howOftenEach, wordsAfterSpan } from '../time/describe-recurrence.js';
import { bandExtents, recurrenceAnchor } from './band-extents.js';
import { barColorClass } from './bar-color.js';
import { describeSpan, isoRange, type EraMode, type Lang } from '../time/describe-span.js';
import { DAY, isoToDate } from '../time/iso.js';
import { fitText } from './fit-text.js';

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

/** How a bar (or milestone) is named for assistive technology and the tooltip. */
export function spanName(
  item: PlanItem,
  index: number,
  track: string | undefined,
  ctx: Pick<ChartContext, 'era' | 'lang'>,
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
  ctx: Pick<ChartContext, 'era' | 'lang'>,
): string {
  const when = describeSpan(span, ctx.era, ctx.lang);
  // Plan text is isolated where it holds a direction control, so that it cannot turn the dates after it around.
  const what = span.label ? `${isolateDirection(span.label)}、` : '';
  const where = track ? `［${isolateDirection(track)}］` : '';
  return `${isolateDirection(item.title)}${where}: ${what}${when} (${isoRange(span)})`;
}

/**
 * The chart part of one row, as a Lit SVG template in frame coordinates: bars
 * for spans (fading out to the right with an arrow when open-ended, fading in
 * when open at the start, soft-edged when approximate: the bar's `rect` has the
 * class `fade-out`, `fade-in`, `fade-both` or `soft`, which the styles mask), diamonds for month and
 * day milestones, light repeating bands for recurrences, and an "ongoing /
 * undated" mark for items without any date. Spans outside the view are culled.
 * All plan text goes through Lit bindings.
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
): SVGTemplateResult | typeof nothing {
  if (!item || row.kind === 'group') return nothing;
  const rowBottom = ctx.top + row.lanes * ctx.lanePitch;

  // Recurrences count from the item's first dated year when it has one (3年毎 from a 2021 review), else from the plan's.
  const anchor = recurrenceAnchor(item, ctx.anchorFiscalYear);
  // The bands say only how often, in one label for all of them ("毎年度・3年毎"), kept clear of the row's
  // first bar or milestone; the full sentence is each band's accessible name and is in the details.
  const labelX = ctx.left + 8;
  const often = row.recurrences.map(({ recurrence }) => howOften(recurrence, ctx.words, ctx.lang));
  const room = Math.min(firstShapeAfter(row, labelX, ctx) - 6, ctx.right - 8) - labelX;
  // Recurrences written together (毎年6月と12月) are said once: 毎年度（6月・12月）.
  const together =
    row.recurrences.length > 1
      ? howOftenEach(
          row.recurrences.map((r) => r.recurrence),
          ctx.words,
          ctx.lang,
        )
      : often;
  const bandLabel = fitText(
    together.join(ctx.lang === 'en' ? ' · ' : '・'),
    Math.min(room, 200),
    ctx.fontSize,
  );
  const bands = row.recurrences.map(({ recurrence, index }, i) =>
    recurrenceBand(often[i]!, recurrence, index, i === 0 ? bandLabel : null, labelX, rowBottom, anchor, ctx),
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
    ? svg`<g class="undated" role="img" aria-label=${`${isolateDirection(item.title)}: ${ctx.words.undated}`}>
      <line x1=${ctx.left + 4} x2=${ctx.right - 4} y1=${ctx.top + ctx.barHeight / 2} y2=${ctx.top + ctx.barHeight / 2}></line>
      <text x=${ctx.left + 10} y=${ctx.top + ctx.barHeight / 2} dy="0.35em">${ctx.words.undated}</text>
    </g>`
    : nothing;

  // Keyed by the span's index: a span's nodes stay while the view moves, and only their geometry changes.
  return svg`${bands}${repeat(
    row.spans,
    (placed) => placed.index,
    (placed) => spanShape(row, item, barColorClass(colorIndex), placed, ctx),
  )}${summary}${undated}`;
}

/** A bar or milestone with its label, or `nothing` when it lies outside the drawn range. */
function spanShape(
  row: LayoutRow,
  item: PlanItem,
  color: string,
  placed: LayoutRow['spans'][number],
  ctx: ChartContext,
): SVGTemplateResult | typeof nothing {
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
  const textLang = words ? planLang(ctx.lang) : nothing;

  if (placed.shape === 'milestone' && start && end) {
    const cx = (scale(start) + scale(end)) / 2;
    const r = ctx.barHeight / 2;
    if (cx + r < drawLeft || cx - r > drawRight) return nothing;
    const text = fitText(
      words || describeSpan(span, ctx.era, ctx.lang),
      Math.min(220, right - cx - r - 8),
      ctx.fontSize,
    );
    // The accessible name begins with the item's title: plan text.
    return svg`<g class="milestone ${color}${role}${approximate}${selected ? ' selected' : ''}" part="milestone" lang=${planLang(ctx.lang)}
          role="button" tabindex=${ctx.tabbableSpan === index ? 0 : -1} aria-label=${spanName(item, index, row.track, ctx)} data-span=${index}>
        <path d=${`M${cx} ${y} l${r} ${r} l${-r} ${r} l${-r} ${-r} Z`}></path>
      </g><text class="milestone-label" aria-hidden="true" lang=${textLang} x=${cx + r + 4} y=${y + r} dy="0.35em">${text}</text>`;
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
  // The fades and soft edges are CSS masks (see the styles): far cheaper to paint than SVG <mask> elements.
  const mask =
    openEnd && openStart
      ? 'fade-both'
      : openEnd
        ? 'fade-out'
        : openStart
          ? 'fade-in'
          : span.approximate
            ? 'soft'
            : '';
  // Labels stay on the solid part of a fading bar, so that they keep their contrast.
  const solid1 = openStart ? x1 + (x2 - x1) * 0.55 : x1;
  const solid2 = openEnd ? x1 + (x2 - x1) * 0.45 : x2;
  const textX = Math.max(solid1, left) + 6;
  const room = Math.min(solid2, right - (openEnd ? 18 : 0)) - textX - 6;
  const text = fitText(words || describeSpan(span, ctx.era, ctx.lang), room, ctx.fontSize);
  const classes = `bar ${color}${role}${approximate}${openEnd ? ' open-end' : ''}${openStart ? ' open-start' : ''}${selected ? ' selected' : ''}`;
  return svg`<g class=${classes} part="bar" lang=${planLang(ctx.lang)} role="button" tabindex=${ctx.tabbableSpan === index ? 0 : -1} aria-label=${spanName(item, index, row.track, ctx)} data-span=${index}>
      <rect x=${x1} y=${y} width=${x2 - x1} height=${ctx.barHeight} rx="3" class=${mask || nothing}></rect>
      ${openEnd ? svg`<path class="arrow" d=${`M${Math.min(x2, right) - 14} ${y + ctx.barHeight / 2 - 5} l8 5 l-8 5 Z`}></path>` : nothing}
    </g><text class="bar-label${role}" aria-hidden="true" lang=${textLang} x=${textX} y=${y + ctx.barHeight / 2} dy="0.35em">${text}</text>`;
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
 * A recurrence's light band over the years it comes in, or over the months it names in them (`毎年度末`:
 * each March), with the row's band label when given one (see {@link bandExtents}).
 */
function recurrenceBand(
  often: string,
  recurrence: Recurrence,
  index: number,
  text: string | null,
  labelX: number,
  bottom: number,
  anchorFiscalYear: number,
  ctx: ChartContext,
): SVGTemplateResult {
  const top = ctx.top - 2;
  const height = Math.max(4, bottom - top - (ctx.lanePitch - ctx.barHeight) + 4);
  const { dense, ranges } = bandExtents(recurrence, ctx.scale, ctx.drawLeft, ctx.drawRight, anchorFiscalYear);
  // All the years of a band are one path, a rectangle per year: one element however many years are in view.
  let d = '';
  for (const [x1, x2] of ranges) d += bandYear(x1, x2, top, height);
  return svg`<g class="band" role="img" aria-label=${bandName(often, recurrence)} data-recurrence=${index}>
      ${d ? svg`<path class=${dense ? 'band-fill dense' : 'band-fill'} d=${d}></path>` : nothing}
      ${text === null ? nothing : svg`<text x=${labelX} y=${top + height / 2} dy="0.35em" aria-hidden="true">${text}</text>`}
    </g>`;
}

/** One year of a band as a subpath: a rectangle from x1 to x2 with corners rounded by 2 px where it is wide enough. */
function bandYear(x1: number, x2: number, top: number, height: number): string {
  const f = (v: number) => Math.round(v * 100) / 100;
  const w = x2 - x1;
  const r = f(Math.min(2, w / 2, height / 2));
  return (
    `M${f(x1 + r)} ${f(top)}h${f(w - 2 * r)}a${r} ${r} 0 0 1 ${r} ${r}v${f(height - 2 * r)}a${r} ${r} 0 0 1 ${-r} ${r}` +
    `h${f(2 * r - w)}a${r} ${r} 0 0 1 ${-r} ${-r}v${f(2 * r - height)}a${r} ${r} 0 0 1 ${r} ${-r}Z`
  );
}

/** A thin bracket over the time all of an item's spans cover, drawn on an item row whose spans sit in track rows. */
function summaryLine(item: PlanItem, ctx: ChartContext): SVGTemplateResult {
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
  if (!(x2 > x1)) return svg``;
  const y = ctx.top + ctx.barHeight / 2;
  return svg`<path class="summary" aria-hidden="true" d=${`M${x1} ${y + 5} V${y - 2} H${x2} V${y + 5}`}></path>`;
}
