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
}

/** What the benchmark ran on; `loadAtStart` is `os.loadavg()[0]` taken when the run began. */
export function machine(chromium: string, loadAtStart: number): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
    date: new Date().toISOString(),
    load: [loadAtStart, loadavg()[0]!],
  };
}
