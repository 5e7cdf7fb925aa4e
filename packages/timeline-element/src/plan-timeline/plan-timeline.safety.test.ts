import { expect, fixture, html } from '@open-wc/testing';
import '../define.js';
import { hostilePlan } from './fixtures.js';
import { PlanTimelineHarness } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

declare global {
  interface Window {
    __pwned?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '<svg onload="window.__pwned=3"><a xlink:href="javascript:window.__pwned=4">x</a></svg>',
  '"><style>*{display:none}</style><iframe src="javascript:window.__pwned=5">',
  '{{constructor.constructor("window.__pwned=6")()}} ${window.__pwned=7}',
];

function assertInert(el: PlanTimeline): void {
  const root = el.shadowRoot!;
  expect(
    root.querySelectorAll('img, script, iframe, style:not([data-lit]), a, foreignObject').length,
    'no injected elements',
  ).to.equal(0);
  expect(el.querySelectorAll('img, script, iframe').length).to.equal(0);
  expect(window.__pwned).to.equal(undefined);
}

describe('<plan-timeline> with hostile text', () => {
  afterEach(() => {
    delete window.__pwned;
  });

  for (const payload of PAYLOADS) {
    it(`shows ${payload.slice(0, 24)}… as text in every grouping, the tooltip, details and table`, async () => {
      const el = await fixture<PlanTimeline>(html`<plan-timeline today="2021-06-15"></plan-timeline>`);
      const h = new PlanTimelineHarness(el);
      el.plan = hostilePlan(payload);
      await h.settle();
      expect(h.labels[0]).to.equal(`A ${payload}`);
      expect(h.labels).to.include(`T1 ${payload}`);
      assertInert(el);

      for (const groupBy of ['department', 'section', 'policy'] as const) {
        el.groupBy = groupBy;
        await h.settle();
        expect(h.rows[0]!.textContent).to.contain(payload.slice(0, 10));
        assertInert(el);
      }
      el.groupBy = 'item';
      await h.settle();

      const bar = h.bars(h.row('T1'))[0]!;
      bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      bar.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await h.settle();
      expect(h.tooltip!.textContent).to.contain(`L ${payload}`);
      expect(h.details!.textContent).to.contain(`content ${payload}`);
      expect(h.details!.textContent).to.contain(`target ${payload}`);
      expect(h.details!.querySelector('.source')!.textContent).to.equal(`2021(R3)年度：${payload}`);
      assertInert(el);

      el.view = 'table';
      await h.settle();
      expect(h.table!.textContent).to.contain(`A ${payload}`);
      assertInert(el);

      const doc = new DOMParser().parseFromString(el.exportSVG(), 'image/svg+xml');
      expect(doc.querySelector('parsererror')).to.equal(null);
      expect(doc.querySelectorAll('script, img, iframe, foreignObject, a').length).to.equal(0);
      expect(
        [...doc.querySelectorAll('*')].some((node) =>
          [...node.attributes].some((a) => a.name.startsWith('on')),
        ),
      ).to.equal(false);
      expect(doc.documentElement.textContent).to.contain(`A ${payload}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.__pwned).to.equal(undefined);
      await expect(el).to.be.accessible();
    });
  }

  it('shows a hostile src in the error message as text', async () => {
    const el = await fixture<PlanTimeline>(html`<plan-timeline></plan-timeline>`);
    const h = new PlanTimelineHarness(el);
    el.src = '/missing/<img src=x onerror="window.__pwned=9">.txt';
    await h.loaded();
    expect(el.state).to.equal('error');
    expect(h.alert!.textContent).to.contain('<img src=x');
    assertInert(el);
  });
});
