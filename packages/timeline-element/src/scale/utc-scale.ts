/**
 * A linear map from UTC instants to pixels, with the calls d3-zoom and the
 * element make of a scale: call, `invert`, `domain`, `range` and `copy`.
 */
export interface TimeScale {
  /** The x of an instant (a `Date` or milliseconds since the epoch). */
  (instant: Date | number): number;
  /** The instant at an x. */
  invert(x: number): Date;
  domain(): [Date, Date];
  /** Sets the two instants the range's ends stand for; returns the scale. */
  domain(domain: readonly (Date | number)[]): TimeScale;
  range(): [number, number];
  /** Sets the two x values the domain's ends map to; returns the scale. */
  range(range: readonly number[]): TimeScale;
  /** An independent scale with the same domain and range. */
  copy(): TimeScale;
}

/**
 * A linear UTC time scale, d3-scale's `scaleUtc` without its ticks, tick
 * formats and interpolators: the element writes its own fiscal-year ticks and
 * labels, so those (d3-time-format, d3-array) need not ship in its bundle. It
 * is not clamped, like d3's, and an empty domain or range maps to the middle.
 * d3-zoom's `transform.rescaleX(scale)` works with it.
 *
 * @param domain - the first and last instant (default the epoch and one millisecond later)
 * @param range - the x values they map to (default `[0, 1]`)
 * @returns the scale
 * @example
 * const x = utcScale([new Date('2021-04-01'), new Date('2022-04-01')], [0, 365]);
 * x(new Date('2021-10-01'))
 * //=> 183
 * x.invert(0).toISOString()
 * //=> '2021-04-01T00:00:00.000Z'
 */
export function utcScale(
  domain: readonly (Date | number)[] = [0, 1],
  range: readonly number[] = [0, 1],
): TimeScale {
  let t0 = 0;
  let t1 = 1;
  let x0 = 0;
  let x1 = 1;
  const scale = ((instant: Date | number) => {
    const t = +instant;
    return t1 === t0 ? (x0 + x1) / 2 : x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
  }) as TimeScale;
  scale.invert = (x: number) => new Date(x1 === x0 ? (t0 + t1) / 2 : t0 + ((x - x0) / (x1 - x0)) * (t1 - t0));
  scale.domain = ((d?: readonly (Date | number)[]) => {
    if (d === undefined) return [new Date(t0), new Date(t1)];
    [t0, t1] = [+d[0]!, +d[d.length - 1]!];
    return scale;
  }) as TimeScale['domain'];
  scale.range = ((r?: readonly number[]) => {
    if (r === undefined) return [x0, x1];
    [x0, x1] = [+r[0]!, +r[r.length - 1]!];
    return scale;
  }) as TimeScale['range'];
  scale.copy = () => utcScale([t0, t1], [x0, x1]);
  return scale.domain(domain).range(range);
}
