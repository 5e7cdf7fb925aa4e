const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first of `keys` whose value in `record` is no array, as a path under `at`, or `null`. */
function notArray(record: Record<string, unknown>, keys: readonly string[], at: string): string | null {
  for (const key of keys) if (!Array.isArray(record[key])) return `${at}.${key}: expected an array`;
  return null;
}

/**
 * Why a value given as `.plan` cannot be drawn: the first place where it lacks what the element reads
 * (`$.items[3].schedule: expected an object`), or `null` for a value shaped as a `Plan`. It checks what drawing
 * the first frame reads of every item (its serial, title, schedule lists, spans' dates and departments' names),
 * in one pass that makes no strings (10,000 items: 5–9 ms in a page that has not run it, 1.5 ms after); core's
 * `validatePlan` checks every field (about 25 ms).
 *
 * @param value - what was given
 * @returns the first problem as a JSON path and what was expected, or `null`
 * @example
 * planShapeProblem({ ...plan, items: [{ serial: 1 }] }) //=> '$.items[0].title: expected a string'
 */
export function planShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return '$: expected a plan object';
  if (typeof value['title'] !== 'string') return '$.title: expected a string';
  const lists = notArray(value, ['policies', 'sections', 'items', 'departments', 'diagnostics'], '$');
  if (lists !== null) return lists;
  const items = value['items'] as unknown[];
  // Paths are written only for the place that fails: a plan of 10,000 items is checked without making strings.
  for (let i = 0; i < items.length; i++) {
    const problem = itemProblem(items[i]);
    if (problem !== null) return `$.items[${i}]${problem}`;
  }
  return null;
}

/** What an item lacks, as a path below it (`.schedule: expected an object`), or `null`. */
function itemProblem(item: unknown): string | null {
  if (!isObject(item)) return ': expected an object';
  if (typeof item['serial'] !== 'number') return '.serial: expected a number';
  if (typeof item['title'] !== 'string') return '.title: expected a string';
  const schedule = item['schedule'];
  if (!isObject(schedule)) return '.schedule: expected an object';
  const spans = schedule['spans'];
  if (!Array.isArray(spans)) return '.schedule.spans: expected an array';
  if (!Array.isArray(schedule['recurrences'])) return '.schedule.recurrences: expected an array';
  const departments = item['departments'];
  if (!Array.isArray(departments)) return '.departments: expected an array';
  for (let k = 0; k < spans.length; k++) {
    const problem = spanProblem(spans[k]);
    if (problem !== null) return `.schedule.spans[${k}]${problem}`;
  }
  for (let k = 0; k < departments.length; k++) {
    const department: unknown = departments[k];
    if (!isObject(department) || typeof department['name'] !== 'string')
      return `.departments[${k}]: expected a department ({ name, role })`;
  }
  return null;
}

/** What a span lacks, as a path below it, or `null`. */
function spanProblem(span: unknown): string | null {
  if (!isObject(span)) return ': expected an object';
  const { start, end } = span;
  if (start !== null && typeof start !== 'string') return '.start: expected a string or null';
  if (end !== null && typeof end !== 'string') return '.end: expected a string or null';
  return null;
}
