/**
 * Puts an item listed only in a plan's index among the items read from its table: before the first
 * whose serial is greater, or last when there is none. Items listed only in the index are placed one
 * after another, in the index's order, each among those placed before it too. Internal to `plan/`.
 *
 * @param items - the items so far, in the plan's order (changed: the item is inserted)
 * @param item - the item to place
 * @example
 * const items = [{ serial: 1 }, { serial: 4 }];
 * placeBySerial(items, { serial: 2 });
 * items.map((i) => i.serial)
 * //=> [1, 2, 4]
 */
export function placeBySerial<T extends { readonly serial: number }>(items: T[], item: T): void {
  const at = items.findIndex((other) => other.serial > item.serial);
  if (at < 0) items.push(item);
  else items.splice(at, 0, item);
}
