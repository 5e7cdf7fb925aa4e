import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  date: string;
  /** 1-minute load average when the run started and ended (other work on the machine shows here). */
  load: [number, number];
  /** Microseconds to touch a 4 KB page of memory new to the process (see {@link freshMemoryMicros}). */
  freshMemoryMicrosPerPage?: number;
  /** The font Chromium drew Japanese text in, and whether it has Japanese glyphs (see {@link japaneseFont}). */
  japaneseFont?: JapaneseFont;
}

/** The font Japanese text was drawn in. */
export interface JapaneseFont {
  family: string;
  /**
   * Whether the font has Japanese glyphs (fontconfig's `fc-list :lang=ja`); `null` where fontconfig cannot
   * be asked. Without them Chromium draws empty boxes, after looking for a font for each character: a cost
   * no user with a Japanese font pays.
   */
  japanese: boolean | null;
}

/**
 * Whether `family` (the font Chromium drew Japanese text in, see warmUpFonts) covers Japanese, by fontconfig.
 *
 * @example
 * japaneseFont('Noto Sans CJK JP'); // { family: 'Noto Sans CJK JP', japanese: true }
 */
export function japaneseFont(family: string): JapaneseFont {
  let listed: string;
  try {
    listed = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' });
  } catch {
    return { family, japanese: null };
  }
  // One font per line, its family names separated by commas.
  const families = new Set(listed.split('\n').flatMap((line) => line.split(',').map((name) => name.trim())));
  return { family, japanese: families.has(family) };
}

/**
 * What touching memory new to the process costs, in microseconds per 4 KB page: 64 MB allocated and written
 * to a byte per page, three times (the median). Each first touch is a page fault the kernel (and, in a virtual
 * machine, the host) serves; code that builds large results (`parsePlan` of 10,000 items keeps about 18 MB)
 * pays it for the memory it grows into.
 *
 * @example
 * const perPage = freshMemoryMicros(); // µs per 4 KB page
 */
export function freshMemoryMicros(): number {
  const bytes = 64 * 2 ** 20;
  const samples: number[] = [];
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    const memory = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i += 4096) memory[i] = 1;
    samples.push(((performance.now() - t0) * 1000) / (bytes / 4096));
  }
  return samples.sort((a, b) => a - b)[1]!;
}

/**
 * What the benchmark ran on; `loadAtStart` is `os.loadavg()[0]` taken when the run began, `freshMemory` what
 * {@link freshMemoryMicros} measured, `font` what {@link japaneseFont} found.
 */
export function machine(
  chromium: string,
  loadAtStart: number,
  freshMemory?: number,
  font?: JapaneseFont,
): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    date: new Date().toISOString(),
    load: [loadAtStart, loadavg()[0]!],
    ...(freshMemory === undefined ? {} : { freshMemoryMicrosPerPage: freshMemory }),
    ...(font ? { japaneseFont: font } : {}),
  };
}
