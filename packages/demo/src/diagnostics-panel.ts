/**
 * The diagnostics panel: what `parsePlan` reported, most serious first, each
 * with a button that shows the item in the timeline. Messages are plan-derived
 * text and are set with `textContent` only.
 *
 * @module
 */
import { diagnosticMessage, type Diagnostic, type Severity } from '@plan-timeline/core';
import { t } from './i18n.js';
import type { Lang } from './i18n.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Orders diagnostics for reading: errors, then warnings, then information; within
 * each, by line. Returns a new array.
 *
 * @param diagnostics - as the plan reader reported them
 * @returns a sorted copy
 * @example
 * sortDiagnostics([{ severity: 'info', line: 1 }, { severity: 'error', line: 9 }]).map((d) => d.line)
 * //=> [9, 1]
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        (RANK[a.diagnostic.severity] ?? 3) - (RANK[b.diagnostic.severity] ?? 3) ||
        (a.diagnostic.line ?? Infinity) - (b.diagnostic.line ?? Infinity) ||
        a.index - b.index,
    )
    .map(({ diagnostic }) => diagnostic);
}

/**
 * Codes of the notes that the fiscal year a plan is for would resolve: a month or a part of the year (上半期) with no
 * year before it, and a year counted from another (来年度, 翌年度) with none to count from.
 */
const NEEDS_FISCAL_YEAR: ReadonlySet<string> = new Set(['yearless-month', 'yearless-part', 'uncounted-year']);

/** Diagnostics listed at once; the rest wait behind a button (a plan of thousands of undated items lists thousands). */
export const FIRST_SHOWN = 100;

/**
 * Fills the panel's list with the diagnostics; each one that belongs to an item
 * gets a button calling `onJump(serial)`, and each that the plan's fiscal year would
 * resolve (`'yearless-month'`, `'yearless-part'`, `'uncounted-year'`) one calling `onNeedsYear()`. Only
 * the first {@link FIRST_SHOWN} are listed at once, then a button that lists the others.
 *
 * @param list - the `<ol>` to fill
 * @param count - where the number of diagnostics is shown
 * @param diagnostics - the plan's diagnostics
 * @param lang - the page language
 * @param onJump - called with the item's serial when its button is pressed
 * @param onNeedsYear - called when a note's button for the plan's fiscal year is pressed; without it, no such button
 * @returns nothing; the list is rebuilt
 * @example
 * renderDiagnostics(list, count, plan.diagnostics, 'ja', (serial) => timeline.select(serial))
 * //=> <li class="diagnostic severity-warning">… No.13 … [この項目を表示]</li>
 */
export function renderDiagnostics(
  list: HTMLElement,
  count: HTMLElement,
  diagnostics: readonly Diagnostic[],
  lang: Lang,
  onJump: (serial: number) => void,
  onNeedsYear?: () => void,
): void {
  const doc = list.ownerDocument;
  count.textContent = diagnostics.length === 0 ? '' : t(lang, 'diag.count', { n: diagnostics.length });
  if (diagnostics.length === 0) {
    const empty = doc.createElement('li');
    empty.className = 'diagnostic diagnostic-none';
    empty.textContent = t(lang, 'diag.none');
    list.replaceChildren(empty);
    return;
  }
  const sorted = sortDiagnostics(diagnostics);
  const rowOf = (diagnostic: Diagnostic): HTMLLIElement =>
    diagnosticRow(doc, diagnostic, lang, onJump, onNeedsYear);
  const first = sorted.slice(0, FIRST_SHOWN).map(rowOf);
  if (sorted.length <= FIRST_SHOWN) {
    list.replaceChildren(...first);
    return;
  }
  const more = doc.createElement('li');
  more.className = 'diagnostic-more';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'button button-small';
  button.textContent = t(lang, 'diag.more', { n: sorted.length - FIRST_SHOWN });
  button.addEventListener('click', () => {
    const rest = sorted.slice(FIRST_SHOWN).map(rowOf);
    more.replaceWith(...rest);
    // The button is gone: the focus goes to the first diagnostic it listed.
    rest[0]!.tabIndex = -1;
    rest[0]!.focus();
  });
  more.append(button);
  list.replaceChildren(...first, more);
}

/** One diagnostic as a list entry: severity, where, message, a button to its item and one to the plan's year. */
function diagnosticRow(
  doc: Document,
  diagnostic: Diagnostic,
  lang: Lang,
  onJump: (serial: number) => void,
  onNeedsYear: (() => void) | undefined,
): HTMLLIElement {
  const row = doc.createElement('li');
  row.className = `diagnostic severity-${diagnostic.severity}`;
  row.dataset.code = diagnostic.code;
  if (diagnostic.serial !== undefined) row.dataset.serial = String(diagnostic.serial);

  const meta = doc.createElement('p');
  meta.className = 'diagnostic-meta';
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.textContent = t(lang, `severity.${diagnostic.severity}`);
  meta.append(badge);
  const where = [
    diagnostic.serial !== undefined ? t(lang, 'diag.item', { serial: diagnostic.serial }) : null,
    diagnostic.line !== undefined ? t(lang, 'diag.line', { line: diagnostic.line }) : null,
    diagnostic.code,
  ].filter((part): part is string => part !== null);
  const location = doc.createElement('span');
  location.className = 'diagnostic-where';
  location.textContent = where.join(' · ');
  meta.append(location);

  const message = doc.createElement('p');
  message.className = 'diagnostic-message';
  // Plan editors read the Japanese sentence; a diagnostic from a plan's JSON may have only the English one.
  message.textContent = diagnosticMessage(diagnostic, lang);
  row.append(meta, message);

  const serial = diagnostic.serial;
  if (serial !== undefined) {
    const jump = doc.createElement('button');
    jump.type = 'button';
    jump.className = 'button button-small';
    jump.textContent = t(lang, 'diag.jump');
    jump.setAttribute('aria-label', `${t(lang, 'diag.jump')}: ${t(lang, 'diag.item', { serial })}`);
    jump.addEventListener('click', () => onJump(serial));
    row.append(jump);
  }
  if (onNeedsYear && NEEDS_FISCAL_YEAR.has(diagnostic.code)) {
    const year = doc.createElement('button');
    year.type = 'button';
    year.className = 'button button-small';
    year.textContent = t(lang, 'diag.fiscalYear');
    year.addEventListener('click', onNeedsYear);
    row.append(year);
  }
  return row;
}
