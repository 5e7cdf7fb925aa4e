import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import type { Plan } from '../model/types.js';
import { generatePlan } from '../../test-utils/index.js';
import { parsePlan } from './parsePlan.js';
import { readPlanInSteps } from './readPlanInSteps.js';
import { readPlanJson } from './readPlanJson.js';

const seedText = readFileSync(new URL('../../../../seeds/000_247872b8d3084b37.txt', import.meta.url), 'utf8');
const generated = generatePlan({ items: 120, seed: 7 });
const seedJson = JSON.stringify(parsePlan(seedText));

/** Reads `input` one item per step, keeping each step's partial plan. */
function readItemByItem(input: string | Uint8Array): { partials: Plan[]; progress: number[]; plan: Plan } {
  const reading = readPlanInSteps(input);
  const partials: Plan[] = [];
  const progress: number[] = [];
  while (!reading.step(() => true)) {
    partials.push(reading.plan());
    progress.push(reading.progress);
    expect(reading.done).toBe(false);
    expect(reading.itemsRead).toBe(partials.at(-1)!.items.length);
  }
  expect(reading.done).toBe(true);
  expect(reading.progress).toBe(1);
  return { partials, progress, plan: reading.plan() };
}

/** The same input read in one step. */
function readAtOnce(input: string | Uint8Array): Plan {
  const reading = readPlanInSteps(input);
  expect(reading.step()).toBe(true);
  return reading.plan();
}

describe('readPlanInSteps', () => {
  it.each([
    ['the seed', seedText, 54],
    ['a generated plan in the seed layout', generated.text, 120],
    ['a generated plan as CSV', generated.csv, 120],
    [
      'a generated plan as Shift_JIS CSV bytes',
      new Uint8Array(iconv.encode(generated.csv, 'Shift_JIS')),
      120,
    ],
    ['the seed as JSON', seedJson, 54],
    ['a generated plan as indented JSON', JSON.stringify(generated.plan, null, 2), 120],
  ])('reads %s item by item into the plan it reads in one step', (_, input, count) => {
    const stepped = readItemByItem(input);
    const whole = readAtOnce(input);
    expect(whole.items).toHaveLength(count);
    expect(stepped.plan).toEqual(whole);
    // One pause per item, each showing one more item: the first items, complete, in document order.
    expect(stepped.partials).toHaveLength(count);
    stepped.partials.forEach((partial, k) => {
      expect(partial.items).toHaveLength(k + 1);
      expect(partial.items.at(-1)).toEqual(whole.items[k]);
      expect(partial).toMatchObject({ policies: [], sections: [], departments: [], diagnostics: [] });
      // The title as soon as it is read: the seed layout gives it on its first line, CSV gives none.
      expect(partial.title).toBe(whole.title);
    });
    for (let k = 1; k < stepped.progress.length; k++)
      expect(stepped.progress[k]).toBeGreaterThanOrEqual(stepped.progress[k - 1]!);
    expect(stepped.progress[0]).toBeGreaterThan(0);
    expect(stepped.progress.at(-1)).toBeLessThanOrEqual(1);
  });

  it('pauses when asked, and goes on from there', () => {
    const reading = readPlanInSteps(generated.text);
    let asked = 0;
    expect(reading.step(() => ++asked === 10)).toBe(false);
    expect(reading.itemsRead).toBe(10);
    expect(reading.plan().items.map((i) => i.serial)).toEqual(
      generated.plan.items.slice(0, 10).map((i) => i.serial),
    );
    expect(reading.step(() => reading.itemsRead >= 50)).toBe(false);
    expect(reading.itemsRead).toBe(50);
    expect(reading.step()).toBe(true);
    expect(reading.itemsRead).toBe(120);
    // Done is done: the same plan object, and stepping again reads nothing.
    const plan = reading.plan();
    expect(reading.step()).toBe(true);
    expect(reading.plan()).toBe(plan);
  });

  it('adds the items listed only in the index when the reading is done', () => {
    const text = [
      '1\ta\tNo.1',
      '2\tb\tNo.2',
      '3\tc\tNo.3',
      '',
      'No.1\t1 a\tc\tg\t2021年度\t◎d',
      'No.3\t3 c\tc\tg\t2022年度\t◎d',
    ].join('\n');
    const stepped = readItemByItem(text);
    expect(stepped.partials.map((p) => p.items.map((i) => i.serial))).toEqual([[1], [1, 3]]);
    expect(stepped.plan.items.map((i) => i.serial)).toEqual([1, 2, 3]);
    expect(stepped.plan.diagnostics.map((d) => d.code)).toContain('missing-row');
  });

  it('gives JSON read item by item the items of JSON.parse, and read at once the same plan', () => {
    const stepped = readItemByItem(seedJson);
    expect(stepped.plan).toEqual(JSON.parse(seedJson));
    expect(JSON.stringify(stepped.plan)).toBe(seedJson);
    // Aliases recompute the department summaries either way.
    const aliases = { 財政: '財政課' };
    const reading = readPlanInSteps(seedJson, { aliases });
    while (!reading.step(() => true));
    expect(reading.plan()).toEqual(parsePlan(seedJson, { aliases }));
    expect(reading.plan().departments.map((d) => d.name)).toContain('財政課');
  });

  // JSON that breaks only after its first items: read item by item, the items come first, and the
  // finished plan is what reading the document whole gives (its errors, no items).
  const items = JSON.stringify(generated.plan.items.slice(0, 6));
  const body = items.slice(1, -1);
  it.each([
    ['cut off in its fifth item', seedJson.slice(0, seedJson.indexOf('"serial":5,') + 40)],
    ['with a wrong value in its fourth item', seedJson.replace('"serial":4,', '"serial":"4",')],
    [
      'with a wrong title after its items',
      `{"items":${items},"title":1,"policies":[],"sections":[],"departments":[],"diagnostics":[]}`,
    ],
    ['with two items without a comma between', seedJson.replace('},{"serial":3,', '} {"serial":3,')],
    [
      'with a comma after its last item',
      `{"title":"t","policies":[],"sections":[],"items":[${body},],"departments":[],"diagnostics":[]}`,
    ],
    ['with text after it', `${seedJson} x`],
  ])('reads JSON %s into the plan read whole', (_, text) => {
    const reading = readPlanInSteps(text);
    let shown = 0;
    while (!reading.step(() => true)) shown = reading.itemsRead;
    expect(shown).toBeGreaterThan(0);
    expect(reading.plan()).toEqual(readPlanJson(text));
    expect(reading.plan()).toEqual(parsePlan(text));
    expect(reading.plan().diagnostics[0]?.severity).toBe('error');
    expect(reading.plan().items).toEqual([]);
  });

  it('reads any JSON near a plan item by item into the plan read whole', () => {
    // The seed's JSON with a piece cut out and JSON's structural characters put in its place.
    const structural = fc.constantFrom(
      '"',
      '\\',
      ',',
      ':',
      '[',
      ']',
      '{',
      '}',
      ' ',
      '1',
      '"items":[]',
      '"items":',
      '\\"',
    );
    fc.assert(
      fc.property(
        fc.nat({ max: seedJson.length }),
        fc.nat({ max: 40 }),
        fc.array(structural, { maxLength: 4 }),
        (at, cut, inserted) => {
          const text = seedJson.slice(0, at) + inserted.join('') + seedJson.slice(at + cut);
          const reading = readPlanInSteps(text, { format: 'json' });
          while (!reading.step(() => true));
          expect(reading.plan()).toEqual(parsePlan(text, { format: 'json' }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('lets a second items key of a JSON plan take the place of the first, as JSON.parse does', () => {
    const text = `{"title":"t","policies":[],"sections":[],"items":${items},"departments":[],"diagnostics":[],"items":[${JSON.stringify(generated.plan.items[9])}]}`;
    const stepped = readItemByItem(text);
    expect(stepped.partials.length).toBeGreaterThan(0);
    expect(stepped.plan).toEqual(JSON.parse(text));
    expect(stepped.plan.items.map((i) => i.serial)).toEqual([generated.plan.items[9]!.serial]);
  });

  it('reports what it cannot read as the finished plan, never throwing', () => {
    const empty = readPlanInSteps('これは計画ではありません');
    expect(empty.step(() => true)).toBe(true);
    expect(empty.plan().diagnostics).toMatchObject([{ code: 'no-items', severity: 'error' }]);
    const wrong = readPlanInSteps(42 as unknown as string);
    expect(wrong.step()).toBe(true);
    expect(wrong.itemsRead).toBe(0);
    expect(wrong.plan().diagnostics).toMatchObject([{ code: 'invalid-input', severity: 'error' }]);
  });
});
