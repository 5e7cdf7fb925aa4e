import type { SourceLookup } from './sourceMap.js';
import { median } from './measure.js';

/** A V8 CPU profile as CDP's Profiler.stop returns it (the fields used here). */
export interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
    children?: number[];
  }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** A function, file or area and the time spent in its own code. */
export interface HotSpot {
  name: string;
  selfMs: number;
}

/** The heaviest functions, source files and areas of a profile by self time. */
export interface ProfileSummary {
  totalMs: number;
  functions: HotSpot[];
  files: HotSpot[];
  /** Source files grouped: `core/schedule`, `element/draw`, `lit-html`, `d3-zoom`, `(garbage collector)`… */
  areas: HotSpot[];
}

export interface SummarizeOptions {
  /** Maps a script URL and position to its source file (through a source map), or null when unknown. */
  lookup?: (url: string, line: number, column: number) => string | null;
  /** Count only samples taken inside a call of a function with this name (plus garbage collection). */
  within?: string;
  /** Count only samples taken inside code of a script whose URL ends with this (plus garbage collection). */
  withinUrl?: string;
  top?: number;
}

/** `…/packages/core/src/plan/parsePlan.ts` → `core/src/plan/parsePlan.ts`; `…/node_modules/lit-html/x.js` → `lit-html/x.js`. */
export function shortenSource(path: string): string {
  const p = path.replaceAll('\\', '/');
  const nm = p.lastIndexOf('/node_modules/');
  if (nm >= 0) return p.slice(nm + '/node_modules/'.length);
  const ours = /(?:^|\/)((?:core|timeline-element|bench)\/(?:src|pages|test-utils)\/.*)$/.exec(p);
  if (ours) return ours[1]!;
  return p.split('/').pop() ?? p;
}

/** The area of a source file: its package, and for our packages the folder under `src`. */
function areaOf(file: string): string {
  const ours = /^(core|timeline-element)\/src\/([^/]+)\//.exec(file);
  if (ours) return `${ours[1] === 'core' ? 'core' : 'element'}/${ours[2]}`;
  if (/^(core|timeline-element)\/src\/[^/]+$/.test(file)) return file.startsWith('core') ? 'core' : 'element';
  const pkg = /^(@[^/]+\/[^/]+|[^/]+)\//.exec(file);
  return pkg ? pkg[1]! : file;
}

/** Sums a profile's samples into self time per function, per source file and per area. */
export function summarizeProfile(
  profile: CpuProfile,
  { lookup, within, withinUrl, top = 15 }: SummarizeOptions = {},
): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inside = (id: number): boolean => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (within !== undefined && frame?.functionName === within) return true;
      if (withinUrl !== undefined && frame?.url && frame.url.endsWith(withinUrl)) return true;
    }
    return false;
  };
  const self = new Map<number, number>();
  profile.samples?.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas?.[i] ?? 0)));
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  const byArea = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, ms: number) => m.set(k, (m.get(k) ?? 0) + ms);
  let total = 0;
  for (const node of profile.nodes) {
    const ms = (self.get(node.id) ?? 0) / 1000;
    if (ms === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (
      (within !== undefined || withinUrl !== undefined) &&
      functionName !== '(garbage collector)' &&
      !inside(node.id)
    )
      continue;
    total += ms;
    const source = url ? (lookup?.(url, lineNumber, columnNumber) ?? null) : null;
    const file = source ? shortenSource(source) : url ? shortenSource(url) : '';
    const name = functionName || '(anonymous)';
    add(byFn, file ? `${name} (${file.split('/').pop()})` : name, ms);
    add(byFile, file || name, ms);
    add(byArea, file ? areaOf(file) : name, ms);
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .map(([name, selfMs]) => ({ name, selfMs }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top);
  return { totalMs: total, functions: sorted(byFn), files: sorted(byFile), areas: sorted(byArea) };
}

/** A lookup for summarizeProfile that maps positions in one script URL through its source map. */
export function lookupFor(url: string, lookup: SourceLookup): NonNullable<SummarizeOptions['lookup']> {
  return (u, line, column) => (u === url || u.endsWith(url) ? lookup(line, column) : null);
}

/**
 * Names a package's own sources in a lookup: a build rooted in a package maps its files as `../src/x.ts`;
 * this makes them `<pkg>/src/x.ts`, leaving other packages' and node_modules paths as they are.
 */
export function inPackage(lookup: SourceLookup, pkg: string): SourceLookup {
  return (line, column) => {
    const source = lookup(line, column);
    if (!source || source.includes('node_modules/') || /(?:^|\/)(core|timeline-element)\/src\//.test(source))
      return source;
    const m = /(?:^|\/)(src\/.*)$/.exec(source);
    return m ? `${pkg}/${m[1]}` : source;
  };
}

/** Median of each entry over several summaries of the same work (an entry missing from a run counts 0). */
export function medianSummary(runs: readonly ProfileSummary[], top = 15): ProfileSummary {
  const merge = (pick: (p: ProfileSummary) => HotSpot[]): HotSpot[] => {
    const names = new Set(runs.flatMap((r) => pick(r).map((h) => h.name)));
    return [...names]
      .map((name) => ({
        name,
        selfMs: median(runs.map((r) => pick(r).find((h) => h.name === name)?.selfMs ?? 0)),
      }))
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, top);
  };
  return {
    totalMs: median(runs.map((r) => r.totalMs)),
    functions: merge((p) => p.functions),
    files: merge((p) => p.files),
    areas: merge((p) => p.areas),
  };
}
