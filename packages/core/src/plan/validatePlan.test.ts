import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validatePlan } from './validatePlan.js';
import { samplePlan } from '../../test-utils/exportFixtures.js';

const schema = JSON.parse(readFileSync(new URL('../../plan.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(schema);

type Path = (string | number)[];
type Container = Record<string | number, unknown>;
const DELETE = Symbol('delete');

const plan = (): Container => JSON.parse(JSON.stringify(samplePlan())) as Container;

/** A copy of the sample with the value at `path` replaced (or deleted). */
function changed(path: Path, value: unknown): Container {
  const doc = plan();
  let parent = doc;
  for (const key of path.slice(0, -1)) parent = parent[key] as Container;
  const last = path.at(-1)!;
  if (value !== DELETE) parent[last] = value;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return doc;
}

/** Wrong documents, each the sample with one change, and the one problem the validator must name. */
const wrong: [string, Path, unknown, string][] = [
  ['title missing', ['title'], DELETE, '$.title: is missing'],
  ['title a number', ['title'], 1, '$.title: expected a string'],
  ['items not an array', ['items'], {}, '$.items: expected an array'],
  [
    'a span start not a date',
    ['items', 0, 'schedule', 'spans', 0, 'start'],
    '2021/04/01',
    '$.items[0].schedule.spans[0].start: expected an ISO date or null',
  ],
  [
    'a span end month 13',
    ['items', 1, 'schedule', 'spans', 1, 'end'],
    '2021-13-01',
    '$.items[1].schedule.spans[1].end: expected an ISO date or null',
  ],
  [
    'a fiscal year as a string',
    ['items', 0, 'schedule', 'spans', 0, 'startFiscalYear'],
    '2021',
    '$.items[0].schedule.spans[0].startFiscalYear: expected an integer or null',
  ],
  [
    'a recurrence in month 13',
    ['items', 1, 'schedule', 'recurrences', 0, 'months', 'to'],
    13,
    '$.items[1].schedule.recurrences[0].months.to: expected a month, 1 to 12',
  ],
  [
    'an unknown precision',
    ['items', 0, 'schedule', 'spans', 0, 'precision'],
    'week',
    '$.items[0].schedule.spans[0].precision: expected one of "fiscal-year", "fiscal-half", "fiscal-quarter", "month", "day", "calendar-year", "decade"',
  ],
  [
    'a negative source offset',
    ['items', 0, 'schedule', 'spans', 1, 'source', 'start'],
    -1,
    '$.items[0].schedule.spans[1].source.start: expected an integer ≥ 0',
  ],
  [
    'a recurrence of 0 years',
    ['items', 1, 'schedule', 'recurrences', 0, 'everyYears'],
    0,
    '$.items[1].schedule.recurrences[0].everyYears: expected an integer ≥ 1',
  ],
  [
    'a recurrence half a time a year',
    ['items', 1, 'schedule', 'recurrences', 0, 'timesPerYear'],
    0.5,
    '$.items[1].schedule.recurrences[0].timesPerYear: expected an integer ≥ 1',
  ],
  [
    'a range of times that ends at none',
    ['items', 1, 'schedule', 'recurrences', 0, 'timesPerYearMax'],
    0,
    '$.items[1].schedule.recurrences[0].timesPerYearMax: expected an integer ≥ 1',
  ],
  [
    'an unknown role',
    ['items', 0, 'departments', 2, 'role'],
    'lead',
    '$.items[0].departments[2].role: expected one of "primary", "participating"',
  ],
  [
    'units not strings',
    ['items', 0, 'departments', 2, 'units', 1],
    3,
    '$.items[0].departments[2].units[1]: expected a string',
  ],
  ['serial a float', ['items', 2, 'serial'], 13.5, '$.items[2].serial: expected an integer'],
  ['line negative', ['items', 2, 'line'], -3, '$.items[2].line: expected an integer ≥ 0'],
  [
    'approximate a string',
    ['items', 2, 'schedule', 'spans', 0, 'approximate'],
    'yes',
    '$.items[2].schedule.spans[0].approximate: expected a boolean',
  ],
  [
    'a target value a string',
    ['items', 0, 'targets', 0, 'value'],
    '97.9',
    '$.items[0].targets[0].value: expected a number',
  ],
  [
    'a severity unknown',
    ['diagnostics', 0, 'severity'],
    'fatal',
    '$.diagnostics[0].severity: expected one of "error", "warning", "info"',
  ],
  ['a diagnostic line 0', ['diagnostics', 0, 'line'], 0, '$.diagnostics[0].line: expected an integer ≥ 1'],
  ['notes not strings', ['notes', 0], 1, '$.notes[0]: expected a string'],
  [
    'a section lead without role',
    ['sections', 0, 'lead', 'role'],
    DELETE,
    '$.sections[0].lead.role: is missing',
  ],
  ['a policy lead not an object', ['policies', 0, 'lead'], '総務', '$.policies[0].lead: expected an object'],
  [
    'a summary lead a string',
    ['departments', 0, 'leads', 0],
    '26',
    '$.departments[0].leads[0]: expected an integer',
  ],
  [
    'a mention without label',
    ['items', 1, 'mentions', 0, 'label'],
    DELETE,
    '$.items[1].mentions[0].label: is missing',
  ],
  [
    'the item policy title a number',
    ['items', 0, 'policy', 'title'],
    1,
    '$.items[0].policy.title: expected a string',
  ],
];

describe('plan.schema.json', () => {
  it('ships with the package under ./plan.schema.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      exports: Record<string, unknown>;
      files: string[];
    };
    expect(pkg.exports['./plan.schema.json']).toBe('./plan.schema.json');
    expect(pkg.files).toContain('plan.schema.json');
    expect((schema as { $schema: string }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('validatePlan', () => {
  it('accepts a valid plan, as the schema does', () => {
    expect(validatePlan(plan())).toEqual([]);
    expect(schemaAccepts(plan())).toBe(true);
  });

  it('accepts properties the model does not name, as the schema does', () => {
    const doc = changed(['items', 0, 'colour'], 'red');
    doc.extra = { anything: true };
    expect(validatePlan(doc)).toEqual([]);
    expect(schemaAccepts(doc)).toBe(true);
  });

  it('accepts an empty plan', () => {
    const empty = { title: '', policies: [], sections: [], items: [], departments: [], diagnostics: [] };
    expect(validatePlan(empty)).toEqual([]);
    expect(schemaAccepts(empty)).toBe(true);
  });

  it('reports a document that is not an object, as the schema does', () => {
    for (const doc of [[], null, '{}', 3]) {
      expect(validatePlan(doc)).toEqual([
        { path: '$', message: 'expected an object', messageJa: 'オブジェクトが必要です' },
      ]);
      expect(schemaAccepts(doc)).toBe(false);
    }
  });

  for (const [what, path, value, expected] of wrong) {
    it(`reports ${what} with its JSON path, and the schema rejects it too`, () => {
      const doc = changed(path, value);
      const problems = validatePlan(doc).map((p) => `${p.path}: ${p.message}`);
      expect(problems).toEqual([expected]);
      // Said in Japanese too: what is needed there, or that a required property is missing.
      expect(validatePlan(doc)[0]!.messageJa).toMatch(/^(.+が必要です|必須の項目がありません)$/);
      expect(schemaAccepts(doc)).toBe(false);
    });
  }

  it('reports every problem, not only the first', () => {
    const doc = changed(['items', 1, 'schedule', 'spans', 0, 'end'], 'soon');
    doc.title = 5;
    delete doc.sections;
    expect(validatePlan(doc).map((p) => p.path)).toEqual([
      '$.title',
      '$.sections',
      '$.items[1].schedule.spans[0].end',
    ]);
  });

  it('stops at maxProblems', () => {
    const doc = {
      title: '',
      policies: [],
      sections: [],
      items: Array.from({ length: 5000 }, () => 1),
      departments: [],
      diagnostics: [],
    };
    expect(validatePlan(doc)).toHaveLength(100);
    expect(validatePlan(doc, { maxProblems: 3 }).map((p) => p.path)).toEqual([
      '$.items[0]',
      '$.items[1]',
      '$.items[2]',
    ]);
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
    const paths: Path[] = [];
    const walk = (value: unknown, path: Path): void => {
      if (path.length > 0) paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
      else if (value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
    };
    walk(plan(), []);
    fc.assert(
      fc.property(fc.nat(paths.length - 1), fc.option(junk, { nil: DELETE }), (index, replacement) => {
        const doc = changed(paths[index]!, replacement);
        expect(validatePlan(doc).length === 0).toBe(schemaAccepts(doc));
      }),
      { numRuns: 2000 },
    );
  });
});
