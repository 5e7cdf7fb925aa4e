import {
  countElements,
  deepElementFromPoint,
  fetchText,
  nextPaint,
  waitAfterLoad,
  stepTimes,
  timeToFirstFrame,
  wheelAt,
} from './harness.js';

/** What the page gives the element (see `load`): the plan's text in the seed's layout, the plan as JSON text, or the parsed plan. */
const input = new URLSearchParams(location.search).get('input') ?? 'text';
const planPage = input === 'plan';
let text = '';
let plan = null;
let el = null;

/** The element's grid: the node carrying aria-rowcount, and the row nodes it has in the DOM. */
function grid() {
  const root = el?.shadowRoot;
  const table = root?.querySelector('[aria-rowcount]') ?? null;
  const rows = root ? root.querySelectorAll('[role="row"]') : [];
  return { table, rows };
}
/** Rows of the plan are in the treegrid: a long plan shows its first ones while the rest is read or laid out. */
const rowsShown = () => (el.state === 'ready' || el.state === 'loading') && grid().rows.length > 0;
/** The whole plan is read and drawn. */
const drawn = () => el.state === 'ready' && grid().rows.length > 0;

/** A new element, its "today" fixed so that every run draws the same axis. */
function newElement() {
  const element = document.createElement('plan-timeline');
  element.setAttribute('today', '2024-04-01');
  return element;
}

async function freshElement() {
  el?.remove();
  await customElements.whenDefined('plan-timeline');
  el = newElement();
  document.body.append(el);
  await el.updateComplete;
  await nextPaint();
  return el;
}

/** A point in the middle of the time axis area (right of the row labels). */
function plotPoint() {
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width * 0.7, y: r.top + r.height * 0.5 };
}

window.bench = {
  waitAfterLoad,
  /**
   * As a page with `<plan-timeline>` in its markup that fetches its plan: the element is on the page (drawn
   * empty) while the plan text loads, and is given it once loaded. The page for `.plan` (`?input=plan`) has
   * drawn nothing of ours: it only fetches and parses the plan object.
   */
  async load(n) {
    this.n = n;
    if (planPage) {
      plan = JSON.parse(await fetchText(`/data/${n}.plan.json`));
      return;
    }
    const file = input === 'json' ? `/data/${n}.plan.json` : `/data/${n}.txt`;
    const [, fetched] = await Promise.all([freshElement(), fetchText(file)]);
    text = fetched;
  },
  /**
   * From setting .text (parsing included) on the element drawn empty at load, to the first frame that shows
   * rows, and to the frame that shows the whole plan read (the same frame for a plan read within the first
   * slice).
   */
  async firstFrame() {
    const t = await timeToFirstFrame(() => {
      el.text = text;
    }, [rowsShown, drawn]);
    text = ''; // the page lets go of its copy: the heap then holds what the element keeps
    return t;
  },
  /**
   * From creating the element with an already parsed Plan to the first frame that shows rows (a long plan's
   * first screen: the rest is laid out right after): as the others are measured from their constructor,
   * given their data (the page has drawn nothing of ours before).
   */
  async firstFramePlan() {
    await customElements.whenDefined('plan-timeline');
    return timeToFirstFrame(() => {
      el = newElement();
      el.plan = plan;
      document.body.append(el);
    }, rowsShown);
  },
  /** Pinch-zoom steps over the chart (ctrl + wheel, ±10: about 1.15× each), alternately in and out. */
  async zoomSteps(count) {
    const { x, y } = plotPoint();
    return stepTimes(
      async (i) => {
        wheelAt(x, y, i % 2 ? 10 : -10, { ctrlKey: true });
        await el.updateComplete;
      },
      count,
      [el.shadowRoot],
    );
  },
  /** Drag steps of 8 px with the mouse (d3-zoom pans on mousedown + mousemove on the window). */
  async panSteps(count) {
    const { x, y } = plotPoint();
    const target = deepElementFromPoint(x, y);
    const mouse = (type, cx, node) =>
      node.dispatchEvent(
        new MouseEvent(type, {
          clientX: cx,
          clientY: y,
          button: 0,
          buttons: 1,
          bubbles: true,
          composed: true,
          cancelable: true,
          view: window,
        }),
      );
    mouse('mousedown', x, target);
    const result = await stepTimes(
      async (i) => {
        mouse('mousemove', x - 8 * (i + 1), window);
        await el.updateComplete;
      },
      count,
      [el.shadowRoot],
    );
    mouse('mouseup', x - 8 * count, window);
    return result;
  },
  stats() {
    const { table, rows } = grid();
    return {
      elements: countElements(),
      drawnRows: rows.length,
      ariaRowCount: table ? Number(table.getAttribute('aria-rowcount')) : null,
      state: el.state,
      error: el.error ?? null,
    };
  },
};
