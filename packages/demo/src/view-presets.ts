/**
 * The zoom presets of the demo: the whole plan, this fiscal year, and this
 * fiscal year with one year either side. Pure: today comes in as an ISO date.
 *
 * @module
 */

/** A zoom preset button. */
export type ViewPreset = 'all' | 'this-year' | 'around-year';

/** A visible window as ISO dates, both inclusive. */
export interface ViewWindow {
  start: string;
  end: string;
}

/**
 * The Japanese fiscal year (April–March, named by the year it starts) holding an ISO date.
 *
 * @param iso - a date `YYYY-MM-DD`
 * @returns the fiscal year
 * @example
 * fiscalYearOfDate('2022-03-31') //=> 2021
 * fiscalYearOfDate('2022-04-01') //=> 2022
 */
export function fiscalYearOfDate(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return month >= 4 ? year : year - 1;
}

/**
 * The window a preset shows, or `null` for the whole plan (the element's `fit()`).
 *
 * @param preset - which button
 * @param today - today's date, ISO `YYYY-MM-DD`
 * @returns the window as ISO dates, or `null`
 * @example
 * presetWindow('this-year', '2021-06-15')   //=> { start: '2021-04-01', end: '2022-03-31' }
 * presetWindow('around-year', '2021-06-15') //=> { start: '2020-04-01', end: '2023-03-31' }
 * presetWindow('all', '2021-06-15')         //=> null
 */
export function presetWindow(preset: ViewPreset, today: string): ViewWindow | null {
  const fy = fiscalYearOfDate(today);
  switch (preset) {
    case 'this-year':
      return { start: `${fy}-04-01`, end: `${fy + 1}-03-31` };
    case 'around-year':
      return { start: `${fy - 1}-04-01`, end: `${fy + 2}-03-31` };
    default:
      return null;
  }
}

/**
 * Today's date as ISO `YYYY-MM-DD` in Japan (the plans' calendar), whatever the
 * machine's time zone.
 *
 * @param now - the moment to read
 * @returns the date in Asia/Tokyo
 * @example
 * todayInJapan(new Date('2022-03-31T15:00:00Z')) //=> '2022-04-01'
 */
export function todayInJapan(now: Date): string {
  const tokyo = new Date(now.getTime() + 9 * 60 * 60 * 1000);
  return tokyo.toISOString().slice(0, 10);
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoToDay = (iso: string): number =>
  Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;
const dayToIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Zooms a window about its middle: `factor` 0.5 shows half as many days, 2 twice as many.
 * Calendar arithmetic in UTC days, so the machine's time zone plays no part.
 *
 * @param window - the window shown (ISO dates, inclusive)
 * @param factor - how many times as long the new window is
 * @returns the new window
 * @example
 * scaleWindow({ start: '2021-04-01', end: '2023-03-31' }, 0.5) //=> { start: '2021-10-01', end: '2022-09-30' }
 */
export function scaleWindow(window: ViewWindow, factor: number): ViewWindow {
  const start = isoToDay(window.start);
  const end = isoToDay(window.end) + 1;
  const middle = (start + end) / 2;
  const half = ((end - start) * factor) / 2;
  return { start: dayToIso(Math.round(middle - half)), end: dayToIso(Math.round(middle + half) - 1) };
}
