import type { TimeScale } from '../scale/utc-scale.js';
import { select, type Selection } from 'd3-selection';
import type { AxisTicks, MinorTick, YearTick } from './axis-ticks.js';

/** Height in pixels of the tick of a year left unlabelled (or the finer unit's band, when taller). */
const UNLABELLED_TICK = 6;

/** A tick node and the label it shows, so that an unchanged label is left alone. */
type TickNode = SVGGElement & { __label?: string };

/**
 * How ticks are placed: by a `transform` on each tick's group (on screen: a tick that moves keeps its text
 * laid out), or by the `x` and `y` of the lines and texts themselves (on paper: Chromium leaves out what is
 * transformed inside a table header repeated on every page).
 */
export type AxisPlacement = 'transform' | 'attributes';

/**
 * Draws the fiscal-year axis into the three stable groups the element renders
 * (years, the finer unit, era changes) with d3-selection joins keyed by date:
 * a tick that stays in view keeps its nodes, and only its position changes, so
 * zooming does not lay its text out again. Labels are set as text
 * (`textContent`), never as markup.
 *
 * @param groups - the `<g>` for years, the finer unit and era changes
 * @param scale - the view scale (UTC dates → x in the axis's coordinates)
 * @param ticks - what to show, from {@link axisTicks}
 * @param height - the axis height in pixels
 * @param placement - how ticks are placed (`'transform'` by default; see {@link AxisPlacement})
 */
export function drawAxis(
  groups: { years: SVGGElement; minor: SVGGElement; eras: SVGGElement },
  scale: TimeScale,
  ticks: AxisTicks,
  height: number,
  placement: AxisPlacement = 'transform',
): void {
  // Placed by attributes (on paper, drawn a few times), ticks are drawn anew each time; placed by transforms
  // (on screen, every frame of a gesture), they are kept and moved. Ticks drawn the other way are dropped.
  for (const group of [groups.years, groups.minor, groups.eras]) {
    if (placement === 'transform' && group.dataset['placement'] !== 'attributes') continue;
    group.replaceChildren();
    group.dataset['placement'] = placement;
  }
  const minorBand = ticks.unit ? 16 : 0;
  // Two lines sit around the middle of the band above the finer unit; one line a little lower.
  const middle = (height - minorBand) / 2;

  // Keyed by fiscal year: the label kept at the left edge becomes that year's tick when its 1 April comes into view.
  joinTicks<YearTick>(
    groups.years,
    ticks.years,
    (d) => String(d.fiscalYear),
    scale,
    placement,
    (g) => {
      g.append('line');
      g.append('text').attr('x', 5).attr('text-anchor', 'start');
    },
  )
    .attr('data-fy', (d) => String(d.fiscalYear))
    // A year left unlabelled (years too narrow for every label) gets a short tick at the bottom, so that its
    // line does not cross the label of the year before, which runs over it.
    .call((g) =>
      g
        .select('line')
        .attr('y1', (d) => (d.label.length > 0 ? 0 : height - Math.max(minorBand, UNLABELLED_TICK)))
        .attr('y2', height),
    )
    .each(function (d) {
      const lines = d.label;
      const top = lines.length > 1 ? middle - (minorBand ? 3 : 5) : middle + 4;
      const key = `${top}|${lines.join('\n')}`;
      const node = this as TickNode;
      if (node.__label === key) return;
      node.__label = key;
      const text = select(node).select('text');
      text.text(null);
      lines.forEach((line, i) => {
        text
          .append('tspan')
          .attr('class', i === 0 ? 'year' : 'era')
          .attr('x', 5)
          .attr('y', top + i * 14)
          .text(line);
      });
    });

  const eraDays = new Set(ticks.eraChanges.map((e) => e.date.getTime()));
  select(groups.minor).attr('transform', placement === 'transform' ? `translate(0,${height})` : null);
  joinTicks<MinorTick>(
    groups.minor,
    ticks.minor,
    (d) => String(d.date.getTime()),
    scale,
    placement,
    (g) => {
      g.append('line');
      g.append('text').attr('x', 3).attr('y', -4).attr('text-anchor', 'start');
    },
  )
    .call((g) => g.select('line').attr('y2', -(minorBand ? 5 : 0)))
    .each(function (d) {
      // Where an era starts on a tick (令和 on 1 May 2019), the era's name takes the tick's place.
      const label = eraDays.has(d.date.getTime()) ? '' : d.label;
      const node = this as TickNode;
      if (node.__label === label) return;
      node.__label = label;
      select(node).select('text').text(label);
    });

  select(groups.eras)
    .selectAll<SVGGElement, AxisTicks['eraChanges'][number]>('g.era-change')
    .data(ticks.eraChanges, (d) => d.label)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'era-change');
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('transform', (d) => tickTransform(d, scale, placement))
    // The line and the era's name sit low, under the year labels; the name is left
    // out where it would run into a quarter or month label.
    .call((g) =>
      g
        .select('line')
        .attr('y1', minorBand ? height - minorBand : height / 2 + 9)
        .attr('y2', height),
    )
    .call((g) =>
      g
        .select('text')
        .attr('x', 3)
        // In the minor band, on the line of its labels; without one, as low as it fits, clear of the
        // era line under the year's label (R1 just before 令和).
        .attr('y', minorBand ? height - 4 : height - 2)
        .attr('text-anchor', 'start')
        .text((d) => (fitsAmongMinor(d.date, d.label, ticks, scale) ? d.label : '')),
    );
  if (placement === 'attributes') placeByAttributes(groups, scale, height);
}

/**
 * Moves the lines and texts of ticks just drawn to where their group's translate would put them: by `x` (the
 * tick's date on the scale, plus the offset each was drawn with) and, in the group of the finer unit, by `y`
 * (down by `height`, as that group's own translate would).
 */
function placeByAttributes(
  groups: { years: SVGGElement; minor: SVGGElement; eras: SVGGElement },
  scale: TimeScale,
  height: number,
): void {
  const shift = (node: Element, name: string, by: number): void =>
    node.setAttribute(name, String(Number(node.getAttribute(name) ?? 0) + by));
  const place = (parent: SVGGElement, selector: string, dy: number): void => {
    select(parent)
      .selectAll<SVGGElement, { date: Date }>(selector)
      .each(function (d) {
        const x = scale(d.date);
        for (const line of this.querySelectorAll('line')) {
          line.setAttribute('x1', String(x));
          line.setAttribute('x2', String(x));
          shift(line, 'y1', dy);
          shift(line, 'y2', dy);
        }
        for (const text of this.querySelectorAll('text, tspan')) {
          shift(text, 'x', x);
          if (text.hasAttribute('y')) shift(text, 'y', dy);
        }
      });
  };
  place(groups.years, 'g.tick', 0);
  place(groups.minor, 'g.tick', height);
  place(groups.eras, 'g.era-change', 0);
}

/**
 * Joins ticks to `g.tick` nodes by key, placed at their date with a translate (or, placed by attributes, with none:
 * see {@link placeByAttributes}); `enter` builds a new tick's children.
 */
function joinTicks<T extends { date: Date }>(
  parent: SVGGElement,
  data: readonly T[],
  key: (d: T) => string,
  scale: TimeScale,
  placement: AxisPlacement,
  enter: (g: Selection<SVGGElement, T, SVGGElement, unknown>) => void,
): Selection<SVGGElement, T, SVGGElement, unknown> {
  return select(parent)
    .selectAll<SVGGElement, T>('g.tick')
    .data(data, key)
    .join((e) => {
      const g = e.append('g').attr('class', 'tick');
      enter(g);
      return g;
    })
    .attr('transform', (d) => tickTransform(d, scale, placement));
}

/** A tick's translate to its date when ticks are placed by transforms; none when by attributes. */
function tickTransform(d: { date: Date }, scale: TimeScale, placement: AxisPlacement): string | null {
  return placement === 'transform' ? `translate(${scale(d.date)},0)` : null;
}

/** Whether an era's name, written right of its line, clears the minor labels around it. */
function fitsAmongMinor(date: Date, label: string, ticks: AxisTicks, scale: TimeScale): boolean {
  const x = scale(date);
  const width = (text: string) =>
    [...text].reduce((w, c) => w + ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 11 : 6.6), 0);
  for (const tick of ticks.minor) {
    if (tick.date.getTime() === date.getTime()) continue;
    const tx = scale(tick.date);
    if (tx < x && tx + 3 + width(tick.label) + 4 > x) return false;
    if (tx > x && x + 3 + width(label) + 4 > tx) return false;
  }
  return true;
}
