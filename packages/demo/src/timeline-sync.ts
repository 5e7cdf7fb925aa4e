/**
 * Carries the demo's state onto the `<plan-timeline>` element's attributes.
 *
 * @module
 */
import { layoutPlan } from '@plan-timeline/core';
import type { Plan } from '@plan-timeline/core';
import type { DemoState } from './url-state.js';

function setOrRemove(el: Element, name: string, value: string | null): void {
  if (value === null || value === '') {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) {
    el.setAttribute(name, value);
  }
}

/**
 * Sets the element's attributes from the state; an attribute already holding its
 * value is left alone, so the element only hears real changes.
 *
 * @param el - the `<plan-timeline>` element
 * @param state - the demo's state
 * @param today - today's date (ISO) when the state names none
 * @returns nothing
 * @example
 * applyStateToTimeline(el, { ...DEFAULT_STATE, groupBy: 'policy' }, '2021-06-01')
 * el.getAttribute('group-by') //=> 'policy'
 */
export function applyStateToTimeline(el: Element, state: DemoState, today: string): void {
  setOrRemove(el, 'group-by', state.groupBy);
  setOrRemove(el, 'era', state.era);
  setOrRemove(el, 'lang', state.lang);
  setOrRemove(el, 'theme', state.theme);
  setOrRemove(el, 'view', state.layout);
  setOrRemove(el, 'filter', state.filter);
  setOrRemove(el, 'departments', state.departments.join(','));
  setOrRemove(el, 'today', state.today ?? today);
  setOrRemove(el, 'view-start', state.viewStart);
  setOrRemove(el, 'view-end', state.viewEnd);
}

/**
 * Whether the state's search and department filter let an item through, so that
 * selecting it can show it.
 *
 * @param plan - the plan shown
 * @param state - the demo's state
 * @param serial - the item's serial (No.)
 * @returns `true` when the item is among the filtered items
 * @example
 * isItemShown(seed, { ...DEFAULT_STATE, filter: '保育' }, 13) //=> true
 * isItemShown(seed, { ...DEFAULT_STATE, filter: 'ICT' }, 13)  //=> false
 */
export function isItemShown(plan: Plan, state: DemoState, serial: number): boolean {
  const { items } = layoutPlan(plan, {
    groupBy: state.groupBy,
    filter: state.filter,
    departments: state.departments,
    lang: state.lang,
  });
  return items.some((item) => item.serial === serial);
}
