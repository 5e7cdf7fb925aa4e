import { describe, expect, it } from 'vitest';
import { deepFreeze, item, plan } from '../../test-utils/layoutFixtures.js';
import { policyGroups } from './policyGroups.js';

const at = (serial: number, policy: number) =>
  item(serial, String(serial), { policy: { number: policy, title: `P${policy}` } });

describe('policyGroups', () => {
  it('makes a group per policy with the word 実施方針', () => {
    const groups = policyGroups(plan([]), [at(1, 1), at(2, 2), at(3, 1)]);
    expect(groups.map((g) => [g.id, g.label, g.entries.map((e) => e.item.serial)])).toEqual([
      ['policy:1', '実施方針1 P1', [1, 3]],
      ['policy:2', '実施方針2 P2', [2]],
    ]);
  });

  it('says Policy in English and prefers the plan’s own titles', () => {
    const p = plan([], { policies: [{ number: 2, title: '組織', references: [] }] });
    expect(policyGroups(p, [at(2, 2)], 'en')[0]!.label).toBe('Policy 2 組織');
  });

  it('does not mutate its input', () => {
    expect(policyGroups(deepFreeze(plan([])), deepFreeze([at(1, 1)]))).toHaveLength(1);
  });
});
