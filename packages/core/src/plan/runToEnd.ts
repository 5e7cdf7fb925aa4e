/**
 * Runs a reader that yields as it goes (such as `readPlanTextSteps`) to its end, and gives
 * what it returns: the whole reading in one step.
 *
 * @param steps - the reader, not yet run or part-run
 * @returns the generator's return value
 * @example
 * runToEnd(readPlanTextSteps(text)) // the same draft as readPlanText(text)
 */
export function runToEnd<R>(steps: Generator<unknown, R, undefined>): R {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
