/**
 * Runs a generator that yields as it goes (such as the records of `delimitedRecords`) to its end,
 * and gives what it returns: the rest of the work in one step.
 *
 * @param steps - the generator, not yet run or part-run
 * @returns the generator's return value
 * @example
 * runToEnd(records) // splits the records not read yet, for the problems they hold
 */
export function runToEnd<R>(steps: Generator<unknown, R, undefined>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
