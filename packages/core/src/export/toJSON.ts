import type { Plan } from '../model/types.js';

/** Options for {@link toJSON}. */
export interface ToJSONOptions {
  /** Spaces per indentation level (default 2; 0 writes one line). */
  indent?: number;
}

// The order in which each kind of object's properties are written; properties the model does
// not name follow in alphabetical order.
const ORDER = {
  plan: ['title', 'notes', 'policies', 'sections', 'items', 'departments', 'diagnostics'],
  policy: ['number', 'title', 'references', 'lead'],
  section: ['policy', 'number', 'title', 'references', 'lead'],
  item: [
    'serial',
    'code',
    'parentCode',
    'title',
    'content',
    'goal',
    'scheduleText',
    'schedule',
    'departments',
    'policy',
    'section',
    'references',
    'targets',
    'mentions',
    'line',
  ],
  schedule: ['spans', 'recurrences', 'notes', 'diagnostics'],
  span: [
    'start',
    'end',
    'startFiscalYear',
    'endFiscalYear',
    'precision',
    'approximate',
    'label',
    'track',
    'source',
  ],
  recurrence: [
    'everyYears',
    'everyYearsMax',
    'timesPerYear',
    'timesPerYearMax',
    'approximate',
    'months',
    'label',
    'track',
    'source',
  ],
  months: ['from', 'to'],
  note: ['text', 'source'],
  diagnostic: ['code', 'severity', 'message', 'serial', 'line', 'source'],
  source: ['start', 'end'],
  department: ['name', 'role', 'units', 'parent'],
  summary: ['name', 'leads', 'joins'],
  numbered: ['number', 'title'],
  target: ['label', 'from', 'value', 'unit', 'by', 'text'],
} as const satisfies Record<string, readonly string[]>;

type Kind = keyof typeof ORDER;

// Which kind of object each property of a kind holds (arrays: the kind of their elements).
const CHILDREN: Partial<Record<Kind, Record<string, Kind>>> = {
  plan: {
    policies: 'policy',
    sections: 'section',
    items: 'item',
    departments: 'summary',
    diagnostics: 'diagnostic',
  },
  policy: { lead: 'department' },
  section: { lead: 'department' },
  item: {
    schedule: 'schedule',
    departments: 'department',
    policy: 'numbered',
    section: 'numbered',
    targets: 'target',
    mentions: 'span',
  },
  schedule: { spans: 'span', recurrences: 'recurrence', notes: 'note', diagnostics: 'diagnostic' },
  span: { source: 'source' },
  recurrence: { months: 'months', source: 'source' },
  note: { source: 'source' },
  diagnostic: { source: 'source' },
  target: { by: 'span' },
};

function ordered(value: unknown, kind: Kind | undefined): unknown {
  if (Array.isArray(value)) return value.map((element) => ordered(element, kind));
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const known: readonly string[] = kind ? ORDER[kind] : [];
  const rest = Object.keys(record)
    .filter((key) => !known.includes(key))
    .sort();
  const out: Record<string, unknown> = {};
  const children = kind ? CHILDREN[kind] : undefined;
  for (const key of [...known, ...rest]) {
    if (!Object.hasOwn(record, key) || record[key] === undefined) continue;
    // A key the model does not name may be any name (`constructor`, `__proto__`): only the model's own
    // children have a kind, and every key is written as a property of its own, never as the prototype.
    const child = children && Object.hasOwn(children, key) ? children[key] : undefined;
    Object.defineProperty(out, key, {
      value: ordered(record[key], child),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * Writes a plan as pretty, stable JSON: properties in the model's order whatever order the
 * object was built in (unknown properties after them, alphabetically), `undefined` left out,
 * a final newline. `parsePlan` reads it back into the same plan; `plan.schema.json` describes it.
 *
 * @param plan - the plan to write (not changed)
 * @param options - `indent` (default 2)
 * @returns the JSON text
 *
 * @example
 * toJSON({ diagnostics: [], departments: [], items: [], sections: [], policies: [], title: '経営プラン' })
 * //=> '{\n  "title": "経営プラン",\n  "policies": [],\n  "sections": [],\n  "items": [],\n  "departments": [],\n  "diagnostics": []\n}\n'
 */
export function toJSON(plan: Plan, options: ToJSONOptions = {}): string {
  return JSON.stringify(ordered(plan, 'plan'), null, options.indent ?? 2) + '\n';
}
