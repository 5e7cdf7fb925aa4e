import { expect } from '@open-wc/testing';
import { smallPlan } from '../plan-timeline/fixtures.js';
import { planShapeProblem } from './plan-shape.js';

describe('planShapeProblem', () => {
  it('takes a plan as core makes it', () => {
    expect(planShapeProblem(smallPlan())).to.equal(null);
  });

  it('names the first place a value lacks what the element reads, as a JSON path', () => {
    const plan = smallPlan();
    const first = plan.items[0]!;
    const withItem = (item: unknown) => ({ ...plan, items: [item] });
    expect(planShapeProblem(42)).to.equal('$: expected a plan object');
    expect(planShapeProblem([])).to.equal('$: expected a plan object');
    expect(planShapeProblem({ ...plan, title: 1 })).to.equal('$.title: expected a string');
    expect(planShapeProblem({ ...plan, items: 'abc' })).to.equal('$.items: expected an array');
    expect(planShapeProblem(withItem(null))).to.equal('$.items[0]: expected an object');
    expect(planShapeProblem(withItem({ ...first, serial: '1' }))).to.equal(
      '$.items[0].serial: expected a number',
    );
    expect(planShapeProblem(withItem({ ...first, schedule: undefined }))).to.equal(
      '$.items[0].schedule: expected an object',
    );
    expect(
      planShapeProblem(withItem({ ...first, schedule: { ...first.schedule, spans: [{ start: 5 }] } })),
    ).to.equal('$.items[0].schedule.spans[0].start: expected a string or null');
    expect(planShapeProblem(withItem({ ...first, departments: [{ role: 'primary' }] }))).to.equal(
      '$.items[0].departments[0]: expected a department ({ name, role })',
    );
  });
});
