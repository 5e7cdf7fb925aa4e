import { nothing } from 'lit';
import type { Lang } from '../time/describe-span.js';

/**
 * The `lang` attribute for plan text (titles, labels, departments, the
 * schedule as written): the plans are Japanese, so when the element's own
 * words are English, plan text says `lang="ja"` and a screen reader reads it
 * with a Japanese voice. In Japanese the element's `lang` is inherited and no
 * attribute is written.
 *
 * @param lang - the language of the element's own words
 * @returns `'ja'`, or Lit's `nothing` (no attribute)
 * @example
 * html`<span lang=${planLang('en')}>${item.title}</span>`
 * //=> <span lang="ja">収支均衡した予算編成</span>
 */
export function planLang(lang: Lang): 'ja' | typeof nothing {
  return lang === 'en' ? 'ja' : nothing;
}

/**
 * The `lang` attribute for the element's own words set inside plan text that
 * says `lang="ja"` (see {@link planLang}): a bar's dates, a band's accessible
 * name, inside a chart marked as the plan's. In Japanese, nothing.
 *
 * @param lang - the language of the element's own words
 * @returns `'en'`, or Lit's `nothing` (no attribute)
 * @example
 * html`<div lang=${planLang('en')}><span lang=${ownLang('en')}>FY2021</span></div>`
 * //=> <div lang="ja"><span lang="en">FY2021</span></div>
 */
export function ownLang(lang: Lang): 'en' | typeof nothing {
  return lang === 'en' ? 'en' : nothing;
}
