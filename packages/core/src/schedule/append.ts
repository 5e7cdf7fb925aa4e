/**
 * Adds an item to the end of a list, keeping short lists exactly as long as their items: the
 * parsers make many short lists (most hold one to four spans, sentence ends or notes), and a
 * `push` onto an array of one reserves room for sixteen more, which a plan of ten thousand items
 * then keeps in memory. Lists of up to four items are made anew at each add; longer ones grow in place.
 *
 * @param list - the list so far (not changed while shorter than four items)
 * @param item - what to add
 * @returns the list to keep: a new list of up to four items, or `list` itself
 *
 * @example
 * let spans: number[] = [];
 * spans = append(spans, 1); //=> [1]
 * spans = append(spans, 2); //=> [1, 2]
 */
export function append<T>(list: T[], item: T): T[] {
  switch (list.length) {
    case 0:
      return [item];
    case 1:
      return [list[0]!, item];
    case 2:
      return [list[0]!, list[1]!, item];
    case 3:
      return [list[0]!, list[1]!, list[2]!, item];
    default:
      list.push(item);
      return list;
  }
}

/**
 * One shared, frozen empty list to start internal lists from: {@link append} never adds to an
 * empty list, so lists that stay empty (most) cost nothing. Never hand it out as a result.
 */
export const NONE: never[] = Object.freeze([]) as never[];
