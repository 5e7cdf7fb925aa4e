import { formatDepartments, type PlanItem } from '@plan-timeline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { setStyle } from '../directives/set-style.js';
import { planLang } from '../i18n/plan-lang.js';
import type { Words } from '../i18n/words.js';
import { describeSpan, isoRange, type Lang } from '../time/describe-span.js';

/** Where and for what the tooltip shows. */
export interface TooltipState {
  /** Position in the frame, in pixels. */
  x: number;
  y: number;
  /** Below the bar (else above it). */
  below: boolean;
  item: PlanItem;
  /** Index of the span in `item.schedule.spans`. */
  span: number;
  track: string | undefined;
}

/**
 * The tooltip of a bar: the item's No. and title, its track, the span's label,
 * its dates in both notations (`2021(R3)年度 / 令和3年度`) and as ISO dates,
 * and the departments. Plan text goes through Lit bindings only.
 *
 * @param tip - what and where
 * @param lang - the language of the element's words
 * @param words - the element's words
 * @returns the template, or `nothing` for a span that does not exist
 */
export function tooltip(tip: TooltipState, lang: Lang, words: Words): TemplateResult | typeof nothing {
  const span = tip.item.schedule.spans[tip.span];
  if (!span) return nothing;
  const both = describeSpan(span, 'both', lang);
  const japanese = describeSpan(span, 'japanese', lang);
  const ja = planLang(lang);
  const departments = formatDepartments(tip.item.departments);
  return html`<div
    class="tooltip"
    part="tooltip"
    role="tooltip"
    id="tooltip"
    aria-labelledby="tooltip-title"
    ${setStyle({ left: `${tip.x}px`, top: `${tip.y}px`, transform: tip.below ? 'none' : 'translateY(-100%)' })}
  >
    <strong id="tooltip-title">No.${tip.item.serial} <span lang=${ja}>${tip.item.title}</span></strong>
    ${tip.track ? html`<div class="muted" lang=${ja}>${tip.track}</div>` : nothing}
    ${span.label ? html`<div lang=${ja}>${span.label}</div>` : nothing}
    <div>${both}${japanese !== both ? html` <span class="muted">/ ${japanese}</span>` : nothing}</div>
    <div class="muted">${isoRange(span)}</div>
    ${departments ? html`<div class="muted">${words.departments}: <span lang=${ja}>${departments}</span></div>` : nothing}
  </div>`;
}
