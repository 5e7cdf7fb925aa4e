import { axisBottom, axisTop } from 'd3-axis';
import type { ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import type { AxisTicks } from './axis-ticks.js';

/**
 * Draws the fiscal-year axis into the three stable groups the element renders
 * (years, the finer unit, era changes), with d3-axis and d3-selection. Labels
 * are set as text (d3 uses `textContent`), never as markup.
 *
 * @param groups - the `<g>` for years, the finer unit and era changes
 * @param scale - the view scale (UTC dates → x in the axis's coordinates)
 * @param ticks - what to show, from {@link axisTicks}
 * @param height - the axis height in pixels
 */
export function drawAxis(
  groups: { years: SVGGElement; minor: SVGGElement; eras: SVGGElement },
  scale: ScaleTime<number, number>,
  ticks: AxisTicks,
  height: number,
): void {
  const minorBand = ticks.unit ? 16 : 0;
  const byDate = new Map(ticks.years.map((t) => [t.date.getTime(), t.label]));

  const years = select(groups.years);
  years.call(
    axisBottom<Date>(scale)
      .tickValues(ticks.years.map((t) => t.date))
      .tickSize(height)
      .tickSizeOuter(0)
      .tickFormat(() => ''),
  );
  years.select('.domain').remove();
  years
    .selectAll<SVGGElement, Date>('.tick')
    .attr('data-fy', (d) => String(d.getUTCFullYear()))
    .select<SVGTextElement>('text')
    .attr('x', 5)
    .attr('y', 0)
    .attr('dy', null)
    .attr('text-anchor', 'start')
    .each(function (d) {
      const lines = byDate.get(d.getTime()) ?? [];
      const text = select(this);
      text.text(null);
      const top =
        lines.length > 1 ? (height - minorBand) / 2 - (minorBand ? 3 : 5) : (height - minorBand) / 2 + 4;
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
  const minor = select(groups.minor);
  minor.attr('transform', `translate(0,${height})`).call(
    axisTop<Date>(scale)
      .tickValues(ticks.minor.map((t) => t.date))
      .tickSize(minorBand ? 5 : 0)
      .tickSizeOuter(0)
      // Where an era starts on a tick (令和 on 1 May 2019), the era's name takes the tick's place.
      .tickFormat((_, i) =>
        eraDays.has(ticks.minor[i]?.date.getTime() ?? NaN) ? '' : (ticks.minor[i]?.label ?? ''),
      ),
  );
  minor.select('.domain').attr('class', 'domain baseline');
  minor
    .selectAll<SVGTextElement, Date>('.tick text')
    .attr('x', 3)
    .attr('y', -4)
    .attr('dy', null)
    .attr('text-anchor', 'start');

  select(groups.eras)
    .selectAll<SVGGElement, AxisTicks['eraChanges'][number]>('g.era-change')
    .data(ticks.eraChanges, (d) => d.label)
    .join((enter) => {
      const g = enter.append('g').attr('class', 'era-change');
      g.append('line');
      g.append('text');
      return g;
    })
    .attr('transform', (d) => `translate(${scale(d.date)},0)`)
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
        .attr('y', height - 4)
        .attr('text-anchor', 'start')
        .text((d) => (fitsAmongMinor(d.date, d.label, ticks, scale) ? d.label : '')),
    );
}

/** Whether an era's name, written right of its line, clears the minor labels around it. */
function fitsAmongMinor(
  date: Date,
  label: string,
  ticks: AxisTicks,
  scale: ScaleTime<number, number>,
): boolean {
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
