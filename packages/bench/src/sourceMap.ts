/** A source map (v3) as Rollup writes it (the fields used here). */
export interface RawSourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** Decodes one base64 VLQ group (`AAAA`) into its numbers. */
function decodeGroup(group: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const c of group) {
    const d = DIGIT.get(c);
    if (d === undefined) break;
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Looks up which source file holds a position of the generated code. */
export type SourceLookup = (line: number, column: number) => string | null;

/**
 * Builds a lookup from generated positions (0-based line and column, as V8's profiles give them) to the
 * source file of the mapping segment at or before that column.
 */
export function sourceLookup(map: RawSourceMap): SourceLookup {
  const lines: { col: number; source: number }[][] = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    const segments: { col: number; source: number }[] = [];
    let col = 0;
    for (const group of line.split(',')) {
      if (!group) continue;
      const [dc, ds] = decodeGroup(group);
      col += dc ?? 0;
      if (ds !== undefined) {
        source += ds;
        segments.push({ col, source });
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segments = lines[line];
    if (!segments || segments.length === 0) return null;
    let found: { col: number; source: number } | undefined;
    for (const s of segments) {
      if (s.col > column) break;
      found = s;
    }
    found ??= segments[0];
    return found ? (map.sources[found.source] ?? null) : null;
  };
}
