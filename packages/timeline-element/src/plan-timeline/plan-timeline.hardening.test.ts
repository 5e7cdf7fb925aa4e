/**
 * Hardening of `<plan-timeline>` (issue 7): an injection corpus in every text field, wrongly
 * encoded files, two elements on one page, churn without console errors or leaks, a 320 px
 * screen, and touch pan and pinch driven through the DevTools protocol.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import type { Plan } from '@plan-timeline/core';
import '../define.js';
import { fySpan, hostilePlan, item, plan, smallPlan } from './fixtures.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';
import type { PlanErrorEvent } from '../events/index.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const SEED = '/seeds/000_247872b8d3084b37.txt';
const GROUPINGS = ['item', 'department', 'section', 'policy'] as const;

async function settle(...harnesses: PlanTimelineHarness[]): Promise<void> {
  for (const h of harnesses) await h.settle();
}

async function show(
  p: Plan = smallPlan(),
  attrs: Record<string, string> = {},
): Promise<[PlanTimeline, PlanTimelineHarness]> {
  const el = await fixture<PlanTimeline>(html`<plan-timeline today="2021-06-15"></plan-timeline>`);
  const h = new PlanTimelineHarness(el);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.plan = p;
  await h.settle();
  return [el, h];
}

/** Freezes a value and everything inside it, so that any write by the element throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Injection corpus: what the safety test does not already carry (`javascript:` URLs as a whole
// field, SVG and CSS payloads, markup that breaks out of CDATA or comments, entities, and
// characters XML cannot hold), in every text field of a plan.

const PAYLOADS = [
  'javascript:window.__pwned=11',
  '<svg/onload=window.__pwned=12>',
  '<svg><script>window.__pwned=13</script><animate onbegin="window.__pwned=14" attributeName="x" dur="1s"/></svg>',
  '</style><style>*{display:none}</style>',
  'x{width:expression(window.__pwned=15)} *{background:url("javascript:window.__pwned=16")}',
  '<a href="javascript:window.__pwned=17">link</a><img src=x onerror=window.__pwned=18>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=19>',
  ']]><script>window.__pwned=20</script><![CDATA[ --><script>window.__pwned=21</script><!--',
  '&lt;b&gt; &amp; &#x3C;i&#62; &nbsp;',
  'A\u0000B\u0008C\u001bD\uFFFEE\uD800F\u202Eg',
];

/** Characters XML 1.0 cannot hold (an exported SVG may drop or replace them, but must still parse). */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;

/**
 * An attribute through which text could act: an event handler, a link or source, or a style
 * holding what the payloads carry. (Text in `aria-label` or `title` is only text.)
 */
function activeAttribute(a: Attr): boolean {
  if (/^on/i.test(a.name)) return true;
  if (/^(href|xlink:href|src|srcset|action|formaction|data)$/i.test(a.name)) return true;
  return a.name === 'style' && /javascript:|expression\(|display:\s*none|__pwned/i.test(a.value);
}

/** Nothing the payloads carry became markup, ran, or restyled the element. */
function expectInert(el: PlanTimeline, where: string): void {
  const root = el.shadowRoot!;
  const injected = root.querySelectorAll(
    'img, script, iframe, object, embed, math, foreignObject, a, animate, set, style:not([data-lit])',
  );
  expect(
    [...injected].map((n) => n.outerHTML.slice(0, 60)),
    `${where}: no injected elements`,
  ).to.deep.equal([]);
  const handlers = [...root.querySelectorAll('*')].flatMap((node) =>
    [...node.attributes]
      .filter(activeAttribute)
      .map((a) => `${node.localName}[${a.name}=${a.value.slice(0, 30)}]`),
  );
  expect(handlers, `${where}: no handler, link or payload style in any attribute`).to.deep.equal([]);
  expect(window.__pwned, `${where}: nothing ran`).to.equal(undefined);
}

/** The whole text the element shows, with its own white space runs collapsed. */
function shownText(el: PlanTimeline): string {
  return (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ');
}

/** A payload as the element shows it: the same characters, white space runs collapsed. */
const asShown = (text: string): string => text.replace(/\s+/g, ' ');

describe('<plan-timeline> with an injection corpus in every text field', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  for (const payload of PAYLOADS) {
    it(`shows ${JSON.stringify(payload.slice(0, 28))}… as text everywhere, runs nothing, exports safely`, async () => {
      const [el, h] = await show(hostilePlan(payload));

      for (const groupBy of GROUPINGS) {
        el.groupBy = groupBy;
        await h.settle();
        const text = shownText(el);
        const expected = {
          item: [`A ${payload}`, `T1 ${payload}`, `T2 ${payload}`],
          department: [`D ${payload}`, `J ${payload}`, `A ${payload}`],
          section: [`S ${payload}`, `A ${payload}`],
          policy: [`P ${payload}`, `A ${payload}`],
        }[groupBy];
        for (const part of expected) {
          expect(text.includes(asShown(part)), `${groupBy}: shows ${JSON.stringify(part)}`).to.equal(true);
        }
        // The CSS payloads did not hide or restyle anything: the rows are still laid out.
        const row = h.rows[0]!;
        expect(getComputedStyle(row).display, `${groupBy}: rows shown`).to.not.equal('none');
        expect(row.getBoundingClientRect().height, `${groupBy}: rows have height`).to.be.greaterThan(0);
        expectInert(el, groupBy);
      }

      el.groupBy = 'item';
      await h.settle();
      const bar = h.bars(h.row('T1'))[0]!;
      bar.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await h.settle();
      expect(h.tooltip, 'tooltip shown').to.not.equal(null);
      const tip = asShown(h.tooltip!.textContent ?? '');
      for (const part of [`L ${payload}`, `D ${payload}`]) {
        expect(tip.includes(asShown(part)), `tooltip shows ${JSON.stringify(part)}`).to.equal(true);
      }
      expectInert(el, 'tooltip');

      bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await h.settle();
      const details = asShown(h.details!.textContent ?? '');
      for (const part of [
        `A ${payload}`,
        `content ${payload}`,
        `goal ${payload}`,
        `target ${payload}`,
        `ref ${payload}`,
        `D ${payload}`,
        `J ${payload}`,
      ]) {
        expect(details.includes(asShown(part)), `details show ${JSON.stringify(part)}`).to.equal(true);
      }
      expect(h.details!.querySelector('.source')!.textContent).to.equal(`2021(R3)年度：${payload}`);
      expectInert(el, 'details');

      el.view = 'table';
      await h.settle();
      const table = asShown(h.table!.textContent ?? '');
      expect(table.includes(asShown(`A ${payload}`)), 'table shows the title').to.equal(true);
      expectInert(el, 'table');
      el.view = 'timeline';
      await h.settle();

      // The search box and the departments attribute take the payload as plain text too.
      el.filter = payload;
      await h.settle();
      expectInert(el, 'filter');
      el.filter = '';
      el.departments = `D ${payload}`;
      await h.settle();
      expect(h.labels[0]).to.equal(`A ${payload}`);
      expectInert(el, 'departments');
      el.departments = '';
      await h.settle();

      // The exported SVG parses as XML, holds no script, handler, link or foreign content, and
      // shows the payload as text (less what XML cannot hold).
      for (const groupBy of GROUPINGS) {
        el.groupBy = groupBy;
        await h.settle();
        const svgText = el.exportSVG();
        const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
        expect(doc.querySelector('parsererror')?.textContent ?? null, `${groupBy}: SVG parses`).to.equal(
          null,
        );
        expect(
          doc.querySelectorAll('script, img, iframe, foreignObject, a, animate, set, style, math').length,
          `${groupBy}: no active elements in the SVG`,
        ).to.equal(0);
        const attrs = [...doc.querySelectorAll('*')].flatMap((node) =>
          [...node.attributes].filter(activeAttribute),
        );
        expect(
          attrs.map((a) => a.name),
          `${groupBy}: no handlers or links in the SVG`,
        ).to.deep.equal([]);
        const shown = asShown(doc.documentElement.textContent ?? '');
        const printable = (s: string) => asShown(s.replace(NOT_XML, ''));
        expect(
          shown.replace(NOT_XML, '').includes(printable(`Plan ${payload}`)),
          `${groupBy}: the SVG shows the title`,
        ).to.equal(true);
      }
      const png = await el.exportPNG(1);
      expect(png.type).to.equal('image/png');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__pwned).to.equal(undefined);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// A file in an encoding other than UTF-8 and Shift_JIS.

/** A two-item plan in the seed's layout, as this text encoded in EUC-JP (made with iconv-lite). */
const EUC_JP_TEXT = [
  '通し番号\t項目\t取組内容\t目標\tスケジュール\t主務課',
  'No.1\t1 財政の健全化\t歳出を見直します。\t収支均衡\t2021(R3)年度：方針策定\t◎財政',
  'No.2\t2 窓口の改善\t手続きを減らします。\t待ち時間の半減\t2022(R4)年度以降：実施\t◎市民',
  '',
].join('\n');
const EUC_JP_BASE64 =
  'xMykt8jWueYJueDM3Am86MHIxuLNxgnM3Mm4CaW5pbGluKXlobyl6wm858yzst0KTm8uMQkxILriwK+kzrfywbSyvQm60L3QpPK4q8S+pLek3qS5oaMJvP272bbRudUJMjAyMShSMynHr8XZoafK/b/LuvbE6gmh/briwK8KTm8uMgkyIMHruP2kzrL+wbEJvOrCs6StpPK4uqTppLek3qS5oaMJwtSkwbv+tNakzsi+uLoJMjAyMihSNCnHr8XZsMq536GnvMK73Amh/bvUzLEK';

function bytesOf(base64: string): Uint8Array {
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

/** UTF-16 little-endian code units without a byte-order mark. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

/** Gives the element the bytes as a file (`src`) and waits for its plan. */
async function loadBytes(bytes: Uint8Array): Promise<PlanTimeline> {
  const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'text/plain' }));
  try {
    setTimeout(() => (el.src = url));
    const event = await Promise.race([oneEvent(el, 'plan-error'), oneEvent(el, 'plan-load')]);
    await el.updateComplete;
    expect(event.type, (event as PlanErrorEvent).detail?.message).to.equal('plan-load');
    return el;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The same text given as a string, read the usual way. */
async function loadText(text: string): Promise<PlanTimeline> {
  const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
  el.text = text;
  await el.updateComplete;
  return el;
}

describe('<plan-timeline> given a file in EUC-JP or UTF-16 without a byte-order mark', () => {
  it('the fixture is the plan in EUC-JP', () => {
    expect(new TextDecoder('euc-jp').decode(bytesOf(EUC_JP_BASE64))).to.equal(EUC_JP_TEXT);
  });

  it('reads a plan in EUC-JP as it reads its text, not as garbled items', async () => {
    const el = await loadBytes(bytesOf(EUC_JP_BASE64));
    expect(el.plan!.items.map((i) => i.title)).to.deep.equal(['財政の健全化', '窓口の改善']);
    expect(JSON.stringify(el.plan)).to.equal(JSON.stringify((await loadText(EUC_JP_TEXT)).plan));
  });

  it('reads the seed in UTF-16 without a byte-order mark as it reads its text', async () => {
    const seed = await (await fetch(SEED)).text();
    const el = await loadBytes(utf16le(seed));
    expect(el.plan!.items).to.have.length(54);
    expect(JSON.stringify(el.plan)).to.equal(JSON.stringify((await loadText(seed)).plan));
    await expect(el).to.be.accessible();
  });
});

// ---------------------------------------------------------------------------------------------
// Two elements on one page.

describe('<plan-timeline> twice on one page', () => {
  it('keeps plan, grouping, zoom, selection, filter and events apart, sharing one frozen plan', async () => {
    const shared = deepFreeze(smallPlan());
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <plan-timeline id="a" today="2021-06-15" style="width: 900px"></plan-timeline>
        <plan-timeline id="b" today="2021-06-15" style="width: 900px"></plan-timeline>
      </div>`,
    );
    const a = page.querySelector<PlanTimeline>('#a')!;
    const b = page.querySelector<PlanTimeline>('#b')!;
    const ha = new PlanTimelineHarness(a);
    const hb = new PlanTimelineHarness(b);
    const selects = { a: 0, b: 0 };
    a.addEventListener('plan-select', () => selects.a++);
    b.addEventListener('plan-select', () => selects.b++);
    a.plan = shared;
    b.plan = shared;
    await settle(ha, hb);
    const labels = hb.labels;
    const viewB = { ...hb.view! };

    a.groupBy = 'department';
    await settle(ha, hb);
    expect(hb.labels, 'grouping one leaves the other').to.deep.equal(labels);
    expect(b.groupBy).to.equal('item');

    a.zoomTo('2021', '2021');
    await settle(ha, hb);
    expect(ha.minorLabels[0]).to.equal('4月');
    expect(hb.view, 'zooming one leaves the other').to.deep.equal(viewB);

    const bar = hb.bars(hb.row('収支均衡'))[0]!;
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await settle(ha, hb);
    expect(selects).to.deep.equal({ a: 0, b: 1 });
    expect(b.selected).to.equal(2);
    expect(a.selected).to.equal(null);
    expect(ha.details, 'no details in the other').to.equal(null);

    a.filter = '市債';
    await settle(ha, hb);
    expect(ha.rows.length).to.be.lessThan(hb.rows.length);
    expect(hb.labels).to.deep.equal(labels);

    // A different plan in one; the other keeps the shared one, which nobody wrote to.
    const other = plan([
      item(7, '7', {
        title: '別の計画の項目',
        schedule: { spans: [fySpan(2030)], recurrences: [], notes: [], diagnostics: [] },
      }),
    ]);
    a.filter = '';
    a.plan = other;
    await settle(ha, hb);
    expect(ha.labels.some((l) => l.includes('別の計画の項目'))).to.equal(true);
    expect(hb.labels).to.deep.equal(labels);
    expect(b.plan).to.equal(shared);
    expect(JSON.stringify(shared)).to.equal(JSON.stringify(smallPlan()));
  });

  it('loads two different src at once, each its own', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <plan-timeline id="a"></plan-timeline>
        <plan-timeline id="b"></plan-timeline>
      </div>`,
    );
    const a = page.querySelector<PlanTimeline>('#a')!;
    const b = page.querySelector<PlanTimeline>('#b')!;
    const errors = oneEvent(b, 'plan-error');
    a.src = SEED;
    b.src = '/no/such/plan.txt';
    await new PlanTimelineHarness(a).loaded();
    await errors;
    expect(a.state).to.equal('ready');
    expect(a.plan!.items).to.have.length(54);
    expect(b.state).to.equal('error');
    expect(b.plan).to.equal(null);
  });
});

// ---------------------------------------------------------------------------------------------
// Churn: no console errors, no leaked listeners, observers or nodes.

interface Watch {
  errors: string[];
  warnings: string[];
  /** Listeners now on window and document, by type. */
  listeners(): Map<string, number>;
  /** Size observers now observing something. */
  observers(): number;
  stop(): void;
}

/**
 * Watches the page: console errors and warnings, uncaught errors and rejections, listeners added
 * to window and document (and not removed), and ResizeObservers (observing, not disconnected).
 */
function watch(): Watch {
  const errors: string[] = [];
  const warnings: string[] = [];
  const originalError = console.error;
  const originalWarn = console.warn;
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    originalError.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    originalWarn.apply(console, args);
  };
  const onError = (event: ErrorEvent) => errors.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);

  const live = new Map<EventTarget, Set<string>>([
    [window, new Set()],
    [document, new Set()],
  ]);
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const key = (type: string, listener: unknown, options: unknown): string => {
    const capture =
      typeof options === 'boolean' ? options : Boolean((options as { capture?: boolean })?.capture);
    if (listener && !ids.has(listener)) ids.set(listener, nextId++);
    return `${type}|${capture}|${listener ? ids.get(listener) : 'null'}`;
  };
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    live.get(this)?.add(key(type, listener, options));
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    live.get(this)?.delete(key(type, listener, options));
    return remove.call(this, type, listener, options);
  };

  const OriginalObserver = window.ResizeObserver;
  const observing = new Set<ResizeObserver>();
  window.ResizeObserver = class extends OriginalObserver {
    override observe(target: Element, options?: ResizeObserverOptions): void {
      observing.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      observing.delete(this);
      super.disconnect();
    }
  };

  return {
    errors,
    warnings,
    listeners() {
      const counts = new Map<string, number>();
      for (const set of live.values()) {
        for (const k of set) {
          const type = k.split('|')[0]!;
          counts.set(type, (counts.get(type) ?? 0) + 1);
        }
      }
      return counts;
    },
    observers: () => observing.size,
    stop() {
      console.error = originalError;
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      window.ResizeObserver = OriginalObserver;
    },
  };
}

/** Hovers, clicks, drags and keys one element through its ways of being used. */
async function useIt(el: PlanTimeline, h: PlanTimelineHarness, duringDrag = (): void => {}): Promise<void> {
  // Drag the chart (d3-zoom listens on window while the button is down).
  const start = h.view!.start;
  const [x, y] = h.center(h.row('収支均衡').querySelector('.cell-chart')!);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [x - 80, y] });
  duringDrag();
  await sendMouse({ type: 'up' });
  await h.settle();
  expect(h.view!.start > start, 'the drag panned').to.equal(true);
  // Hover, select, zoom, regroup.
  const bar = h.bars(h.row('収支均衡'))[0]!;
  bar.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await h.settle();
  h.grid.dispatchEvent(new PointerEvent('pointerleave'));
  el.zoomTo('2021', '2022');
  el.groupBy = 'department';
  await h.settle();
  el.groupBy = 'item';
  el.select(null);
  await h.settle();
}

describe('<plan-timeline> churn', () => {
  let watcher: Watch | null = null;
  afterEach(() => {
    watcher?.stop();
    watcher = null;
  });

  it('leaves no listener on window or document, no size observer and no node behind after 20 lives', async () => {
    const host = await fixture<HTMLDivElement>(html`<div style="width: 900px"></div>`);
    watcher = watch();
    const nodesBefore = document.querySelectorAll('*').length;
    const listenersBefore = watcher.listeners();
    const after: { listeners: number; observers: number; nodes: number }[] = [];
    const dragListeners: number[] = [];
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('plan-timeline');
      el.setAttribute('today', '2021-06-15');
      host.appendChild(el);
      const h = new PlanTimelineHarness(el);
      el.plan = smallPlan();
      await h.settle();
      await useIt(el, h, () => {
        // The watch sees listeners come and go: a drag puts its own on window.
        dragListeners.push([...watcher!.listeners().values()].reduce((a, b) => a + b, 0));
      });
      // Removed and added back once, then removed for good.
      el.remove();
      host.appendChild(el);
      await h.settle();
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 0));
      const listeners = [...watcher.listeners().values()].reduce((a, b) => a + b, 0);
      after.push({ listeners, observers: watcher.observers(), nodes: document.querySelectorAll('*').length });
    }
    expect(watcher.errors, 'no console errors').to.deep.equal([]);
    const baseline = [...listenersBefore.values()].reduce((a, b) => a + b, 0);
    expect(
      dragListeners.every((n) => n > baseline),
      'a drag adds window listeners while it lasts',
    ).to.equal(true);
    expect(
      after.map((a) => a.listeners),
      `listeners on window and document stay at ${baseline}: ${JSON.stringify([...watcher.listeners()])}`,
    ).to.deep.equal(after.map(() => baseline));
    expect(
      after.map((a) => a.observers),
      'every size observer disconnected',
    ).to.deep.equal(after.map(() => 0));
    expect(
      after.map((a) => a.nodes),
      'the page keeps its node count',
    ).to.deep.equal(after.map(() => nodesBefore));
  });

  it('logs no console error while toggling group-by 100 times, swapping src and re-adding the element', async () => {
    watcher = watch();
    const el = await fixture<PlanTimeline>(html`<plan-timeline today="2021-06-15"></plan-timeline>`);
    const h = new PlanTimelineHarness(el);
    el.plan = smallPlan();
    await h.settle();
    const shadowNodes = h.nodeCount;
    for (let i = 0; i < 100; i++) {
      el.groupBy = GROUPINGS[(i + 1) % 4]!;
      if (i % 10 === 0) await h.settle();
      else await el.updateComplete;
    }
    await h.settle();
    expect(el.groupBy).to.equal('item');
    expect(h.nodeCount, 'the shadow tree keeps its size').to.equal(shadowNodes);

    // Rapid src swaps: only the last one wins, and nothing is logged for the ones dropped.
    let loads = 0;
    el.addEventListener('plan-load', () => loads++);
    for (const src of ['/no/such/1.txt', SEED, '/no/such/2.txt', 'http://127.0.0.1:9/x.txt', SEED])
      el.src = src;
    await h.loaded();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(el.state).to.equal('ready');
    expect(el.plan!.items).to.have.length(54);
    expect(loads).to.equal(1);

    const parent = el.parentElement!;
    for (let i = 0; i < 10; i++) {
      el.remove();
      parent.appendChild(el);
      await el.updateComplete;
    }
    await h.settle();
    el.groupBy = 'department';
    await h.settle();
    expect(h.rows.length).to.be.greaterThan(10);
    expect(watcher.errors, 'no console errors').to.deep.equal([]);
  });
});

// ---------------------------------------------------------------------------------------------
// A phone: 320 px wide.

describe('<plan-timeline> on a 320 px screen', () => {
  before(async () => {
    await setViewport({ width: 320, height: 640 });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('fits the width, shows its rows and a chart, and stays usable (select, details, table)', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline src=${SEED} today="2021-06-15" style="height: 560px"></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    await h.loaded();
    expect(el.state).to.equal('ready');
    expect(window.innerWidth).to.equal(320);
    const pageFits = () => document.documentElement.scrollWidth <= window.innerWidth;
    expect(pageFits(), `page ${document.documentElement.scrollWidth} px wide`).to.equal(true);
    expect(el.getBoundingClientRect().right).to.be.at.most(320);

    const rows = h.rows.filter((r) => {
      const box = r.getBoundingClientRect();
      return box.height > 0 && box.top < window.innerHeight && box.bottom > 0;
    });
    expect(rows.length, 'rows in view').to.be.greaterThan(3);
    const label = rows[0]!.querySelector('.cell-label')!.getBoundingClientRect();
    expect(label.width, 'label column').to.be.greaterThan(40);
    const chart = rows[0]!.querySelector('.cell-chart')!.getBoundingClientRect();
    expect(chart.width, 'chart column').to.be.greaterThan(60);
    expect(chart.right).to.be.at.most(320);
    expect(h.chartRange[1] - h.chartRange[0]).to.be.greaterThan(0);
    expect(h.yearLabels.length, 'year labels on the axis').to.be.greaterThan(0);
    await expect(el).to.be.accessible();

    // Every part of the element fits inside it: nothing sticks out to the right (but the drawings, which reach
    // past the view on purpose, for gestures to move them, and which their cells clip).
    const overflowing = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.root *')]
      .filter((node) => {
        const box = node.getBoundingClientRect();
        return box.width > 0 && box.right > 320.5 && !node.closest('svg, .chart > *');
      })
      .map((node) => `${node.localName}.${node.className}`);
    expect(overflowing, 'parts past the right edge').to.deep.equal([]);

    const barRow = rows.find((r) => h.bars(r).length > 0)!;
    h.bars(barRow)[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await h.settle();
    const details = h.details!.getBoundingClientRect();
    expect(details.width).to.be.greaterThan(0);
    expect(details.right).to.be.at.most(320.5);
    expect(pageFits()).to.equal(true);

    el.view = 'table';
    await h.settle();
    expect(h.table!.getBoundingClientRect().width).to.be.greaterThan(0);
    expect(pageFits(), 'the table scrolls inside the element, not the page').to.equal(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Touch: real touch input through the DevTools protocol (the wtr `touch` command).

type Point = [number, number];

function touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]): Promise<unknown> {
  return executeServerCommand('touch', {
    action: 'dispatch',
    type,
    touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 1, radiusY: 1, force: 1 })),
  });
}

/** Moves fingers from `from` to `to` in steps, as a hand does. */
async function gesture(from: Point[], to: Point[], steps = 8): Promise<void> {
  await touch('touchStart', from);
  for (let s = 1; s <= steps; s++) {
    await touch(
      'touchMove',
      from.map(([x, y], i) => [x + ((to[i]![0] - x) * s) / steps, y + ((to[i]![1] - y) * s) / steps]),
    );
  }
  await touch('touchEnd', []);
}

/** Waits until a scroller has not moved for 100 ms (a fling has ended). */
async function scrollRest(scroller: HTMLElement): Promise<void> {
  let last = -1;
  for (let i = 0; i < 100 && scroller.scrollTop !== last; i++) {
    last = scroller.scrollTop;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('<plan-timeline> on a touch screen', () => {
  before(async () => {
    await executeServerCommand('touch', { action: 'emulate', enabled: true });
  });
  after(async () => {
    await executeServerCommand('touch', { action: 'emulate', enabled: false });
  });

  async function touchable(): Promise<[PlanTimeline, PlanTimelineHarness]> {
    expect(navigator.maxTouchPoints, 'the page sees a touch screen').to.be.greaterThan(0);
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline today="2021-06-15" style="width: 700px"></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    el.plan = smallPlan();
    await h.settle();
    el.zoomTo('2020', '2023');
    await h.settle();
    return [el, h];
  }

  it('pans the time axis with one finger', async () => {
    const [, h] = await touchable();
    const before = { ...h.view! };
    const [x, y] = h.center(h.row('収支均衡').querySelector('.cell-chart')!);
    await gesture([[x, y]], [[x - 150, y]]);
    await h.settle();
    expect(h.view!.start > before.start, `${before.start} → ${h.view!.start}`).to.equal(true);
    expect(h.viewDays).to.be.closeTo((Date.parse(before.end) - Date.parse(before.start)) / 86_400_000 + 1, 2);
  });

  it('zooms in with a pinch out and out with a pinch in', async () => {
    const [, h] = await touchable();
    const days = h.viewDays;
    const [x, y] = h.center(h.row('収支均衡').querySelector('.cell-chart')!);
    await gesture(
      [
        [x - 40, y],
        [x + 40, y],
      ],
      [
        [x - 160, y],
        [x + 160, y],
      ],
    );
    await h.settle();
    const zoomedIn = h.viewDays;
    expect(zoomedIn, `${days} → ${zoomedIn} days`).to.be.lessThan(days / 2);
    await gesture(
      [
        [x - 160, y],
        [x + 160, y],
      ],
      [
        [x - 40, y],
        [x + 40, y],
      ],
    );
    await h.settle();
    expect(h.viewDays, `${zoomedIn} → ${h.viewDays} days`).to.be.greaterThan(zoomedIn * 2);
  });

  it('leaves a vertical swipe over the rows to scrolling', async () => {
    const el = await fixture<PlanTimeline>(
      html`<plan-timeline
        src=${SEED}
        today="2021-06-15"
        style="width: 700px; height: 400px"
      ></plan-timeline>`,
    );
    const h = new PlanTimelineHarness(el);
    await h.loaded();
    const view = { ...h.view! };
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const box = scroller.getBoundingClientRect();
    const y = box.top + box.height / 2;
    // Over the labels, then (back at the top) over the chart; each time once any fling has ended.
    const labelX = h.rows[0]!.querySelector('.cell-label')!.getBoundingClientRect().left + 20;
    await gesture([[labelX, y + 100]], [[labelX, y - 100]]);
    await scrollRest(scroller);
    expect(scroller.scrollTop, 'the rows scrolled, swiped over the labels').to.be.greaterThan(0);
    scroller.scrollTop = 0;
    await scrollRest(scroller);
    const [chartX] = h.center(h.rows.find((r) => h.bars(r).length > 0)!.querySelector('.cell-chart')!);
    await gesture([[chartX, y + 100]], [[chartX, y - 100]]);
    await scrollRest(scroller);
    expect(scroller.scrollTop, 'the rows scrolled, swiped over the chart').to.be.greaterThan(0);
    await h.settle();
    expect(h.view).to.deep.equal(view);
  });
});
