import { formatDepartment, type PlanItem } from '@plan-timeline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { planLang } from '../i18n/plan-lang.js';
import type { Words } from '../i18n/words.js';
import { describeSpan, type EraMode, type Lang } from '../time/describe-span.js';
import { howOften } from '../time/describe-recurrence.js';

/** What the details panel needs besides the item. */
export interface DetailsOptions {
  /** Index of the selected span, or `-1`. */
  selectedSpan: number;
  era: EraMode;
  lang: Lang;
  words: Words;
  /** Called by the close button. */
  onClose: () => void;
}

/**
 * Splits a text around a source range: `[before, inside, after]`. An empty or
 * out-of-range range gives `[text, '', '']`.
 *
 * @param text - the schedule text
 * @param range - UTF-16 offsets `[start, end)`, or `undefined`
 * @returns the three parts
 * @example
 * splitAt('2021(R3)年度：検討 2022(R4)年度：実施', { start: 14, end: 27 })
 * //=> ['2021(R3)年度：検討 ', '2022(R4)年度：実施', '']
 */
export function splitAt(
  text: string,
  range: { start: number; end: number } | undefined,
): [string, string, string] {
  if (!range || range.start < 0 || range.end > text.length || range.end <= range.start) return [text, '', ''];
  return [text.slice(0, range.start), text.slice(range.start, range.end), text.slice(range.end)];
}

/**
 * The details panel of the selected item: its spans by track, the schedule text
 * as written with the selected span's source marked, content, goal, targets,
 * departments and references. Everything is rendered as text.
 *
 * @param item - the selected item
 * @param options - selected span, notation, words and the close handler
 * @returns the template
 */
export function detailsPanel(item: PlanItem, options: DetailsOptions): TemplateResult {
  const { words, lang, era, selectedSpan } = options;
  const ja = planLang(lang);
  const [before, marked, after] = splitAt(item.scheduleText, item.schedule.spans[selectedSpan]?.source);
  // Kept on one line: the source paragraph is pre-wrapped, so template whitespace would show.
  const source = html`${before}${marked ? html`<mark>${marked}</mark>` : nothing}${after}`;
  const tracks = new Map<string, number[]>();
  item.schedule.spans.forEach((span, i) => {
    const key = span.track ?? '';
    tracks.set(key, [...(tracks.get(key) ?? []), i]);
  });
  const list = (heading: string, entries: readonly string[]) =>
    entries.length > 0
      ? html`<h3>${heading}</h3>
          <ul>
            ${entries.map((entry) => html`<li lang=${ja}>${entry}</li>`)}
          </ul>`
      : nothing;
  // The policy and section the item is under; a plan read from a CSV without those columns names neither.
  const meta = [item.policy.title, item.section.title].filter(Boolean).join(' ／ ');
  return html`<aside class="details" part="details" aria-label=${`${words.details}: ${item.title}`}>
    <header>
      <h2>No.${item.serial} ${item.code} <span lang=${ja}>${item.title}</span></h2>
      <button type="button" @click=${options.onClose}>${words.close}</button>
    </header>
    ${meta ? html`<p class="meta" lang=${ja}>${meta}</p>` : nothing}
    <h3>${words.spans}</h3>
    <ul class="span-list">
      ${[...tracks.entries()].map(
        ([track, indices]) =>
          html`${track ? html`<li class="track-name" lang=${ja}>${track}</li>` : nothing}
          ${indices.map((i) => {
            const span = item.schedule.spans[i]!;
            return html`<li class=${i === selectedSpan ? 'selected' : ''}>
              ${describeSpan(span, era, lang)}${span.label ? html`: <span lang=${ja}>${span.label}</span>` : nothing}
            </li>`;
          })}`,
      )}
      ${item.schedule.recurrences.map(
        (r) =>
          html`<li>
            ${howOften(r, words, lang)}${r.label ? html`: <span lang=${ja}>${r.label}</span>` : nothing}
          </li>`,
      )}
      ${
        item.schedule.spans.length === 0 && item.schedule.recurrences.length === 0
          ? html`<li>${words.undated}</li>`
          : nothing
      }
    </ul>
    <h3>${words.scheduleSource}</h3>
    <p class="source" lang=${ja}>${source}</p>
    ${
      item.content
        ? html`<h3>${words.content}</h3>
            <p class="prose" lang=${ja}>${item.content}</p>`
        : nothing
    }
    ${
      item.goal
        ? html`<h3>${words.goal}</h3>
            <p class="prose" lang=${ja}>${item.goal}</p>`
        : nothing
    }
    ${list(
      words.targets,
      item.targets.map((t) => t.text),
    )}
    ${
      item.departments.length > 0
        ? html`<h3>${words.departments}</h3>
            <ul>
              ${item.departments.map(
                (d) =>
                  html`<li>
                    <span lang=${ja}>${d.role === 'primary' ? '◎' : '○'}${formatDepartment(d)}</span>
                    <span class="visually-hidden">${d.role === 'primary' ? words.lead : words.join}</span>
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    ${list(words.references, item.references)}
  </aside>`;
}
