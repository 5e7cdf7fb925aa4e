// In-page measuring helpers shared by the three benchmark pages (plain JS, served as is).

/** Resolves just after the next frame has been painted, with performance.now() at that moment. */
export function nextPaint() {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
}

/**
 * Resolves half a second later, just after a painted frame. Every first-frame measurement starts from such a
 * page: measured at once after its data has loaded, a fresh page is slower for every library, by an amount
 * that varies from page to page (the browser is still busy with the page it just loaded), and that would be
 * charged to whichever library is measured. (Waiting for an idle period instead, or for a garbage
 * collection, does not help.)
 */
export async function waitAfterLoad(ms = 500) {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await nextPaint();
}

/**
 * Milliseconds from calling start() to the first painted frame in which isDrawn() holds. When the drawing
 * appeared between a frame's animation callbacks and our check, one more frame is awaited, so the time is
 * never under-reported. With several predicates, the time to each one in turn (from the same start).
 */
export async function timeToFirstFrame(start, isDrawn, timeoutMs = globalThis.benchTimeoutMs ?? 300000) {
  const predicates = Array.isArray(isDrawn) ? isDrawn : [isDrawn];
  const times = [];
  const t0 = performance.now();
  await start();
  for (const drawn of predicates) {
    // Already true when the previous one was seen: the same frame showed both.
    if (times.length > 0 && drawn()) {
      times.push(times[times.length - 1]);
      continue;
    }
    for (;;) {
      let drawnAtFrame = false;
      requestAnimationFrame(() => {
        drawnAtFrame = drawn();
      });
      const t = await nextPaint();
      if (drawn()) {
        times.push(drawnAtFrame ? t - t0 : (await nextPaint()) - t0);
        break;
      }
      if (t - t0 > timeoutMs) throw new Error(`nothing drawn within ${timeoutMs} ms`);
    }
  }
  return Array.isArray(isDrawn) ? times : times[0];
}

/**
 * Runs `count` interaction steps and returns, for each, the main-thread time it cost: the event handling
 * (with its microtasks) plus the following frame from its first animation callback until after paint.
 * Idle time waiting for the frame is not counted. `changed` counts steps whose DOM mutations landed
 * within that frame (a step that redraws later is not hidden).
 */
export async function stepTimes(step, count, observed) {
  const samples = [];
  let changed = 0;
  for (let i = 0; i < count; i++) {
    await nextPaint();
    let mutated = false;
    const observer = new MutationObserver(() => {
      mutated = true;
    });
    for (const root of observed)
      observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    let frameStart = 0;
    requestAnimationFrame(() => {
      frameStart = performance.now();
    });
    const t0 = performance.now();
    await step(i);
    const t1 = performance.now();
    const t2 = await nextPaint();
    if (observer.takeRecords().length > 0) mutated = true;
    observer.disconnect();
    if (mutated) changed++;
    samples.push(frameStart >= t1 ? t1 - t0 + (t2 - frameStart) : t2 - t0);
  }
  return { samples, changed };
}

/** Elements in the document, counting those inside shadow roots. */
export function countElements(root = document) {
  let n = 0;
  for (const el of root.querySelectorAll('*')) {
    n++;
    if (el.shadowRoot) n += countElements(el.shadowRoot);
  }
  return n;
}

/** Fetches a data file of the benchmark server. */
export async function fetchText(path) {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return res.text();
}

/**
 * A wheel event at (x, y) that bubbles out of shadow roots, as a mouse wheel sends it (or, with ctrlKey,
 * as a trackpad pinch does).
 */
export function wheelAt(x, y, deltaY, { ctrlKey = false } = {}) {
  const target = deepElementFromPoint(x, y);
  target.dispatchEvent(
    new WheelEvent('wheel', {
      deltaY,
      deltaMode: 0,
      ctrlKey,
      clientX: x,
      clientY: y,
      bubbles: true,
      composed: true,
      cancelable: true,
      view: window,
    }),
  );
  return target;
}

/** The innermost element at (x, y), looking into open shadow roots. */
export function deepElementFromPoint(x, y) {
  let el = document.elementFromPoint(x, y);
  while (el?.shadowRoot) {
    const inner = el.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  if (!el) throw new Error(`no element at ${x}, ${y}`);
  return el;
}
