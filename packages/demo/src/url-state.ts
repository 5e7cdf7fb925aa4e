/**
 * The demo's view state and its query-string form, so a shared link opens the
 * same view. Pure functions: no DOM, no `location`.
 *
 * @module
 */
import type { Lang } from './i18n.js';

/** How the timeline groups its rows. */
export type GroupBy = 'item' | 'department' | 'section' | 'policy';
/** How years are written. */
export type EraNotation = 'both' | 'western' | 'japanese';
/** Colour theme. */
export type Theme = 'auto' | 'light' | 'dark';
/** The chart, or the same items and dates as a plain table. */
export type Layout = 'timeline' | 'table';

/** Everything a link carries about the view. */
export interface DemoState {
  groupBy: GroupBy;
  era: EraNotation;
  lang: Lang;
  /** Text search. */
  filter: string;
  /** Department names shown (empty: all). */
  departments: string[];
  theme: Theme;
  /** Chart or table. */
  layout: Layout;
  /** Visible window start (ISO date or fiscal year), `null` for the whole plan. */
  viewStart: string | null;
  /** Visible window end (ISO date or fiscal year), `null` for the whole plan. */
  viewEnd: string | null;
  /** Serial of the selected item. */
  selected: number | null;
  /** The date the page treats as today (ISO), `null` for the real today. */
  today: string | null;
}

/** The state of a page opened without a query string. */
export const DEFAULT_STATE: Readonly<DemoState> = Object.freeze({
  groupBy: 'item',
  era: 'both',
  lang: 'ja',
  filter: '',
  departments: [],
  theme: 'auto',
  layout: 'timeline',
  viewStart: null,
  viewEnd: null,
  selected: null,
  today: null,
});

export const GROUP_BY_VALUES: readonly GroupBy[] = ['item', 'department', 'section', 'policy'];
export const ERA_VALUES: readonly EraNotation[] = ['both', 'western', 'japanese'];
export const LANG_VALUES: readonly Lang[] = ['ja', 'en'];
export const THEME_VALUES: readonly Theme[] = ['auto', 'light', 'dark'];
export const LAYOUT_VALUES: readonly Layout[] = ['timeline', 'table'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FISCAL_YEAR = /^\d{4}$/;

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function viewBound(value: string | null): string | null {
  return value !== null && (ISO_DATE.test(value) || FISCAL_YEAR.test(value)) ? value : null;
}

/**
 * Reads the view state from a query string; unknown or malformed values fall back
 * to the defaults, so any link opens a working page.
 *
 * @param search - `location.search`, with or without the leading `?`
 * @returns a new state
 * @example
 * parseState('?group=department&lang=en').groupBy //=> 'department'
 * parseState('?group=nonsense').groupBy           //=> 'item'
 */
export function parseState(search: string): DemoState {
  const params = new URLSearchParams(search);
  const serial = params.get('sel');
  const today = params.get('today');
  let viewStart = viewBound(params.get('from'));
  let viewEnd = viewBound(params.get('to'));
  if (viewStart === null || viewEnd === null) viewStart = viewEnd = null;
  return {
    groupBy: oneOf(params.get('group'), GROUP_BY_VALUES, DEFAULT_STATE.groupBy),
    era: oneOf(params.get('era'), ERA_VALUES, DEFAULT_STATE.era),
    lang: oneOf(params.get('lang'), LANG_VALUES, DEFAULT_STATE.lang),
    filter: params.get('q') ?? '',
    departments: [...new Set(params.getAll('dept').filter((name) => name.trim() !== ''))],
    theme: oneOf(params.get('theme'), THEME_VALUES, DEFAULT_STATE.theme),
    layout: oneOf(params.get('layout'), LAYOUT_VALUES, DEFAULT_STATE.layout),
    viewStart,
    viewEnd,
    selected: serial !== null && /^\d{1,9}$/.test(serial) ? Number(serial) : null,
    today: today !== null && ISO_DATE.test(today) ? today : null,
  };
}

/**
 * Writes the view state as a query string, leaving out every default so links
 * stay short. `parseState(formatState(s))` equals `s` for every valid state.
 *
 * @param state - the state to write
 * @returns `''` for the default state, else `'?…'`
 * @example
 * formatState({ ...DEFAULT_STATE, groupBy: 'department', departments: ['財政', '行政'] })
 * //=> '?group=department&dept=%E8%B2%A1%E6%94%BF&dept=%E8%A1%8C%E6%94%BF'
 */
export function formatState(state: DemoState): string {
  const params = new URLSearchParams();
  if (state.groupBy !== DEFAULT_STATE.groupBy) params.set('group', state.groupBy);
  if (state.era !== DEFAULT_STATE.era) params.set('era', state.era);
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.filter !== '') params.set('q', state.filter);
  for (const name of state.departments) params.append('dept', name);
  if (state.theme !== DEFAULT_STATE.theme) params.set('theme', state.theme);
  if (state.layout !== DEFAULT_STATE.layout) params.set('layout', state.layout);
  if (state.viewStart !== null && state.viewEnd !== null) {
    params.set('from', state.viewStart);
    params.set('to', state.viewEnd);
  }
  if (state.selected !== null) params.set('sel', String(state.selected));
  if (state.today !== null) params.set('today', state.today);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
