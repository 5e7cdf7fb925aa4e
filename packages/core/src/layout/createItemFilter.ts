import type { PlanItem } from '../model/types.js';
import { departmentNames } from '../model/departmentNames.js';

/** The filtering part of the layout options. */
export interface ItemFilterOptions {
  /** Words that must all occur in the item (title, content, goal, code, No., departments). */
  filter?: string;
  /** Department names; the item must be led or joined by one of them (under any name it answers to: {@link departmentNames}). */
  departments?: readonly string[];
}

/**
 * Makes a predicate that tells whether an item passes a text search and a
 * department list. Text is folded with NFKC and lower case, so `ＩＣＴ` finds
 * `ICT`; every whitespace-separated word must occur somewhere in the item's
 * title, content, goal, code or department names. A word `No.38` (or `no38`)
 * matches the item with that serial only. An empty filter and an empty
 * department list let every item through.
 *
 * @param options - the text filter and the department names
 * @returns a function of an item that is `true` when the item is to be shown
 * @example
 * const show = createItemFilter({ filter: 'ＩＣＴ', departments: ['財政'] });
 * show({ title: 'ICT活用', departments: [{ name: '財政', role: 'primary' }], … })
 * //=> true
 */
export function createItemFilter(options: ItemFilterOptions): (item: PlanItem) => boolean {
  const words = fold(options.filter ?? '')
    .split(/\s+/u)
    .filter((word) => word.length > 0);
  const wanted = new Set((options.departments ?? []).map(foldName).filter((name) => name.length > 0));
  const serialWords: number[] = [];
  const textWords: string[] = [];
  for (const word of words) {
    const serial = /^no\.?(\d+)$/u.exec(word);
    if (serial) serialWords.push(Number(serial[1]));
    else textWords.push(word);
  }
  if (textWords.length === 0 && serialWords.length === 0 && wanted.size === 0) return () => true;

  return (item) => {
    if (
      wanted.size > 0 &&
      !item.departments.some((d) => departmentNames(d).some((name) => wanted.has(foldName(name))))
    )
      return false;
    if (serialWords.some((serial) => serial !== item.serial)) return false;
    if (textWords.length === 0) return true;
    const haystack = searchText(item);
    return textWords.every((word) => haystack.includes(word));
  };
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** An item's folded search text, with what it was made from: made again when any of that changes. */
interface SearchText {
  title: string;
  content: string;
  goal: string;
  code: string;
  serial: number;
  departments: PlanItem['departments'];
  text: string;
}

// A search runs at every key typed into a filter: each item's text is folded once, not at every key
// (a 10,000-item plan took about 50 ms a key to fold, and a few ms to search once folded).
const SEARCH_TEXTS = new WeakMap<PlanItem, SearchText>();

function searchText(item: PlanItem): string {
  const known = SEARCH_TEXTS.get(item);
  if (
    known &&
    known.title === item.title &&
    known.content === item.content &&
    known.goal === item.goal &&
    known.code === item.code &&
    known.serial === item.serial &&
    known.departments === item.departments
  ) {
    return known.text;
  }
  const text = fold(
    [
      item.title,
      item.content,
      item.goal,
      item.code,
      `no.${item.serial}`,
      ...item.departments.flatMap((d) => [d.name, ...(d.units ?? []), d.parent ?? '']),
    ].join('\n'),
  );
  SEARCH_TEXTS.set(item, {
    title: item.title,
    content: item.content,
    goal: item.goal,
    code: item.code,
    serial: item.serial,
    departments: item.departments,
    text,
  });
  return text;
}

// Department names repeat across a plan's items: each is folded once.
const FOLDED_NAMES = new Map<string, string>();

function foldName(name: string): string {
  let folded = FOLDED_NAMES.get(name);
  if (folded === undefined) {
    folded = fold(name).trim();
    if (FOLDED_NAMES.size < 10000) FOLDED_NAMES.set(name, folded);
  }
  return folded;
}
