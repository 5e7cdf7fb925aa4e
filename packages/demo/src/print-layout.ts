/**
 * Printing: the timeline scrolls its rows inside a fixed height, so before printing the
 * element is made as tall as all its rows (it then draws every row) and put back afterwards.
 *
 * @module
 */

/** The element's own scrolling box (the rows), found by its overflow rather than by name. */
function scrollingBox(el: HTMLElement): HTMLElement | null {
  const nodes = el.shadowRoot ? [...el.shadowRoot.querySelectorAll<HTMLElement>('*')] : [];
  return (
    nodes.find((node) => {
      const overflow = getComputedStyle(node).overflowY;
      return (overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight + 1;
    }) ?? null
  );
}

/**
 * Makes the element tall enough to show all its rows without scrolling.
 *
 * @param el - the `<plan-timeline>` element
 * @returns a function that restores the height it had
 * @example
 * const restore = expandForPrint(timeline); window.print(); restore();
 */
export function expandForPrint(el: HTMLElement): () => void {
  const previous = el.style.getPropertyValue('height');
  const box = scrollingBox(el);
  if (box) {
    const hidden = box.scrollHeight - box.clientHeight;
    el.style.setProperty('height', `${Math.ceil(el.getBoundingClientRect().height + hidden)}px`);
  }
  return () => {
    if (previous === '') el.style.removeProperty('height');
    else el.style.setProperty('height', previous);
  };
}

/**
 * Waits for the next two frames, so a resized element has redrawn.
 *
 * @returns a promise settled after two animation frames
 * @example
 * await twoFrames()
 */
export function twoFrames(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/**
 * Makes the element tall enough to show all its rows, and waits until it has drawn them. A long
 * table draws its rows once it is tall enough to show them, and measures them as it draws them:
 * it may then be taller than it was thought to be, and is grown again. Done when, twice in a row,
 * two frames and the element's update later, nothing scrolls (or after `rounds` waits).
 *
 * @param el - the `<plan-timeline>` element
 * @param rounds - how many times at most to wait for it
 * @returns a function that restores the height it had before
 * @example
 * const restore = await expandFully(timeline); window.print(); restore();
 */
export async function expandFully(el: HTMLElement, rounds = 10): Promise<() => void> {
  const restore = expandForPrint(el);
  for (let round = 0, still = 0; round < rounds && still < 2; round++) {
    await twoFrames();
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    if (scrollingBox(el)) {
      expandForPrint(el);
      still = 0;
    } else {
      still++;
    }
  }
  return restore;
}
