/** The palette index of an item that names no department: its bars are drawn in `--plan-bar-color`. */
export const NO_DEPARTMENT = -1;

/**
 * The custom property an item's bars are drawn in, by its palette index: `--plan-dept-color-N` for the
 * colour of its lead department, `--plan-bar-color` for an item with no department.
 *
 * @param index - the palette index (0–7), or {@link NO_DEPARTMENT}
 * @returns the custom property's name
 * @example
 * barColorProperty(3)              //=> '--plan-dept-color-3'
 * barColorProperty(NO_DEPARTMENT)  //=> '--plan-bar-color'
 */
export function barColorProperty(index: number): string {
  return index === NO_DEPARTMENT ? '--plan-bar-color' : `--plan-dept-color-${index}`;
}

/**
 * The class that gives a bar its colour (`c0` … `c7`), or `nodept` for an item with no department (no palette
 * colour: the bar falls back to `--plan-bar-color`).
 *
 * @param index - the palette index (0–7), or {@link NO_DEPARTMENT}
 * @returns the class name
 * @example
 * barColorClass(3) //=> 'c3'
 */
export function barColorClass(index: number): string {
  return index === NO_DEPARTMENT ? 'nodept' : `c${index}`;
}
