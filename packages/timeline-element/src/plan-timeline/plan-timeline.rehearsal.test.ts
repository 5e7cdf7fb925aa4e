import { expect, waitUntil } from '@open-wc/testing';
import '../define.js';
import { planReadersWarmUpRuns, WARM_UP_RUNS } from '../load/read-plan.js';
import { idle } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

/** The element's events that reached the document: `type from id`, and `type from a copy` for a rehearsal's. */
const reached: string[] = [];
for (const type of ['plan-load', 'plan-error', 'plan-select', 'plan-deselect', 'plan-view-change'])
  document.addEventListener(type, (event) => {
    const fromCopy = event
      .composedPath()
      .some((node) => node instanceof HTMLElement && node.classList.contains('rehearsal'));
    reached.push(`${event.type} from ${fromCopy ? 'a copy' : (event.target as Element).id}`);
  });

/** A copy a rehearsal put in an element's shadow root, and how it and its box were when it was put there. */
interface Copy {
  copy: PlanTimeline;
  inert: boolean;
  hidden: string | null;
  visibility: string;
  outer: DOMRect;
  inner: DOMRect;
}

/**
 * Every copy a rehearsal put in an element's shadow root, seen as it was put there: on a busy machine the copy may
 * be drawn and let go between two looks of a test's `waitUntil`.
 */
function watchCopies(el: PlanTimeline): Copy[] {
  const copies: Copy[] = [];
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLElement && node.classList.contains('rehearsal')) {
          const copy = node.firstElementChild as PlanTimeline;
          copies.push({
            copy,
            inert: node.inert,
            hidden: node.getAttribute('aria-hidden'),
            visibility: getComputedStyle(copy).visibility,
            outer: el.getBoundingClientRect(),
            inner: copy.getBoundingClientRect(),
          });
        }
  }).observe(el.shadowRoot!, { childList: true, subtree: true });
  return copies;
}

/** An element drawn with nothing given, as a page that fetches its plan has it. */
async function waiting(id: string): Promise<PlanTimeline> {
  const el = document.createElement('plan-timeline');
  el.id = id;
  el.lang = 'en';
  el.era = 'japanese';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

// Its own page: nothing has been drawn or rehearsed when the first test starts.
describe('<plan-timeline> rehearsing its drawing while it waits for its plan', () => {
  it('draws the sample plan once, out of sight and out of reach, lets it go, then draws its own plan', async () => {
    const el = await waiting('first');
    const copies = watchCopies(el);
    await waitUntil(() => copies.length > 0, 'no rehearsal began', { timeout: 20000 });
    // After the readers' warm-up: the sample is read by warm code.
    expect(planReadersWarmUpRuns()).to.equal(WARM_UP_RUNS);
    const { copy, inert, hidden, visibility, outer, inner } = copies[0]!;
    expect(inert).to.equal(true);
    expect(hidden).to.equal('true');
    expect(visibility).to.equal('hidden');
    // Drawn as the element will draw its plan.
    expect([copy.lang, copy.era]).to.deep.equal(['en', 'japanese']);
    // Laid out at the element's size, where the element is.
    expect(inner.width).to.be.closeTo(outer.width - 2, 1);
    expect(inner.left).to.be.closeTo(outer.left + 1, 1);

    await waitUntil(() => !copy.isConnected, 'the copy was not let go', { timeout: 10000 });
    expect(copy.state).to.equal('ready');
    expect(copy.plan!.items.map((item) => item.code)).to.deep.equal(['1', '1-1', '2', '3']);
    expect(copy.shadowRoot!.querySelectorAll('[role="row"]').length).to.be.greaterThan(3);
    expect(copy.shadowRoot!.querySelectorAll('[part="bar"]').length).to.be.greaterThan(3);
    // The copy's events stayed in (its plan-load, and the plan-view-change of its drawn view), and the element
    // waits as it did, its own frame empty.
    expect(reached.filter((event) => event.endsWith('from a copy'))).to.deep.equal([]);
    expect(reached.filter((event) => event.startsWith('plan-load'))).to.deep.equal([]);
    expect(el.state).to.equal('empty');
    expect(el.shadowRoot!.querySelectorAll('.rehearsal').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[role="row"]')).to.have.length(0);

    el.text = 'no,title,schedule\n1,1-1 予算編成,毎年度';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.plan!.items).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[role="row"]').length).to.be.greaterThan(0);
    expect(reached.filter((event) => event.startsWith('plan-load'))).to.deep.equal(['plan-load from first']);
    expect(copies.length).to.equal(1);
    el.remove();
  });

  it('rehearses once per page: an element that waits later does not', async () => {
    const el = await waiting('later');
    const copies = watchCopies(el);
    await idle(20);
    expect(copies.length).to.equal(0);
    el.remove();
  });
});
