/**
 * A table of numbers with room for `length` of them: `table` itself when it has the room, else a copy of it
 * twice as long (or longer, to the length asked for). The plan readers keep rows of numbers in such tables
 * (`PlanIndex`, `TableItems`): one typed array for all rows instead of an object per row. Internal to `plan/`.
 *
 * @param table - the table so far
 * @param length - how many numbers it must hold
 * @returns the table to keep
 * @example
 * withRoom(new Int32Array(4), 6).length; //=> 8
 */
export function withRoom(table: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  if (length <= table.length) return table;
  const grown = new Int32Array(Math.max(length, table.length * 2));
  grown.set(table);
  return grown;
}
