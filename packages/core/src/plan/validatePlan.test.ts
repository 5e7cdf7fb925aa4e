import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validatePlan } from './validatePlan.js';
import { samplePlan } from '../../test-utils/exportFixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../plan.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(schema);

type Json = Record<string, unknown> & { items: Record<string, unknown>[] };
const plan = (): Json => JSON.parse(JSON.stringify(samplePlan())) as Json;

/** Wrong documents, each made from the sample by one change, with the path the validator must name. */
const wrong: [string, (doc: Json) => unknown, string][] = [
  ['not an object', () => [], '$: expected an object'],
  ['null', () => null, '$: expected an object'],
  ['a string', () => '{}', '$: expected an object'],
  ['title missing', (d) => ((d.title = undefined), JSON.parse(JSON.stringify(d))), '$.title: is missing'],
  ['title a number', (d) => ((d.title = 1), d), '$.title: expected a string'],
  ['items not an array', (d) => ((d.items = {} as never), d), '$.items: expected an array'],
  [
    'a span start not a date',
    (d) => (((d.items[0]!.schedule as any).spans[0].start = '2021/04/01'), d),
    '$.items[0].schedule.spans[0].start: expected an ISO date or null',
  ],
  [
    'a span end month 13',
    (d) => (((d.items[1]!.schedule as any).spans[1].end = '2021-13-01'), d),
    '$.items[1].schedule.spans[1].end: expected an ISO date or null',
  ],
  [
    'a fiscal year as a string',
    (d) => (((d.items[0]!.schedule as any).spans[0].startFiscalYear = '2021'), d),
    '$.items[0].schedule.spans[0].startFiscalYear: expected an integer or null',
  ],
  [
    'an unknown precision',
    (d) => (((d.items[0]!.schedule as any).spans[0].precision = 'week'), d),
    '$.items[0].schedule.spans[0].precision: expected one of "fiscal-year", "fiscal-half", "fiscal-quarter", "month", "day", "calendar-year", "decade"',
  ],
  [
    'a negative source offset',
    (d) => (((d.items[0]!.schedule as any).spans[1].source.start = -1), d),
    '$.items[0].schedule.spans[1].source.start: expected an integer ≥ 0',
  ],
  [
    'a recurrence of 0 years',
    (d) => (((d.items[1]!.schedule as any).recurrences[0].everyYears = 0), d),
    '$.items[1].schedule.recurrences[0].everyYears: expected an integer ≥ 1',
  ],
  [
    'an unknown role',
    (d) => (((d.items[0]!.departments as any)[2].role = 'lead'), d),
    '$.items[0].departments[2].role: expected one of "primary", "participating"',
  ],
  [
    'units not strings',
    (d) => (((d.items[0]!.departments as any)[2].units = ['税務', 3]), d),
    '$.items[0].departments[2].units[1]: expected a string',
  ],
  ['serial a float', (d) => ((d.items[2]!.serial = 13.5), d), '$.items[2].serial: expected an integer'],
  ['line negative', (d) => ((d.items[2]!.line = -3), d), '$.items[2].line: expected an integer ≥ 0'],
  ['approximate a string', (d) => (((d.items[2]!.schedule as any).spans[0].approximate = 'yes'), d), '$.items[2].schedule.spans[0].approximate: expected a boolean'],
  ['a target value a string', (d) => (((d.items[0]!.targets as any)[0].value = '97.9'), d), '$.items[0].targets[0].value: expected a number'],
  ['a severity unknown', (d) => (((d.diagnostics as any)[0].severity = 'fatal'), d), '$.diagnostics[0].severity: expected one of "error", "warning", "info"'],
  ['a diagnostic line 0', (d) => (((d.diagnostics as any)[0].line = 0), d), '$.diagnostics[0].line: expected an integer ≥ 1'],
  ['notes not strings', (d) => ((d.notes = [1]), d), '$.notes[0]: expected a string'],
  ['a section lead without role', (d) => (delete (d.sections as any)[0].lead.role, d), '$.sections[0].lead.role: is missing'],
  ['a policy lead not an object', (d) => (((d.policies as any)[0].lead = '総務'), d), '$.policies[0].lead: expected an object'],
  ['a summary lead a string', (d) => (((d.departments as any)[0].leads = ['26']), d), '$.departments[0].leads[0]: expected an integer'],
  ['a mention without label', (d) => (delete (d.items[1]!.mentions as any)[0].label, d), '$.items[1].mentions[0].label: is missing'],
  ['the item policy title a number', (d) => (((d.items[0]!.policy as any).title = 1), d), '$.items[0].policy.title: expected a string'],
];

describe('validatePlan', () => {
  it('accepts a valid plan, as the schema does', () => {
    expect(validatePlan(plan())).toEqual([]);
    expect(schemaAccepts(plan())).toBe(true);
  });

  it('accepts properties the model does not name, as the schema does', () => {
    const doc = plan();
    doc.extra = { anything: true };
    (doc.items[0] as Record<string, unknown>).colour = 'red';
    expect(validatePlan(doc)).toEqual([]);
    expect(schemaAccepts(doc)).toBe(true);
  });

  it('accepts an empty plan', () => {
    const empty = { title: '', policies: [], sections: [], items: [], departments: [], diagnostics: [] };
    expect(validatePlan(empty)).toEqual([]);
    expect(schemaAccepts(empty)).toBe(true);
  });

  for (const [what, change, expected] of wrong) {
    it(`reports ${what} with its JSON path, and the schema rejects it too`, () => {
      const doc = change(plan());
      const problems = validatePlan(doc).map((p) => `${p.path}: ${p.message}`);
      expect(problems).toEqual([expected]);
      expect(schemaAccepts(doc)).toBe(false);
    });
  }

  it('reports every problem, not only the first', () => {
    const doc = plan();
    doc.title = 5;
    delete (doc as Record<string, unknown>).sections;
    (doc.items[1]!.schedule as any).spans[0].end = 'soon';
    expect(validatePlan(doc).map((p) => p.path)).toEqual(['$.title', '$.sections', '$.items[1].schedule.spans[0].end']);
  });

  it('stops at maxProblems', () => {
    const doc = { title: '', policies: [], sections: [], items: Array.from({ length: 5000 }, () => 1), departments: [], diagnostics: [] };
    expect(validatePlan(doc)).toHaveLength(100);
    expect(validatePlan(doc, { maxProblems: 3 }).map((p) => p.path)).toEqual(['$.items[0]', '$.items[1]', '$.items[2]']);
  });

  it('does not mutate its input', () => {
    const doc = plan();
    const before = JSON.stringify(doc);
    validatePlan(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('agrees with the schema on random damage to a valid plan', () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer({ min: -3, max: 3 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom('', 'x', '2021-04-01', '2021-02-30', 'primary', 'month', 'warning'),
      fc.constant([]),
      fc.constant({}),
    );
    // Collect the paths of every value in the sample, then replace or delete one at random.
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, path: (string | number)[]): void => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(plan(), []);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.option(junk, { nil: undefined }), (index, replacement) => {
        const doc = plan() as Record<string | number, any>;
        const path = paths[index]!;
        let parent = doc;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path.at(-1)!;
        if (replacement === undefined) {
          if (Array.isArray(parent)) parent.splice(last as number, 1);
          else delete parent[last];
        } else {
          parent[last] = replacement;
        }
        expect(validatePlan(doc).length === 0).toBe(schemaAccepts(doc));
      }),
      { numRuns: 2000 },
    );
  });
});
