import type { BundleSize } from './node/bundleSize.js';
import type { JapaneseFont, Machine } from './node/machine.js';
import type { ParsePlanTime } from './parsers/parsePlanTime.js';
import { summarize, type Timing } from './measure.js';
import type { ParserRate, ScheduleThroughput } from './parsers/scheduleThroughput.js';
import type { ParsersResult } from './parsers/inPage.js';
import type { Config, RenderResult, TraceBreakdown } from './browser/renderBench.js';
import type { ProfileSummary } from './profile.js';

/** Everything one `pnpm bench` run measured. */
export interface BenchResults {
  machine: Machine;
  quick: boolean;
  scheduleThroughput?: ScheduleThroughput;
  parsePlan?: ParsePlanTime;
  /** The same parser measurements in a page of the system Chromium, where `<plan-timeline>` parses. */
  parsersInChromium?: ParsersResult;
  bundle?: BundleSize;
  render: RenderResult[];
  profile?: { n: number; firstFrame: ProfileSummary; zoom: ProfileSummary; zoomTrace: TraceBreakdown };
  /** CPU profile of one warm parsePlan of the generated plan, in Node. */
  parsePlanProfile?: { items: number } & ProfileSummary;
  /** CPU profile of parseSchedule over the seed's cells, repeated, in Node. */
  parseScheduleProfile?: { passes: number } & ProfileSummary;
  errors: { section: string; message: string }[];
}

const ms = (x: number | undefined | null): string =>
  x === undefined || x === null || !Number.isFinite(x)
    ? '–'
    : x >= 100
      ? x.toFixed(0)
      : x >= 10
        ? x.toFixed(1)
        : x.toFixed(2);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const int = (x: number): string => Math.round(x).toLocaleString('en-US');
const mark = (ok: boolean | undefined): string => (ok === undefined ? '–' : ok ? '✅ met' : '❌ missed');

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
}

/** A competitor's result at one N and configuration (results without one are of the tuned configuration). */
function competitor(r: BenchResults, library: string, n: number, config: Config): RenderResult | undefined {
  return r.render.find((x) => x.library === library && x.n === n && (x.config ?? 'tuned') === config);
}

/**
 * How a library appears in the tables: plan-timeline, or a competitor with its configuration.
 *
 * @example
 * libraryLabel({ library: 'vis-timeline', config: 'defaults' }); // 'vis-timeline (defaults)'
 */
export function libraryLabel(x: Pick<RenderResult, 'library' | 'config'>): string {
  return x.config ? `${x.library} (${x.config})` : x.library;
}

/**
 * The verdict of a target measured several ways (against each configuration of a competitor, or in each
 * environment): met or missed in each way measured, or one verdict for both when they agree.
 *
 * @param preposition - how the ways are named: `against defaults`, `in Chromium`
 * @param verdicts - each way and whether the target was met there (`undefined`: not measured)
 * @example
 * markEach('in', [['Node', false], ['Chromium', true]]); // '❌ missed in Node · ✅ met in Chromium'
 * markEach('in', [['Chromium', true], ['Node', true]]); // '✅ met in both'
 */
export function markEach(
  preposition: string,
  verdicts: readonly (readonly [string, boolean | undefined])[],
): string {
  const measured = verdicts.filter(([, met]) => met !== undefined);
  if (measured.length === 0) return '–';
  if (
    measured.length > 1 &&
    measured.length === verdicts.length &&
    measured.every(([, m]) => m === measured[0]![1])
  )
    return `${measured[0]![1] ? '✅ met' : '❌ missed'} ${preposition} ${measured.length === 2 ? 'both' : 'all'}`;
  return measured.map(([way, met]) => `${met ? '✅ met' : '❌ missed'} ${preposition} ${way}`).join(' · ');
}

/**
 * The verdict of a target measured against both configurations of a competitor (see {@link markEach}).
 *
 * @example
 * markAgainst({ defaults: true, tuned: false }); // '✅ met against defaults · ❌ missed against tuned'
 * markAgainst({ defaults: true, tuned: true }); // '✅ met against both'
 */
export function markAgainst(ok: Partial<Record<Config, boolean | undefined>>): string {
  return markEach('against', [
    ['defaults', ok.defaults],
    ['tuned', ok.tuned],
  ]);
}

/** The environments the parsers were measured in (Node, then Chromium), named, with what each measured. */
function parserEnvironments(r: BenchResults): [string, Partial<ParsersResult>][] {
  const inNode: Partial<ParsersResult> = {
    ...(r.scheduleThroughput ? { scheduleThroughput: r.scheduleThroughput } : {}),
    ...(r.parsePlan ? { parsePlan: r.parsePlan } : {}),
  };
  return [
    [`Node ${r.machine.node.split('.')[0]}`, inNode],
    [`Chromium ${r.machine.chromium.split('.')[0]}`, r.parsersInChromium ?? {}],
  ];
}

function targets(r: BenchResults): string {
  const pt = (n: number) => r.render.find((x) => x.library === 'plan-timeline' && x.n === n);
  const big = pt(10000);
  const k = pt(1000);
  const ratio = (a?: RenderResult, b?: RenderResult) =>
    a && b ? b.firstFrameMs / a.firstFrameMs : undefined;
  /** The same ratio with plan-timeline given the parsed Plan (`.plan`), as the others are given parsed data. */
  const planRatio = (a?: RenderResult, b?: RenderResult) =>
    a?.firstFramePlanMs && b ? b.firstFrameMs / a.firstFramePlanMs : undefined;
  const times = (x?: number) => `${x?.toFixed(1) ?? '–'}×`;
  /** The 1,000-row ratio against each configuration of one competitor, and its verdict. */
  const against = (library: string): [string, string] => {
    const defaults = competitor(r, library, 1000, 'defaults');
    const tuned = competitor(r, library, 1000, 'tuned');
    const text = [
      defaults &&
        `${times(ratio(k, defaults))} against its defaults (out of the box; from \`.plan\`: ${times(planRatio(k, defaults))})`,
      tuned &&
        `${times(ratio(k, tuned))} against the tuned configuration (from \`.plan\`, parsed data as the others get: ${times(planRatio(k, tuned))})`,
    ].filter(Boolean);
    const met = (b?: RenderResult) => (b && k ? ratio(k, b)! >= 20 : undefined);
    return [
      text.length > 0 ? text.join('; ') : '–',
      markAgainst({ defaults: met(defaults), tuned: met(tuned) }),
    ];
  };
  const [visText, visMark] = against('vis-timeline');
  const [frappeText, frappeMark] = against('frappe-gantt');
  const stepMax = big ? Math.max(big.zoom.median, big.pan?.median ?? 0) : undefined;
  const environments = parserEnvironments(r);
  /** One measurement in each environment: `103.4 ms in Node v20; 84.1 ms in Chromium 156`. */
  const inEach = (show: (x: Partial<ParsersResult>) => string | undefined): string =>
    environments
      .map(([name, x]) => [name, show(x)] as const)
      .filter(([, shown]) => shown !== undefined)
      .map(([name, shown]) => `${shown} in ${name}`)
      .join('; ') || '–';
  const rows: string[][] = [
    [
      '10,000 items: first frame after setting `.text` (parsing of the rows it shows included)',
      '< 100 ms',
      `${ms(big?.firstFrameMs)} ms (whole plan read and drawn: ${ms(big?.settledMs ?? big?.firstFrameMs)} ms)`,
      mark(big && big.firstFrameMs < 100),
    ],
    [
      '10,000 items: zoom / pan step (median)',
      '< 16 ms',
      big ? `${ms(big.zoom.median)} / ${ms(big.pan?.median)} ms` : '–',
      mark(stepMax === undefined ? undefined : stepMax < 16),
    ],
    [
      '10,000 items: JS heap',
      '< 50 MB',
      `${big ? big.heapMB.toFixed(1) : '–'} MB`,
      mark(big && big.heapMB < 50),
    ],
    ['1,000 rows: first frame vs vis-timeline', '≥ 20× faster', visText, visMark],
    ['1,000 rows: first frame vs frappe-gantt', '≥ 20× faster', frappeText, frappeMark],
    [
      '`parsePlan` of 10,000 items (seed layout, median)',
      '< 100 ms',
      // One decimal: a median close to the goal is not rounded onto it.
      inEach((x) =>
        x.parsePlan
          ? `${x.parsePlan.text.median.toFixed(1)} ms` +
            parenthesis([
              x.parsePlan.settled &&
                `settled, after ${x.parsePlan.settled.afterRuns} more runs: ${x.parsePlan.settled.timing.median.toFixed(1)} ms`,
              x.parsePlan.oneAtATime &&
                `one run at a time, idle before each, in a page of its own: ${x.parsePlan.oneAtATime.timing.median.toFixed(1)} ms`,
            ])
          : undefined,
      ),
      markEach(
        'in',
        environments.map(([name, x]) => [
          name,
          x.parsePlan && x.parsePlan.items === 10000 ? x.parsePlan.text.median < 100 : undefined,
        ]),
      ),
    ],
    [
      '`parseSchedule` vs chrono-node (`chrono.ja.parse`), chars/s',
      '≥ 2×',
      inEach((x) => (x.scheduleThroughput ? ratios(x.scheduleThroughput) : undefined)),
      // Met only where both measurements, minutes apart, reach it (see ScheduleThroughput.again).
      markEach(
        'in',
        environments.map(([name, x]) => {
          const s = x.scheduleThroughput;
          return [name, s && Math.min(s.ratio, s.again?.ratio ?? s.ratio) >= 2];
        }),
      ),
    ],
    [
      'Standalone bundle, gzip',
      '< 60 KB',
      r.bundle
        ? `${kb(r.bundle.gzip)} KB` +
          (r.bundle.files.length > 1
            ? ` (with the chunks it loads lazily: ${kb(r.bundle.total.gzip)} KB)`
            : '')
        : '– KB',
      mark(r.bundle && r.bundle.gzip < 60 * 1024),
    ],
  ];
  return table(['Target (issue #6)', 'Goal', 'Measured', ''], rows);
}

function rendering(r: BenchResults): string {
  const head = [
    'N rows',
    'Library',
    'Bars',
    'First frame (ms): median [range]',
    'vs plan-timeline',
    'Main thread: all tasks / style / layout (ms)',
    'Zoom step median / max (ms)',
    'DOM elements',
    'JS heap (MB)',
  ];
  const rows = r.render.map((x) => {
    const pt = r.render.find((y) => y.library === 'plan-timeline' && y.n === x.n);
    const vs =
      x.library === 'plan-timeline'
        ? '1×'
        : pt
          ? `${(x.firstFrameMs / pt.firstFrameMs).toFixed(1)}× slower`
          : '–';
    const first = `${ms(x.firstFrameMs)}${spread(x.firstFrameSamples)}`;
    return [
      int(x.n),
      libraryLabel(x),
      int(x.library === 'frappe-gantt' ? x.n : x.spans),
      x.settledMs === undefined
        ? first
        : x.library === 'plan-timeline'
          ? `${first} (whole plan: ${ms(x.settledMs)})`
          : `${first} (axis fitted: ${ms(x.settledMs)})`,
      vs,
      `${ms(x.breakdown.taskMs)} / ${ms(x.breakdown.styleMs)} / ${ms(x.breakdown.layoutMs)}`,
      `${ms(x.zoom.median)} / ${ms(x.zoom.max)}${x.zoom.redrawn < x.zoom.steps ? ` (${x.zoom.redrawn}/${x.zoom.steps} redrawn in frame)` : ''}`,
      int(x.elements),
      x.heapMB.toFixed(1),
    ];
  });
  return table(head, rows);
}

/** The range of a median's samples, `[lo–hi]`, when there were several. */
function spread(samples?: readonly number[]): string {
  if (!samples || samples.length < 2) return '';
  return ` [${ms(Math.min(...samples))}–${ms(Math.max(...samples))}]`;
}

function planTimelineDetails(r: BenchResults): string {
  const rows = r.render
    .filter((x) => x.library === 'plan-timeline')
    .map((x) => [
      int(x.n),
      `${ms(x.firstFrameMs)}${spread(x.firstFrameSamples)}`,
      ms(x.settledMs ?? x.firstFrameMs),
      `${ms(x.firstFramePlanMs)}${spread(x.firstFramePlanSamples)}`,
      `${ms(x.firstFrameJsonMs)}${spread(x.firstFrameJsonSamples)} (whole plan: ${ms(x.settledJsonMs)})`,
      `${ms(x.pan?.median)} / ${ms(x.pan?.max)}${x.pan && x.pan.redrawn < x.pan.steps ? ` (${x.pan.redrawn}/${x.pan.steps} redrawn)` : ''}`,
      `${x.ariaRowCount ?? '–'} (layout: ${x.expectedRows ?? '–'})`,
      int(x.drawnRows),
    ]);
  return table(
    [
      'N',
      'First frame from `.text` (ms)',
      'whole plan read and drawn (ms)',
      'from `.plan`: element created with its plan, fresh page (ms)',
      'from `.text` as JSON, fresh page (ms)',
      'Pan step median / max (ms)',
      'aria-rowcount',
      'Row nodes in DOM',
    ],
    rows,
  );
}

/** parseSchedule's ratio to chrono-node, and the ratio measured again later in the run when there is one. */
function ratios(s: ScheduleThroughput): string {
  return (
    `${s.ratio.toFixed(3)}×` + (s.again ? ` (again at the end of the run: ${s.again.ratio.toFixed(3)}×)` : '')
  );
}

function parsers(r: BenchResults): string {
  const out: string[] = [];
  const environments = parserEnvironments(r);
  const throughputs = environments.flatMap(([name, x]) =>
    x.scheduleThroughput ? [[name, x.scheduleThroughput] as const] : [],
  );
  const first = throughputs[0]?.[1];
  if (first) {
    const perParser = (pick: (s: ScheduleThroughput) => ParserRate) =>
      throughputs.flatMap(([, s]) => [int(pick(s).charsPerSecond), ms(pick(s).pass.median * 1000)]);
    out.push(
      `Over the seed's ${first.cells} スケジュール cells (${int(first.characters)} characters): one pass is the mean pass of a block of passes, the median of ${first.parseSchedule.pass.runs} blocks, the two parsers' blocks in turn${first.again ? '; measured again, the same way, at the end of the run (its one-pass column: ours / chrono-node), since the ratio moves with the speed this machine runs at' : ''}:`,
      '',
      table(
        [
          'Parser',
          ...throughputs.flatMap(([name]) => [`${name}: characters / s`, `${name}: one pass (µs)`]),
          'Dates found',
        ],
        [
          [
            '`parseSchedule`',
            ...perParser((s) => s.parseSchedule),
            `${first.parseSchedule.found} spans + recurrences`,
          ],
          ['chrono-node `chrono.ja.parse`', ...perParser((s) => s.chrono), `${first.chrono.found} results`],
          ['Ratio', ...throughputs.flatMap(([, s]) => [`${s.ratio.toFixed(2)}×`, '']), ''],
          ...(throughputs.some(([, s]) => s.again)
            ? [
                [
                  'Ratio measured again at the end of the run',
                  ...throughputs.flatMap(([, s]) =>
                    s.again
                      ? [
                          `${s.again.ratio.toFixed(2)}×`,
                          `${ms(s.again.parseSchedulePass * 1000)} / ${ms(s.again.chronoPass * 1000)}`,
                        ]
                      : ['–', ''],
                  ),
                  '',
                ],
              ]
            : []),
        ],
      ),
    );
  }
  const plans = environments.flatMap(([name, x]) => (x.parsePlan ? [[name, x.parsePlan] as const] : []));
  const p = plans[0]?.[1];
  const oneAtATime = plans.find(([, t]) => t.oneAtATime)?.[1].oneAtATime;
  if (p) {
    const step = (
      label: string,
      pick: (t: ParsePlanTime) => Timing | undefined,
      result: string,
    ): string[] => [
      label,
      ...plans.flatMap(([, t]) => {
        const timing = pick(t);
        return timing ? [ms(timing.median), ms(timing.min), String(timing.runs)] : ['–', '–', '–'];
      }),
      result,
    ];
    out.push(
      '',
      `A generated plan of ${int(p.items)} items (seed 1; ${int(p.characters)} characters in the seed's layout):`,
      '',
      table(
        ['Step', ...plans.flatMap(([name]) => [`${name}: median (ms)`, 'min (ms)', 'runs']), 'Result'],
        [
          step('`parsePlan` (seed layout)', (t) => t.text, `${int(p.itemsRead)} items`),
          step(
            '`parsePlan` (seed layout), its first call (Node: after the `parseSchedule` benchmark; Chromium: in a page of its own)',
            (t) => summarize([t.first]),
            '',
          ),
          step(
            `\`parsePlan\` (seed layout), settled: after those runs and ${p.settled?.afterRuns ?? '–'} more, untimed`,
            (t) => t.settled?.timing,
            '',
          ),
          ...(oneAtATime
            ? [
                step(
                  `\`parsePlan\` (seed layout), one run at a time, as a page reads a plan again (Chromium, in a page of its own): after its first call and ${oneAtATime.warmup} untimed runs, each run a task of its own after ${oneAtATime.idleMs} ms idle`,
                  (t) => t.oneAtATime?.timing,
                  '',
                ),
              ]
            : []),
          step('`parsePlan` (CSV)', (t) => t.csv, `${int(p.csvItemsRead)} items`),
          step('`layoutPlan` (group by item), the same plan again', (t) => t.layout, `${int(p.rows)} rows`),
          step(
            '`layoutPlan` (group by item), a plan laid out for the first time',
            (t) => t.layoutFresh,
            `${int(p.rows)} rows`,
          ),
        ],
      ),
    );
    const faults = p.textPageFaults;
    const perPage = r.machine.freshMemoryMicrosPerPage;
    if (faults && plans[0]) {
      out.push(
        '',
        `Page faults (${plans[0][0]}, where the process counts them): a timed \`parsePlan\` of the seed layout took ` +
          `${int(faults.median)} minor page faults (median; ${int(faults.min)}–${int(faults.max)})` +
          (perPage === undefined
            ? '.'
            : `, about ${ms((faults.median * perPage) / 1000)} ms of its time at the ${perPage.toFixed(2)} µs a page this machine takes.`),
      );
    }
  }
  return out.join('\n');
}

function bundle(r: BenchResults): string {
  const b = r.bundle;
  if (!b) return '';
  const parts = Object.entries(b.parts).filter(([, p]) => p.modules > 0);
  return [
    `\`plan-timeline.standalone.js\` as the element's Vite config builds it: ${kb(b.bytes)} KB, **${kb(b.gzip)} KB gzip**` +
      (b.minifiedGzip < b.gzip * 0.99
        ? ` (minified with esbuild, whitespace too, it would be ${kb(b.minifiedGzip)} KB gzip).`
        : '.'),
    ...(b.files.length > 1
      ? [
          '',
          'It loads the rest of its code lazily (`import()`) from chunks beside it; a page that gives the element a `src` or `text` loads them all.',
          '',
          table(
            ['File', 'Bytes (KB)', 'Gzip (KB)'],
            [
              ...b.files.map((f) => [`\`${f.fileName}\``, kb(f.bytes), kb(f.gzip)]),
              ['All files', kb(b.total.bytes), `**${kb(b.total.gzip)}**`],
            ],
          ),
        ]
      : []),
    '',
    table(
      ['Part', 'Modules', 'Minified on its own (KB)', 'Gzip on its own (KB)'],
      parts.map(([name, p]) => [name, String(p.modules), kb(p.bytes), kb(p.gzip)]),
    ),
  ].join('\n');
}

function hot(p: ProfileSummary, what: string): string {
  const rows = Math.max(Math.min(12, p.functions.length), Math.min(12, p.areas.length));
  return [
    `${what}: ${ms(p.totalMs)} ms of samples (the profiler itself slows the code down).`,
    '',
    table(
      ['Area', 'Self (ms)', 'Share', 'Function (file)', 'Self (ms)'],
      Array.from({ length: rows }, (_, i) => {
        const a = p.areas[i];
        const f = p.functions[i];
        return [
          a ? `\`${a.name}\`` : '',
          a ? ms(a.selfMs) : '',
          a ? `${((100 * a.selfMs) / p.totalMs).toFixed(0)}%` : '',
          f ? `\`${f.name}\`` : '',
          f ? ms(f.selfMs) : '',
        ];
      }),
    ),
  ].join('\n');
}

function profile(r: BenchResults): string {
  const out: string[] = [];
  if (r.parsePlanProfile) {
    out.push(
      hot(
        r.parsePlanProfile,
        `\`parsePlan\` of ${int(r.parsePlanProfile.items)} generated items in Node (three warm runs, median of each entry; sampled every 0.1 ms; samples inside core's code and garbage collection)`,
      ),
      '',
    );
  }
  if (r.parseScheduleProfile) {
    out.push(
      hot(
        r.parseScheduleProfile,
        `\`parseSchedule\` over the seed's cells, ${r.parseScheduleProfile.passes} passes, in Node (three runs, median of each entry; samples inside core's code and garbage collection)`,
      ),
      '',
    );
  }
  if (r.profile) {
    out.push(
      hot(
        r.profile.firstFrame,
        `plan-timeline, first frame from \`.text\` at ${int(r.profile.n)} rows in Chromium (three fresh pages, median of each entry; readable build of the same code with a source map; sampled every 0.1 ms)`,
      ),
      '',
      hot(
        r.profile.zoom,
        `plan-timeline, 20 zoom steps at ${int(r.profile.n)} rows, CPU profile (idle time included)`,
      ),
      '',
      `plan-timeline, ${r.profile.zoomTrace.steps} zoom steps at ${int(r.profile.n)} rows: main-thread time per step by Chromium trace event (events nest: \`FunctionCall\` sits inside \`FireAnimationFrame\` or \`EventDispatch\`; \`RunTask\` is the total).`,
      '',
      table(
        ['Trace event', 'ms per step'],
        r.profile.zoomTrace.perStep.map((e) => [`\`${e.name}\``, ms(e.selfMs)]),
      ),
    );
  }
  return out.join('\n');
}

/**
 * A warning for a run on a machine without a Japanese font, or null. Chromium then draws plan text as
 * empty boxes, and looks for a font for each of its characters first: every library's first frame is
 * longer by that search, and ours (tens of milliseconds) most of all in proportion.
 *
 * @example
 * noJapaneseFontWarning({ family: 'Liberation Sans', japanese: false }); // 'No Japanese font: …'
 */
export function noJapaneseFontWarning(font: JapaneseFont | undefined): string | null {
  if (!font || font.japanese !== false) return null;
  return (
    `No Japanese font: Chromium drew Japanese text in ${font.family}, as empty boxes, after looking for a font ` +
    `for each character. First frames include that search (at 1,000 rows, about 100 ms more layout per fresh page for ` +
    `plan-timeline here), which no reader with a Japanese font waits for: install one ` +
    `(\`apt-get install -y fonts-noto-cjk\` on Debian) to measure what the plan's readers see.`
  );
}

/** The machine line's sentence on the font Japanese text was drawn in. */
function fontLine(font: JapaneseFont | undefined): string {
  if (!font) return '';
  const warning = noJapaneseFontWarning(font);
  if (warning) return ` **${warning}**`;
  return ` Japanese text drawn in ${font.family}${font.japanese === null ? '' : ' (a Japanese font)'}.`;
}

/** ` (a; b)` of the parts that are there, or nothing when none is. */
function parenthesis(parts: readonly (string | undefined)[]): string {
  const present = parts.filter((p): p is string => !!p);
  return present.length > 0 ? ` (${present.join('; ')})` : '';
}

/** The generated part of docs/benchmarks.md. */
export function markdown(r: BenchResults): string {
  const m = r.machine;
  const parts = [
    `Run on ${m.date.slice(0, 10)} (${m.date}): ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; Chromium ${m.chromium} (headless); Node ${m.node}. ` +
      `Load average ${m.load[0].toFixed(1)} at the start and ${m.load[1].toFixed(1)} at the end (the run itself keeps up to ${m.cores} cores busy)` +
      (m.load[0] > m.cores
        ? ` — more than ${m.cores} before it began: other work shared the machine, so the times are inflated and noisy.`
        : '.') +
      (m.freshMemoryMicrosPerPage === undefined
        ? ''
        : ` Memory new to a process costs ${m.freshMemoryMicrosPerPage.toFixed(2)} µs per 4 KB page to touch here (a page fault; 64 MB touched, median of three).`) +
      fontLine(m.japaneseFont),
    '',
    '### Targets',
    '',
    targets(r),
    '',
    '### Rendering (headless Chromium, 1280×800)',
    '',
    ...(r.render.some((x) => (x.firstFrameSamples?.length ?? 0) > 1)
      ? [
          `First frames are the median of ${Math.max(...r.render.map((x) => x.firstFrameSamples?.length ?? 1))} fresh pages per library, configuration and N, with their range in brackets; the other columns come from the first of them.`,
          '',
        ]
      : []),
    rendering(r),
    '',
    planTimelineDetails(r),
    '',
    '### Parsers (Node and Chromium)',
    '',
    parsers(r),
    '',
    '### Bundle',
    '',
    bundle(r),
  ];
  const prof = profile(r);
  if (prof) parts.push('', '### Where the time goes', '', prof);
  if (r.errors.length > 0)
    parts.push('', '### Failed sections', '', ...r.errors.map((e) => `- ${e.section}: ${e.message}`));
  return parts.join('\n');
}
