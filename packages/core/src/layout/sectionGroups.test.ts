import { describe, expect, it } from 'vitest';
import { deepFreeze, item, plan } from '../../test-utils/layoutFixtures.js';
import { sectionGroups } from './sectionGroups.js';

const at = (serial: number, policy: number, section: number, title = `S${policy}.${section}`) =>
  item(serial, String(serial), {
    policy: { number: policy, title: `P${policy}` },
    section: { number: section, title },
  });

describe('sectionGroups', () => {
  it('makes a group per policy and section, in the order items show them', () => {
    const groups = sectionGroups(plan([]), [at(1, 1, 1), at(2, 1, 2), at(3, 1, 1), at(4, 2, 1)]);
    expect(groups.map((g) => [g.id, g.label, g.entries.map((e) => e.item.serial)])).toEqual([
      ['section:1-1', '1-(1) S1.1', [1, 3]],
      ['section:1-2', '1-(2) S1.2', [2]],
      ['section:2-1', '2-(1) S2.1', [4]],
    ]);
  });

  it('takes the title from plan.sections when the plan has one', () => {
    const p = plan([], { sections: [{ policy: 1, number: 1, title: '健全な財政の維持', references: [] }] });
    expect(sectionGroups(p, [at(1, 1, 1, '')])[0]!.label).toBe('1-(1) 健全な財政の維持');
  });

  it('does not mutate its input', () => {
    expect(sectionGroups(deepFreeze(plan([])), deepFreeze([at(1, 1, 1)]))).toHaveLength(1);
  });
});
