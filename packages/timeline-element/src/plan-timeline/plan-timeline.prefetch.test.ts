import { expect, waitUntil } from '@open-wc/testing';
import '../define.js';
import { planReaders, planReadersWarmedUp, planReadersWarmUpRuns, WARM_UP_RUNS } from '../load/read-plan.js';
import { item, plan } from './fixtures.js';
import { idle } from './harness.js';
import type { PlanTimeline } from './plan-timeline.js';

/** Script resources the page has fetched for the plan readers' module. */
const readersFetched = (): PerformanceEntry[] =>
  performance.getEntriesByType('resource').filter((entry) => /\/load\/readers\.[jt]s/.test(entry.name));

async function connected(): Promise<PlanTimeline> {
  const el = document.createElement('plan-timeline');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

// Its own page: the plan readers have not been loaded when the first test starts.
describe('<plan-timeline> loading the plan readers ahead', () => {
  it('does not load them for an element given a plan object as it is connected', async () => {
    const el = document.createElement('plan-timeline');
    document.body.append(el);
    el.plan = plan([item(1, '1-1')]);
    await el.updateComplete;
    await idle();
    expect(el.state).to.equal('ready');
    expect(planReaders()).to.equal(null);
    expect(readersFetched()).to.have.length(0);
    el.remove();
  });

  it('does not run them on a sample when the text came before the page was idle', async () => {
    const el = await connected();
    el.text = 'no,title,schedule\n1,1-1 予算編成,毎年度';
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    await idle();
    expect(planReadersWarmedUp()).to.equal(false);
    el.remove();
  });

  it('loads them once an element is drawn with nothing given, runs them on a sample when the page is idle, and reads a later text at once', async () => {
    const el = await connected();
    await waitUntil(() => planReaders() !== null, 'the readers were not loaded', { timeout: 5000 });
    expect(readersFetched().length).to.be.greaterThan(0);
    await waitUntil(planReadersWarmedUp, 'the readers were not run on the sample', { timeout: 5000 });
    // With nothing given, the sample is read until the readers are warm: every run, over idle periods.
    await waitUntil(() => planReadersWarmUpRuns() === WARM_UP_RUNS, 'the warm-up did not finish', {
      timeout: 10000,
    });
    el.text = 'no,title,schedule\n1,1-1 予算編成,毎年度';
    // No wait for a chunk: the plan is shown by the update the text asks for.
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(el.plan!.items).to.have.length(1);
    el.remove();
  });
});
