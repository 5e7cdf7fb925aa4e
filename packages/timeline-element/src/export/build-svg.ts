import { isolateDirection, type LayoutRow, type PlanItem } from '@plan-timeline/core';
import type { TimeScale } from '../scale/utc-scale.js';
import { axisTicks } from '../axis/axis-ticks.js';
import type { Words } from '../i18n/words.js';
import { fitText } from '../draw/fit-text.js';
import { bandExtents, bandsBeginAt, recurrenceAnchor } from '../draw/band-extents.js';
import { describeSpan, type EraMode, type Lang } from '../time/describe-span.js';
import { bandName, howOften, howOftenEach, wordsAfterSpan } from '../time/describe-recurrence.js';
import { DAY, fiscalYearOfDate, fiscalYearStart, isoToDate } from '../time/iso.js';
import { xmlText } from './xml-text.js';
import { barColorProperty } from '../draw/bar-color.js';

/** What {@link buildSvg} draws. */
export interface BuildSvgOptions {
  title: string;
  rows: readonly LayoutRow[];
  /** The item of a row, by serial (No.). */
  itemOf(serial: number): PlanItem | undefined;
  /** The palette index of an item (see `barColorProperty`). */
  colorOf(item: PlanItem): number;
  /** The view scale (frame coordinates) and where the chart starts in it. */
  scale: TimeScale;
  left: number;
  /** Chart and label widths of the picture. */
  width: number;
  labelWidth: number;
  rowHeight: number;
  rowHeightOf(row: LayoutRow): number;
  era: EraMode;
  lang: Lang;
  words: Words;
  today: string;
  anchorFiscalYear: number;
  /** Resolves a custom property of the element (`--plan-dept-color-0`) to a colour. */
  color(name: string): string;
}

const NS = 'http://www.w3.org/2000/svg';

/**
 * A standalone SVG document of the timeline: every row of the grouping, the
 * visible time window, the axis, today line and bars with their labels. It is
 * built with DOM nodes and serialized, so plan text is escaped and the file is
 * safe to open anywhere.
 *
 * @param options - rows, scale, geometry and colours
 * @returns the SVG document as text
 */
export function buildSvg(options: BuildSvgOptions): string {
  const { rows, scale, left, width, labelWidth, words } = options;
  const titleHeight = 30;
  const axisHeight = 40;
  const heights = rows.map((r) => options.rowHeightOf(r));
  const bodyHeight = heights.reduce((a, b) => a + b, 0);
  const totalWidth = labelWidth + width;
  const totalHeight = titleHeight + axisHeight + bodyHeight + 1;
  const from = scale.invert(left);
  const to = scale.invert(left + width);
  const x = (date: Date) => scale(date) - left + labelWidth;
  const c = (name: string, fallback: string) => options.color(name) || fallback;
  const text = c('--plan-text-color', '#1b1f24');
  const muted = c('--plan-muted-color', '#555f6b');
  const grid = c('--plan-grid-color', '#e6eaef');
  const border = c('--plan-border-color', '#d0d7de');
  const background = c('--plan-background', '#ffffff');
  const font = c('--plan-font-family', 'sans-serif');

  const doc = document.implementation.createDocument(NS, 'svg', null);
  const root = doc.documentElement;
  const el = (parent: Element, name: string, attrs: Record<string, string | number>, content?: string) => {
    const node = doc.createElementNS(NS, name);
    // Plan text may hold characters XML cannot (NUL, lone surrogates): they are left out, so the file parses.
    for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, xmlText(String(value)));
    if (content !== undefined) node.textContent = xmlText(content);
    parent.appendChild(node);
    return node;
  };
  root.setAttribute('width', String(totalWidth));
  root.setAttribute('height', String(totalHeight));
  root.setAttribute('viewBox', `0 0 ${totalWidth} ${totalHeight}`);
  root.setAttribute('font-family', xmlText(font));
  root.setAttribute('font-size', '12');
  el(root, 'title', {}, options.title);
  el(root, 'rect', { width: totalWidth, height: totalHeight, fill: background });
  el(root, 'text', { x: 8, y: 20, 'font-size': 15, 'font-weight': 600, fill: text }, options.title);

  const chart = el(root, 'svg', {
    x: labelWidth,
    y: titleHeight,
    width,
    height: axisHeight + bodyHeight,
    viewBox: `${labelWidth} 0 ${width} ${axisHeight + bodyHeight}`,
  });
  const todayDate = isoToDate(options.today);
  const fy = todayDate ? fiscalYearOfDate(todayDate) : null;
  if (fy !== null) {
    const x1 = Math.max(labelWidth, x(fiscalYearStart(fy)));
    const x2 = Math.min(labelWidth + width, x(fiscalYearStart(fy + 1)));
    if (x2 > x1)
      el(chart, 'rect', {
        x: x1,
        y: 0,
        width: x2 - x1,
        height: axisHeight + bodyHeight,
        fill: c('--plan-current-year-color', 'rgba(245,180,0,0.13)'),
      });
  }
  const ticks = axisTicks([from, to], width, options.era, options.lang);
  for (const tick of ticks.years) {
    const tx = x(tick.date);
    el(chart, 'line', { x1: tx, x2: tx, y1: 0, y2: axisHeight + bodyHeight, stroke: grid });
    if (tick.label.length > 0)
      el(chart, 'text', { x: tx + 5, y: 16, fill: text, 'font-weight': 600 }, tick.label.join(' '));
  }
  for (const tick of ticks.minor) {
    const tx = x(tick.date);
    el(chart, 'line', { x1: tx, x2: tx, y1: axisHeight - 6, y2: axisHeight, stroke: border });
    el(chart, 'text', { x: tx + 3, y: axisHeight - 8, fill: muted, 'font-size': 11 }, tick.label);
  }
  for (const change of ticks.eraChanges) {
    const tx = x(change.date);
    el(chart, 'line', {
      x1: tx,
      x2: tx,
      y1: 0,
      y2: axisHeight + bodyHeight,
      stroke: c('--plan-era-color', '#7b3fb8'),
      'stroke-dasharray': '3 3',
    });
    el(
      chart,
      'text',
      { x: tx + 3, y: 30, fill: c('--plan-era-color', '#7b3fb8'), 'font-size': 11 },
      change.label,
    );
  }
  el(chart, 'line', {
    x1: labelWidth,
    x2: labelWidth + width,
    y1: axisHeight,
    y2: axisHeight,
    stroke: border,
  });

  let y = titleHeight + axisHeight;
  rows.forEach((row, i) => {
    const h = heights[i]!;
    const item = row.serial === undefined ? undefined : options.itemOf(row.serial);
    if (row.kind === 'group')
      el(root, 'rect', { x: 0, y, width: totalWidth, height: h, fill: c('--plan-surface', '#f5f7fa') });
    el(root, 'line', { x1: 0, x2: totalWidth, y1: y + h, y2: y + h, stroke: grid });
    const indent = 8 + (row.level - 1) * 14;
    const label = `${row.kind === 'item' && row.code ? `${row.code} ` : ''}${row.role === 'lead' ? '◎' : row.role === 'join' ? '○' : ''}${row.label}`;
    const shown = fitText(label, labelWidth - indent - 8, 12);
    const labelParent = shown === label ? root : el(root, 'g', {});
    if (shown !== label) labelParent.appendChild(titleOf(doc, label));
    el(
      labelParent,
      'text',
      {
        x: indent,
        y: y + options.rowHeight / 2 + 4,
        fill: row.kind === 'track' ? muted : text,
        'font-weight': row.kind === 'group' ? 600 : 400,
      },
      shown,
    );
    if (item && row.kind !== 'group') {
      const color = c(barColorProperty(options.colorOf(item)), '#1f5fa8');
      const g = el(chart, 'g', { transform: `translate(0 ${y - titleHeight})` });
      const anchor = recurrenceAnchor(item, options.anchorFiscalYear);
      // The label where the bands begin in view (at the anchor's year), whole: the chart cuts it, or sets it before them.
      let bandX = bandsBeginAt(scale, left, anchor) - left + labelWidth + 8;
      for (const { recurrence } of row.recurrences) {
        const every = howOften(recurrence, words, options.lang);
        // The years (or months) the band comes in, as the chart draws them: rectangles in one group named by it.
        const band = el(g, 'g', { fill: c('--plan-band-color', 'rgba(31,95,168,0.13)') });
        band.appendChild(titleOf(doc, bandName(every, recurrence)));
        const { dense, ranges } = bandExtents(recurrence, scale, left, left + width, anchor);
        for (const [x1, x2] of ranges)
          el(band, 'rect', {
            x: x1 - left + labelWidth,
            y: 3,
            width: x2 - x1,
            height: options.rowHeight - 6,
            ...(dense ? {} : { rx: Math.min(2, (x2 - x1) / 2) }),
          });
      }
      // How often, as the chart's band label says it: recurrences written together (毎年6月と12月) once.
      for (const every of howOftenEach(
        row.recurrences.map((r) => r.recurrence),
        words,
        options.lang,
      )) {
        if (bandX >= labelWidth + width - 8) break;
        el(
          g,
          'text',
          { x: bandX, y: options.rowHeight / 2 + 4, fill: c('--plan-band-text-color', '#274b74') },
          every,
        );
        bandX += every.length * 12 + 12;
      }
      for (const { span, lane, shape } of row.spans) {
        const start = span.start ? isoToDate(span.start) : null;
        const endDay = span.end ? isoToDate(span.end) : null;
        const end = endDay ? new Date(endDay.getTime() + DAY) : null;
        const top = 5 + lane * (options.rowHeight - 6);
        const bh = options.rowHeight - 10;
        // Its words, or those of the recurrence right after it (令和3年度から毎年度点検), as the chart writes them.
        const said = span.label || wordsAfterSpan(item, span, words, options.lang) || '';
        const name = `${said ? `${isolateDirection(said)} ` : ''}${describeSpan(span, options.era, options.lang)}`;
        if (shape === 'milestone' && start && end) {
          const cx = (x(start) + x(end)) / 2;
          el(g, 'path', {
            d: `M${cx} ${top} l${bh / 2} ${bh / 2} l${-bh / 2} ${bh / 2} l${-bh / 2} ${-bh / 2} Z`,
            fill: color,
          }).appendChild(titleOf(doc, name));
          el(g, 'text', { x: cx + bh / 2 + 4, y: top + bh / 2 + 4, fill: text }, fitText(said, 220, 12));
          continue;
        }
        const x1 = Math.max(labelWidth - 2, start ? x(start) : labelWidth - 2);
        const x2 = Math.min(labelWidth + width + 2, end ? x(end) : labelWidth + width + 2);
        if (x2 <= x1) continue;
        const rect = el(g, 'rect', {
          x: x1,
          y: top,
          width: x2 - x1,
          height: bh,
          rx: 3,
          fill: row.role === 'join' ? background : color,
          stroke: row.role === 'join' ? color : 'none',
          'fill-opacity': !end || !start ? 0.55 : span.approximate ? 0.8 : 1,
        });
        rect.appendChild(titleOf(doc, name));
        const fitted = fitText(
          said || name,
          Math.min(x2, labelWidth + width) - Math.max(x1, labelWidth) - 10,
          12,
        );
        if (fitted)
          el(
            g,
            'text',
            {
              x: Math.max(x1, labelWidth) + 5,
              y: top + bh / 2 + 4,
              fill: row.role === 'join' ? text : c('--plan-bar-text-color', '#ffffff'),
            },
            fitted,
          );
      }
      if (row.undated)
        el(
          g,
          'text',
          {
            x: labelWidth + 10,
            y: 5 + (options.rowHeight - 10) / 2 + 4,
            fill: muted,
            'font-style': 'italic',
          },
          words.undated,
        );
    }
    y += h;
  });
  if (todayDate) {
    const tx = x(todayDate);
    if (tx >= labelWidth && tx <= labelWidth + width)
      el(chart, 'line', {
        x1: tx,
        x2: tx,
        y1: 0,
        y2: axisHeight + bodyHeight,
        stroke: c('--plan-today-color', '#c62828'),
        'stroke-width': 2,
      });
  }
  el(root, 'line', { x1: labelWidth, x2: labelWidth, y1: titleHeight, y2: totalHeight, stroke: border });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
}

function titleOf(doc: XMLDocument, text: string): Element {
  const title = doc.createElementNS(NS, 'title');
  title.textContent = xmlText(text);
  return title;
}
