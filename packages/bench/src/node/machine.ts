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
 * {@link freshMemoryMicros} measured.
 */
export function machine(chromium: string, loadAtStart: number, freshMemory?: number): Machine {
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
  };
}
