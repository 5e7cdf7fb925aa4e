import { formatDepartments, type PlanItem } from '@plan-timeline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { setStyle } from '../directives/set-style.js';
import { planLang } from '../i18n/plan-lang.js';
import type { Words } from '../i18n/words.js';
import { describeSpan, type EraMode, type Lang } from '../time/describe-span.js';
import { howOften } from '../time/describe-recurrence.js';
import type { TableWindow } from './table-window.js';

/** What the table view shows, and how. */
export interface TableViewOptions {
  /** The plan's title (the caption). */
  title: string;
  /** The items, in order. */
  items: readonly PlanItem[];
  /** Notation of the dates. */
  era: EraMode;
  /** Language of the element's words. */
  lang: Lang;
  words: Words;
  /** The rows to render of a long table (see `TableWindowController`); null renders every row. */
  rowWindow: TableWindow | null;
  /** Called when the table's scrolling box scrolls. */
  onScroll: () => void;
}

/** A row that takes the room of the rows not rendered above or below the window. */
const spacer = (height: number): TemplateResult =>
  html`<tr class="spacer" aria-hidden="true">
    <td colspan="5" ${setStyle({ height: `${height}px` })}></td>
  </tr>`;

/**
 * The table view: every item shown, with its No., code, title, departments and
 * dates as plain text, in a focusable scrolling region. A long table has only a
 * window of its rows in the DOM, between spacer rows, with `aria-rowcount` on the
 * table and `aria-rowindex` on each row giving the whole count and each row's place.
 *
 * @param options - the items, notation, words and window
 * @returns the template
 */
export function tableView({
  title,
  items,
  era,
  lang,
  words,
  rowWindow,
  onScroll,
}: TableViewOptions): TemplateResult {
  const ja = planLang(lang);
  const start = rowWindow?.start ?? 0;
  const shown = rowWindow ? items.slice(rowWindow.start, rowWindow.end) : items;
  return html`<div
    class="table-wrap"
    tabindex="0"
    role="region"
    aria-label=${`${title} ${words.items}`}
    @scroll=${onScroll}
  >
    <table
      part="table"
      class=${rowWindow ? 'windowed' : ''}
      aria-rowcount=${rowWindow ? items.length + 1 : nothing}
    >
      <caption>
        <span lang=${ja}>${title}</span>
        — ${words.items_count(items.length)}
      </caption>
      ${
        rowWindow
          ? html`<colgroup>
              <col class="col-no" />
              <col class="col-code" />
              <col class="col-title" />
              <col class="col-departments" />
              <col />
            </colgroup>`
          : nothing
      }
      <thead>
        <tr aria-rowindex=${rowWindow ? 1 : nothing}>
          <th scope="col">${words.no}</th>
          <th scope="col">${words.code}</th>
          <th scope="col">${words.title}</th>
          <th scope="col">${words.departments}</th>
          <th scope="col">${words.schedule}</th>
        </tr>
      </thead>
      <tbody>
        ${rowWindow ? spacer(rowWindow.before) : nothing}
        ${repeat(
          shown,
          (item) => item,
          (item, k) =>
            html`<tr data-row=${start + k} aria-rowindex=${rowWindow ? start + k + 2 : nothing}>
              <td>${item.serial}</td>
              <td>${item.code}</td>
              <th scope="row" lang=${ja}>${item.title}</th>
              <td lang=${ja}>${formatDepartments(item.departments)}</td>
              <td>
                <ul>
                  ${item.schedule.spans.map(
                    (s) =>
                      html`<li>
                        ${s.track ? html`<span lang=${ja}>［${s.track}］</span>` : nothing}${describeSpan(s, era, lang)}${s.label ? html`: <span lang=${ja}>${s.label}</span>` : nothing}
                      </li>`,
                  )}
                  ${item.schedule.recurrences.map(
                    (r) =>
                      html`<li>
                        ${howOften(r, words, lang)}${r.label ? html`: <span lang=${ja}>${r.label}</span>` : nothing}
                      </li>`,
                  )}
                  ${
                    item.schedule.spans.length + item.schedule.recurrences.length === 0
                      ? html`<li>${words.undated}</li>`
                      : nothing
                  }
                </ul>
              </td>
            </tr>`,
        )}
        ${rowWindow ? spacer(rowWindow.after) : nothing}
      </tbody>
    </table>
  </div>`;
}
