import { expect } from '@open-wc/testing';
import { parsePlan, readPlanInSteps, type Plan } from '@plan-timeline/core';
import { generatePlan } from '@plan-timeline/core/test-utils';
import { readInSlices, type SliceHooks, type SliceOptions } from './read-in-slices.js';

const SEED = new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url).href;
const generated = generatePlan({ items: 300, seed: 3 });

interface Run {
  calls: string[];
  first: Plan | null;
  progress: number[];
  done: Promise<Plan>;
  /** Tasks scheduled, in order. */
  tasks: (() => void)[];
}

/** Runs readInSlices over `text`, recording the hooks' calls; tasks run when `drain` says so. */
function run(text: string, options: Partial<SliceOptions>, current: () => boolean = () => true): Run {
  let resolve!: (plan: Plan) => void;
  const result: Run = {
    calls: [],
    first: null,
    progress: [],
    done: new Promise((r) => (resolve = r)),
    tasks: [],
  };
  const hooks: SliceHooks = {
    first(plan) {
      result.calls.push(`first ${plan.items.length}`);
      result.first = plan;
    },
    progress(plan, progress) {
      result.calls.push(`progress ${plan.items.length}`);
      result.progress.push(progress);
    },
    done(plan) {
      result.calls.push(`done ${plan.items.length}`);
      resolve(plan);
    },
    current,
  };
  readInSlices(readPlanInSteps(text), hooks, {
    firstItems: 40,
    firstMs: 10_000,
    sliceMs: 10_000,
    refreshMs: 0,
    schedule: (task) => result.tasks.push(task),
    ...options,
  });
  return result;
}

/** Runs the scheduled tasks one after another until none is left. */
function drain(r: Run): number {
  let ran = 0;
  while (r.tasks.length > 0) {
    r.tasks.shift()!();
    ran++;
  }
  return ran;
}

describe('readInSlices', () => {
  it('reads a plan that fits the first slice at once: only done, synchronously', async () => {
    const text = await (await fetch(SEED)).text();
    const r = run(text, { firstItems: 100 });
    expect(r.calls).to.deep.equal(['done 54']);
    expect(r.tasks).to.have.length(0);
    expect(await r.done).to.deep.equal(parsePlan(text));
  });

  it('shows the first items of a long plan, then reads the rest a slice at a time into the same plan as parsePlan', async () => {
    let clock = 0;
    // Every reading of the clock advances it by one: a slice of 25 ms holds about 25 items.
    const r = run(generated.text, { firstItems: 40, sliceMs: 25, now: () => clock++ });
    expect(r.calls[0]).to.equal('first 40');
    expect(r.first!.items.map((i) => i.serial)).to.deep.equal(
      generated.plan.items.slice(0, 40).map((i) => i.serial),
    );
    const slices = drain(r);
    expect(slices).to.be.greaterThan(5);
    expect(r.calls.at(-1)).to.equal('done 300');
    const progress = r.calls.filter((c) => c.startsWith('progress')).map((c) => Number(c.split(' ')[1]));
    expect(progress.length).to.be.greaterThan(3);
    for (let k = 1; k < progress.length; k++) expect(progress[k]).to.be.greaterThan(progress[k - 1]!);
    for (const p of r.progress) expect(p).to.be.within(0, 1);
    expect(await r.done).to.deep.equal(parsePlan(generated.text));
  });

  it('reads a plan whose first half is read with the first items on to the end', async () => {
    const text = await (await fetch(SEED)).text();
    // Forty rows fill a screen; the seed's fortieth row lies past the middle of the file.
    const r = run(text, { firstItems: 40 });
    expect(r.calls).to.deep.equal(['done 54']);
  });

  it('reads a plan a quarter of which is read with the first items on to the end, and shows less at once', async () => {
    const text = await (await fetch(SEED)).text();
    // Seventeen rows fill a 400-pixel element: a little over a third of the seed's text.
    expect(run(text, { firstItems: 17 }).calls).to.deep.equal(['done 54']);
    // The first eight items are a fifth of it: a plan that long is shown before the rest is read.
    const r = run(text, { firstItems: 8 });
    expect(r.calls).to.deep.equal(['first 8']);
    drain(r);
    expect(r.calls.at(-1)).to.equal('done 54');
  });

  it('shows the first items of a plan more than half read by then once firstMs have passed', async () => {
    const text = await (await fetch(SEED)).text();
    let clock = 0;
    // The clock reads 0 at the start, then 1 at the fortieth item and one more per item: 5 at the 44th.
    const r = run(text, { firstItems: 40, firstMs: 5, now: () => clock++ });
    expect(r.calls[0]).to.equal('first 44');
    drain(r);
    expect(r.calls.at(-1)).to.equal('done 54');
  });

  it('reads at least firstItems before showing any, however long they take', () => {
    let clock = 0;
    const r = run(generated.text, { firstItems: 30, firstMs: 1, now: () => (clock += 1000) });
    expect(r.calls[0]).to.equal('first 30');
  });

  it('stops where it is once the reading no longer matters', () => {
    let current = true;
    const r = run(generated.text, { firstItems: 10, sliceMs: 0 }, () => current);
    r.tasks.shift()!();
    current = false;
    const after = r.calls.length;
    drain(r);
    expect(r.calls.length).to.equal(after);
    expect(r.calls.some((c) => c.startsWith('done'))).to.equal(false);
  });

  it('schedules its slices as tasks of their own by default', async () => {
    const plan = await new Promise<Plan>((resolve) => {
      readInSlices(
        readPlanInSteps(generated.text),
        { first: () => {}, progress: () => {}, done: resolve, current: () => true },
        { firstItems: 20, firstMs: 1000, sliceMs: 2, refreshMs: 50 },
      );
    });
    expect(plan.items).to.have.length(300);
  });

  it("lets the page's own tasks go before the rest of the reading", async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) => {
      readInSlices(
        readPlanInSteps(generated.text),
        {
          first: () => order.push('first'),
          progress: () => {},
          done: () => {
            order.push('done');
            resolve();
          },
          current: () => true,
        },
        { firstItems: 20, firstMs: 0, sliceMs: 1000, refreshMs: 1000 },
      );
      // A task the page queues once the first items are shown (as a frame's "after paint" task is).
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        order.push('page task');
      };
      port2.postMessage(null);
    });
    await done;
    expect(order).to.deep.equal(['first', 'page task', 'done']);
  });
});
