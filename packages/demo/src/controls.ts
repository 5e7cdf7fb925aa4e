/**
 * The demo's form controls: show a state in them and read a state back.
 * Department names come from the plan and are set as text, never as markup.
 *
 * @module
 */
import { t } from './i18n.js';
import type { Lang } from './i18n.js';
import { ERA_VALUES, GROUP_BY_VALUES, LANG_VALUES, LAYOUT_VALUES, THEME_VALUES } from './url-state.js';
import type { DemoState } from './url-state.js';

/** The controls the demo reads and writes. */
export interface Controls {
  groupBy: HTMLSelectElement;
  era: HTMLSelectElement;
  lang: HTMLSelectElement;
  theme: HTMLSelectElement;
  filter: HTMLInputElement;
  /** The radio buttons choosing chart or table. */
  layout: HTMLInputElement[];
  /** The fieldset holding one checkbox per department. */
  departmentChoices: HTMLElement;
  /** The text of the department dropdown's summary. */
  departmentSummary: HTMLElement;
}

function required<T extends Element>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (el === null) throw new Error(`The page lacks ${selector}.`);
  return el;
}

/**
 * Finds the controls in the page.
 *
 * @param root - the document or a fragment holding them
 * @returns the controls
 * @example
 * findControls(document).groupBy.value //=> 'item'
 */
export function findControls(root: ParentNode): Controls {
  return {
    groupBy: required(root, '#group-by'),
    era: required(root, '#era'),
    lang: required(root, '#lang'),
    theme: required(root, '#theme'),
    filter: required(root, '#filter'),
    layout: [...root.querySelectorAll<HTMLInputElement>('input[type=radio][name=layout]')],
    departmentChoices: required(root, '#department-choices'),
    departmentSummary: required(root, '#departments-summary'),
  };
}

function checkedDepartments(controls: Controls): string[] {
  return [...controls.departmentChoices.querySelectorAll<HTMLInputElement>('input[type=checkbox]')]
    .filter((box) => box.checked)
    .map((box) => box.value);
}

/**
 * Shows the department names as checkboxes, ticking those in `selected`.
 * A selected name the plan does not have is kept, so a link is not changed by it.
 *
 * @param controls - the page's controls
 * @param names - the plan's department names, in the order to show
 * @param selected - names ticked
 * @param lang - language of the summary line
 * @returns nothing; the fieldset is rebuilt
 * @example
 * renderDepartmentChoices(controls, ['財政', '行政'], ['行政'], 'ja')
 * //=> two checkboxes, 行政 ticked; the summary reads 「1課を選択」
 */
export function renderDepartmentChoices(
  controls: Controls,
  names: readonly string[],
  selected: readonly string[],
  lang: Lang,
): void {
  const doc = controls.departmentChoices.ownerDocument;
  const all = [...names, ...selected.filter((name) => !names.includes(name))];
  const boxes = all.map((name) => {
    const label = doc.createElement('label');
    label.className = 'choice';
    const box = doc.createElement('input');
    box.type = 'checkbox';
    box.name = 'department';
    box.value = name;
    box.checked = selected.includes(name);
    const text = doc.createElement('span');
    text.textContent = name;
    label.append(box, text);
    return label;
  });
  controls.departmentChoices.replaceChildren(...boxes);
  updateDepartmentSummary(controls, lang);
}

/**
 * Updates the dropdown's summary line from the ticked boxes.
 *
 * @param controls - the page's controls
 * @param lang - language of the line
 * @returns nothing
 * @example
 * updateDepartmentSummary(controls, 'en') //=> the summary reads "All" or "2 selected"
 */
export function updateDepartmentSummary(controls: Controls, lang: Lang): void {
  const chosen = checkedDepartments(controls);
  controls.departmentSummary.textContent =
    chosen.length === 0
      ? t(lang, 'departments.all')
      : chosen.length <= 2
        ? chosen.join('、')
        : t(lang, 'departments.some', { n: chosen.length });
}

/**
 * Shows a state in the controls.
 *
 * @param controls - the page's controls
 * @param state - what to show
 * @returns nothing
 * @example
 * writeControls(controls, { ...DEFAULT_STATE, era: 'japanese' }) //=> the era select reads 和暦
 */
export function writeControls(controls: Controls, state: DemoState): void {
  controls.groupBy.value = state.groupBy;
  controls.era.value = state.era;
  controls.lang.value = state.lang;
  controls.theme.value = state.theme;
  if (controls.filter.value !== state.filter) controls.filter.value = state.filter;
  for (const radio of controls.layout) radio.checked = radio.value === state.layout;
  for (const box of controls.departmentChoices.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = state.departments.includes(box.value);
  }
  updateDepartmentSummary(controls, state.lang);
}

function pick<T extends string>(value: string, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/**
 * Reads the state the controls show, keeping what they do not hold (view, selection, today).
 *
 * @param controls - the page's controls
 * @param previous - the state before, for the fields no control holds
 * @returns a new state
 * @example
 * readControls(controls, DEFAULT_STATE).groupBy //=> 'department' after choosing 主務課
 */
export function readControls(controls: Controls, previous: DemoState): DemoState {
  return {
    ...previous,
    groupBy: pick(controls.groupBy.value, GROUP_BY_VALUES, previous.groupBy),
    era: pick(controls.era.value, ERA_VALUES, previous.era),
    lang: pick(controls.lang.value, LANG_VALUES, previous.lang),
    theme: pick(controls.theme.value, THEME_VALUES, previous.theme),
    filter: controls.filter.value,
    layout: pick(controls.layout.find((radio) => radio.checked)?.value ?? '', LAYOUT_VALUES, previous.layout),
    departments: checkedDepartments(controls),
  };
}
