/**
 * Adds an item to the end of a list, starting a list of exactly one item when the list is
 * empty: the first `push` onto an empty array reserves room for sixteen, and the parsers make
 * many short lists (most hold one span, one sentence end, one note).
 *
 * @param list - the list so far (not changed when empty)
 * @param item - what to add
 * @returns the list to keep: `list` itself, or a new one-item list
 *
 * @example
 * let spans: number[] = [];
 * spans = append(spans, 1); //=> [1]
 * spans = append(spans, 2); //=> [1, 2]
 */
export function append<T>(list: T[], item: T): T[] {
  if (list.length === 0) return [item];
  list.push(item);
  return list;
}

/**
 * One shared, frozen empty list to start internal lists from: {@link append} never adds to an
 * empty list, so lists that stay empty (most) cost nothing. Never hand it out as a result.
 */
export const NONE: never[] = Object.freeze([]) as never[];
