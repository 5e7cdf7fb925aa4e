/**
 * The demo page: opens on the seed plan, keeps its view in the URL, loads a
 * user's own plan, lists what the reader noticed, and exports.
 *
 * @module
 */
import '@plan-timeline/timeline-element/define';
import { MAX_PLAN_BYTES } from '@plan-timeline/timeline-element';
import { errorMessage, formatFiscalYear, isReadableYear, readFiscalYear } from '@plan-timeline/core';
import type { Plan } from '@plan-timeline/core';
import seedText from '../../../seeds/000_247872b8d3084b37.txt?raw';
import './styles.css';
import { applyMessages, t } from './i18n.js';
import {
  findControls,
  readControls,
  renderDepartmentChoices,
  updateDepartmentSummary,
  writeControls,
} from './controls.js';
import { renderDiagnostics } from './diagnostics-panel.js';
import { buildExport, downloadFile, EXPORT_KINDS } from './exports.js';
import type { ExportKind } from './exports.js';
import {
  attachDropTarget,
  FileTooLargeError,
  planName,
  readPlanFile,
  readSource,
  unreadableBecause,
} from './file-loading.js';
import type { LoadedPlan, PlanSource } from './file-loading.js';
import { findTimeline } from './timeline-api.js';
import { contentHeight } from './timeline-height.js';
import { applyStateToTimeline, isItemShown } from './timeline-sync.js';
import { formatState, parseState } from './url-state.js';
import type { DemoState } from './url-state.js';
import { presetWindow, scaleWindow, todayInJapan } from './view-presets.js';
import type { ViewPreset, ViewWindow } from './view-presets.js';

const timeline = findTimeline(document);
const controls = findControls(document);
const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

let state: DemoState = parseState(location.search);
let plan: Plan | null = null;
/** What the plan is called on the page: its title, else the name of the file it came from (see `planName`). */
let planLabel = '';
let lastGestureAt = -Infinity;
/** The window the element shows, as its last `plan-view-change` said. */
let shownWindow: ViewWindow | null = null;
/** What the plan shown was read from, read again when the plan's fiscal year is changed. */
let source: PlanSource = { input: seedText, name: t(state.lang, 'load.seedName') };
/** The fiscal year an annual plan is read for (the field under the loading panel), or `null`. */
let planYear: number | null = null;

const today = (): string => state.today ?? todayInJapan(new Date());

function showStatus(message: string): void {
  const status = byId('status');
  status.textContent = message;
  status.classList.add('is-visible');
  window.clearTimeout(Number(status.dataset.timer));
  status.dataset.timer = String(window.setTimeout(() => status.classList.remove('is-visible'), 5000));
}

/** Lets the timeline shrink to its rows once it has laid them out (small plans, narrow filters). */
function fitHeightToRows(): void {
  void timeline.updateComplete.then(() => {
    timeline.style.setProperty('--content-height', `${contentHeight(timeline.rows)}px`);
  });
}

/** Writes the state to the URL without adding a history entry. */
function saveState(): void {
  const query = formatState(state);
  if (query !== location.search)
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
}

function applyLanguageAndTheme(): void {
  document.documentElement.lang = state.lang;
  document.documentElement.dataset.theme = state.theme;
  applyMessages(document, state.lang);
  document.title = `${t(state.lang, 'app.title')} — ${planLabel || 'plan-timeline'}`;
  updateDepartmentSummary(controls, state.lang);
  if (plan) renderPlanPanels(plan);
}

/** Shows the plan's title, counts, departments and diagnostics around the timeline. */
function renderPlanPanels(shown: Plan): void {
  byId('plan-title').textContent = planLabel;
  byId('plan-summary').textContent = [
    t(state.lang, 'summary.items', { n: shown.items.length }),
    t(state.lang, 'summary.departments', { n: shown.departments.length }),
  ].join(' · ');
  renderDepartmentChoices(
    controls,
    shown.departments.map((department) => department.name),
    state.departments,
    state.lang,
  );
  renderDiagnostics(
    byId('diagnostics-list'),
    byId('diagnostics-count'),
    shown.diagnostics,
    state.lang,
    (serial) => {
      void jumpTo(serial);
    },
    focusPlanYear,
  );
}

/** Brings the field for the plan's fiscal year into view and into focus (from a note that the year would resolve). */
function focusPlanYear(): void {
  const field = byId<HTMLInputElement>('plan-year');
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

/**
 * Selects an item in the timeline and brings the timeline into view; when the search or the
 * department filter hides the item, they are cleared first.
 */
async function jumpTo(serial: number): Promise<void> {
  if (plan && !isItemShown(plan, state, serial)) {
    state = { ...state, filter: '', departments: [] };
    writeControls(controls, state);
    applyStateToTimeline(timeline, state, today());
    await timeline.updateComplete;
  }
  timeline.select(serial);
  state = { ...state, selected: serial };
  saveState();
  timeline.scrollIntoView({ block: 'start', behavior: 'smooth' });
}

/** Shows a plan: in the element, the panels and the controls. */
function showPlan(next: Plan, { keepView, name }: { keepView: boolean; name: string }): void {
  plan = next;
  planLabel = planName(next, name);
  if (!keepView) {
    const names = new Set(next.departments.map((department) => department.name));
    state = {
      ...state,
      departments: state.departments.filter((name) => names.has(name)),
      viewStart: null,
      viewEnd: null,
      selected: null,
    };
    applyStateToTimeline(timeline, state, today());
    saveState();
  }
  timeline.plan = next;
  fitHeightToRows();
  renderPlanPanels(next);
  document.title = `${t(state.lang, 'app.title')} — ${planLabel || 'plan-timeline'}`;
  if (!keepView) timeline.fit();
}

/** The last plan the page said it could not read: the element's plan-error for it is not shown again. */
let unreadable: Plan | null = null;

function loaded({ plan: next, name, source: from }: LoadedPlan): void {
  source = from;
  // A file that could not be read as a plan is shown as such (the element says why, the panel lists it).
  const problem = unreadableBecause(next, state.lang);
  unreadable = problem === null ? null : next;
  showPlan(next, { keepView: false, name });
  if (problem !== null) failed(name, problem);
  else showStatus(t(state.lang, 'load.loaded', { name, n: next.items.length }));
}

function failed(name: string, error: unknown): void {
  const message =
    error instanceof FileTooLargeError
      ? t(state.lang, 'load.tooLarge', { mb: MAX_PLAN_BYTES / 1024 / 1024 })
      : errorMessage(error);
  showStatus(t(state.lang, 'load.failed', { name, message }));
}

function loadFile(file: File): void {
  readPlanFile(file, planYear).then(loaded, (error: unknown) => failed(file.name, error));
}

/** Reads a pasted text or the seed as a plan, for the fiscal year given, and shows it. */
function loadText(input: string, name: string): void {
  const from: PlanSource = { input, name };
  try {
    loaded({ plan: readSource(from, planYear), name, source: from });
  } catch (error) {
    failed(name, error);
  }
}

/**
 * The plan's fiscal year was typed in: the plan shown is read again for it, in the same view. A value that
 * names no fiscal year the readers take (1000–9998) is said to be wrong, and the field marked so.
 */
function onPlanYearChanged(field: HTMLInputElement): void {
  const value = field.value.trim();
  const year = value === '' ? null : (readFiscalYear(value)?.fiscalYear ?? NaN);
  const error = byId('plan-year-error');
  if (year !== null && !isReadableYear(year)) {
    // Said beside the field, for as long as the value stands, and named as the field's description.
    error.textContent = t(state.lang, 'load.fiscalYearInvalid', { value });
    error.hidden = false;
    field.setAttribute('aria-invalid', 'true');
    field.setAttribute('aria-describedby', 'plan-year-error plan-year-hint');
    showStatus(error.textContent);
    return;
  }
  error.hidden = true;
  error.textContent = '';
  field.removeAttribute('aria-invalid');
  field.setAttribute('aria-describedby', 'plan-year-hint');
  if (year === planYear) return;
  planYear = year;
  const next = readSource(source, planYear);
  unreadable = unreadableBecause(next, state.lang) === null ? null : next;
  showPlan(next, { keepView: true, name: source.name });
  showStatus(
    year === null
      ? t(state.lang, 'load.fiscalYearCleared')
      : t(state.lang, 'load.fiscalYearSet', { year: formatFiscalYear(year, 'both') }),
  );
}

/** The state changed through a control: carry it to the element, the page and the URL. */
function onControlsChanged(): void {
  const next = readControls(controls, state);
  const languageOrThemeChanged = next.lang !== state.lang || next.theme !== state.theme;
  state = next;
  applyStateToTimeline(timeline, state, today());
  fitHeightToRows();
  if (languageOrThemeChanged) applyLanguageAndTheme();
  else updateDepartmentSummary(controls, state.lang);
  saveState();
}

function zoomPreset(preset: ViewPreset): void {
  const window_ = presetWindow(preset, today());
  state = { ...state, viewStart: window_?.start ?? null, viewEnd: window_?.end ?? null };
  applyStateToTimeline(timeline, state, today());
  if (window_) timeline.zoomTo(window_.start, window_.end);
  else timeline.fit();
  saveState();
}

function zoomBy(factor: number): void {
  if (!shownWindow) return;
  const next = scaleWindow(shownWindow, factor);
  state = { ...state, viewStart: next.start, viewEnd: next.end };
  applyStateToTimeline(timeline, state, today());
  timeline.zoomTo(next.start, next.end);
  saveState();
}

async function exportAs(kind: ExportKind): Promise<void> {
  if (!plan) return;
  if (plan.items.length === 0) {
    showStatus(t(state.lang, 'export.nothing'));
    return;
  }
  try {
    const file = await buildExport(kind, timeline, plan, planLabel);
    downloadFile(file, document);
    showStatus(t(state.lang, 'export.done', { name: file.fileName }));
  } catch (error) {
    showStatus(t(state.lang, 'export.failed', { message: errorMessage(error) }));
  }
}

// Controls.
writeControls(controls, state);
for (const control of [controls.groupBy, controls.era, controls.lang, controls.theme]) {
  control.addEventListener('change', onControlsChanged);
}
controls.filter.addEventListener('input', onControlsChanged);
for (const radio of controls.layout) radio.addEventListener('change', onControlsChanged);
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-zoom]')) {
  button.addEventListener('click', () => zoomBy(button.dataset.zoom === 'in' ? 0.5 : 2));
}
controls.departmentChoices.addEventListener('change', onControlsChanged);
byId('departments-clear').addEventListener('click', () => {
  for (const box of controls.departmentChoices.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = false;
  }
  onControlsChanged();
});
byId<HTMLFormElement>('controls').addEventListener('submit', (event) => event.preventDefault());
// The department dropdown closes on a click elsewhere and on Escape, as a menu would.
const departmentsDropdown = byId<HTMLDetailsElement>('departments');
document.addEventListener('click', (event) => {
  if (departmentsDropdown.open && !departmentsDropdown.contains(event.target as Node))
    departmentsDropdown.open = false;
});
departmentsDropdown.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !departmentsDropdown.open) return;
  departmentsDropdown.open = false;
  departmentsDropdown.querySelector('summary')?.focus();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-view]')) {
  button.addEventListener('click', () => zoomPreset(button.dataset.view as ViewPreset));
}

// Loading.
const fileInput = byId<HTMLInputElement>('file-input');
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) loadFile(file);
  fileInput.value = '';
});
attachDropTarget(document.body, byId('drop-overlay'), loadFile);
byId('paste-apply').addEventListener('click', () => {
  const text = byId<HTMLTextAreaElement>('paste-text').value;
  if (text.trim() === '') showStatus(t(state.lang, 'load.empty'));
  else loadText(text, t(state.lang, 'load.pasteName'));
});
byId('load-seed').addEventListener('click', () => loadText(seedText, t(state.lang, 'load.seedName')));
const planYearField = byId<HTMLInputElement>('plan-year');
planYearField.addEventListener('change', () => onPlanYearChanged(planYearField));

// Exports.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-export]')) {
  const kind = button.dataset.export as ExportKind;
  if (EXPORT_KINDS.includes(kind)) button.addEventListener('click', () => void exportAs(kind));
}
// The element draws every row for paper itself, from the browser's menu too.
byId('print').addEventListener('click', () => window.print());

// The element's events.
// A person's gesture on the timeline: listened to while capturing, since d3-zoom stops the
// propagation of the events it handles.
for (const type of ['wheel', 'pointerdown', 'keydown', 'touchstart', 'dblclick'] as const) {
  timeline.addEventListener(type, () => (lastGestureAt = performance.now()), {
    capture: true,
    passive: true,
  });
}
timeline.addEventListener('plan-view-change', (event) => {
  shownWindow = { start: event.detail.start, end: event.detail.end };
  // Only a window the reader chose belongs in the link; the first fit after a load does not.
  if (performance.now() - lastGestureAt > 1500) return;
  const { start, end } = event.detail;
  state = { ...state, viewStart: start, viewEnd: end };
  saveState();
});
timeline.addEventListener('plan-select', (event) => {
  state = { ...state, selected: event.detail.item.serial };
  saveState();
});
timeline.addEventListener('plan-deselect', () => {
  state = { ...state, selected: null };
  saveState();
});
timeline.addEventListener('plan-load', (event) => {
  const loadedPlan = event.detail.plan;
  if (loadedPlan !== plan) {
    plan = loadedPlan;
    planLabel = planName(loadedPlan, source.name);
    renderPlanPanels(loadedPlan);
  }
});
timeline.addEventListener('plan-error', (event) => {
  // Said already, with the file's name.
  if (unreadable !== null && timeline.plan === unreadable) return;
  showStatus(event.detail.message);
});

// First view: the seed plan, in the state the link names.
const selected = state.selected;
applyLanguageAndTheme();
applyStateToTimeline(timeline, state, today());
const firstPlan = readSource(source, planYear);
showPlan(firstPlan, { keepView: true, name: source.name });
if (selected !== null && firstPlan.items.some((item) => item.serial === selected)) {
  void customElements.whenDefined('plan-timeline').then(async () => {
    await timeline.updateComplete;
    timeline.select(selected);
  });
} else if (selected !== null) {
  // A link to an item the plan does not have selects nothing, and says so no more.
  state = { ...state, selected: null };
  saveState();
}

declare global {
  interface Window {
    /** For tests and the console: the demo's current state and plan. */
    planDemo?: { readonly state: DemoState; readonly plan: Plan | null };
  }
}
window.planDemo = {
  get state() {
    return state;
  },
  get plan() {
    return plan;
  },
};
