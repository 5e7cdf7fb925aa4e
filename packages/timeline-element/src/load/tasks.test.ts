import { expect } from '@open-wc/testing';
import { afterNextPaint, nextTask, whenIdle } from './tasks.js';

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The order in which the current task, a microtask queued in it and the work `schedule` is given run: the
 * work is named `name` in it.
 */
async function orderAround(schedule: (work: () => void) => void, name: string): Promise<string[]> {
  const order: string[] = [];
  const ran = new Promise<void>((resolve) =>
    schedule(() => {
      order.push(name);
      resolve();
    }),
  );
  void Promise.resolve().then(() => order.push('microtask'));
  order.push('sync');
  await ran;
  return order;
}

describe('nextTask', () => {
  it('runs the work in a task of its own, after the current one and its microtasks', async () => {
    expect(await orderAround(nextTask, 'task')).to.deep.equal(['sync', 'microtask', 'task']);
  });
});

describe('afterNextPaint', () => {
  it("runs the work once, after the next frame's animation callbacks", async () => {
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    const ran = new Promise<void>((resolve) =>
      afterNextPaint(() => {
        order.push('work');
        resolve();
      }, 500),
    );
    expect(order).to.deep.equal([]);
    await ran;
    expect(order).to.deep.equal(['frame', 'work']);
    // Past the fallback time too, the work has run once only.
    await wait(550);
    expect(order).to.deep.equal(['frame', 'work']);
  });

  it('runs the work after the fallback time in a page that paints no frames', async () => {
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = () => 0;
    try {
      let runs = 0;
      afterNextPaint(() => runs++, 20);
      expect(runs).to.equal(0);
      await wait(80);
      expect(runs).to.equal(1);
    } finally {
      window.requestAnimationFrame = original;
    }
  });
});

describe('whenIdle', () => {
  it('runs the work later, once the page is idle, not within the current task', async () => {
    expect(await orderAround(whenIdle, 'idle')).to.deep.equal(['sync', 'microtask', 'idle']);
  });

  it("gives the work the idle period's deadline, to know how much time is left", async () => {
    const left = await new Promise<number>((resolve) =>
      whenIdle((deadline) => resolve(deadline!.timeRemaining())),
    );
    expect(left).to.be.within(0, 50);
  });
});
