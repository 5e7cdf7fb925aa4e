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
