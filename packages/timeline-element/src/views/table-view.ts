import type { PlanItem } from '@plan-timeline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { planLang } from '../i18n/plan-lang.js';
import type { Words } from '../i18n/words.js';
import { describeSpan, type EraMode, type Lang } from '../time/describe-span.js';

/**
 * The table view: every item shown, with its No., code, title, departments and
 * dates as plain text, in a focusable scrolling region.
 *
 * @param title - the plan's title (the caption)
 * @param items - the items, in order
 * @param era - notation of the dates
 * @param lang - language of the element's words
 * @param words - the element's words
 * @returns the template
 */
export function tableView(
  title: string,
  items: readonly PlanItem[],
  era: EraMode,
  lang: Lang,
  words: Words,
): TemplateResult {
  const ja = planLang(lang);
  return html`<div class="table-wrap" tabindex="0" role="region" aria-label=${`${title} ${words.items}`}>
    <table part="table">
      <caption>
        <span lang=${ja}>${title}</span>
        — ${words.items_count(items.length)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${words.no}</th>
          <th scope="col">${words.code}</th>
          <th scope="col">${words.title}</th>
          <th scope="col">${words.departments}</th>
          <th scope="col">${words.schedule}</th>
        </tr>
      </thead>
      <tbody>
        ${items.map(
          (item) =>
            html`<tr>
              <td>${item.serial}</td>
              <td>${item.code}</td>
              <th scope="row" lang=${ja}>${item.title}</th>
              <td lang=${ja}>
                ${item.departments.map((d) => `${d.role === 'primary' ? '◎' : '○'}${d.name}`).join(' ')}
              </td>
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
                        ${words.every(r.everyYears)}${r.label ? html`: <span lang=${ja}>${r.label}</span>` : nothing}
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
      </tbody>
    </table>
  </div>`;
}
