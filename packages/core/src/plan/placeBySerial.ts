/**
 * Puts the items listed only in a plan's index among the items read from its table, as if each, in the
 * index's order, were put before the first item whose serial is greater (of the table's, or of the index's
 * placed before it), or last when there is none. Internal to `plan/`.
 *
 * It takes time O((n + k) log (n + k)) for n items and k to place, however the serials are ordered (putting
 * each in its turn would take O(n · k)): an item goes before the first of the table's items whose serial is
 * greater than its own, found by a binary search over the greatest serial so far; those that go before the
 * same item are put in the order of their serials, the same serials in the index's order, which is where
 * putting them in turn among one another leaves them.
 *
 * @param items - the items so far, in the plan's order (not changed)
 * @param placed - the items to place, in the index's order
 * @returns the items and the placed ones, in the plan's order: a new list, or `items` itself when there is
 *   nothing to place
 * @example
 * placeBySerial([{ serial: 1 }, { serial: 4 }], [{ serial: 5 }, { serial: 2 }]).map((i) => i.serial)
 * //=> [1, 2, 4, 5]
 */
export function placeBySerial<T extends { readonly serial: number }>(items: T[], placed: readonly T[]): T[] {
  if (placed.length === 0) return items;
  const n = items.length;
  // The greatest serial of the items up to each: the first item greater than a serial is the first
  // whose greatest-so-far is greater, and the greatest-so-far never falls.
  const greatest = new Float64Array(n);
  let max = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const serial = items[i]!.serial;
    if (serial > max) max = serial;
    greatest[i] = max;
  }
  // The items placed before the table's item i (before none: at n), in the index's order.
  const before = new Map<number, T[]>();
  for (const item of placed) {
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (greatest[mid]! > item.serial) high = mid;
      else low = mid + 1;
    }
    const gap = before.get(low);
    if (gap) gap.push(item);
    else before.set(low, [item]);
  }
  const out: T[] = [];
  const putBefore = (i: number): void => {
    const gap = before.get(i);
    if (!gap) return;
    // Array#sort is stable: the same serials keep the index's order.
    if (gap.length > 1) gap.sort((a, b) => (a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0));
    for (const item of gap) out.push(item);
  };
  for (let i = 0; i < n; i++) {
    putBefore(i);
    out.push(items[i]!);
  }
  putBefore(n);
  return out;
}
