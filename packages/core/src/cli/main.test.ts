import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const main = fileURLToPath(new URL('./main.ts', import.meta.url));
const SEED = '../../seeds/000_247872b8d3084b37.txt';

/** Runs the CLI as a real process (through tsx, so no build is needed). */
function cli(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
    cwd: packageDir,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('plan-timeline (the process)', () => {
  it('says in one line that standard output cannot be written (a full disk), and exits 3', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', main, 'parse', SEED], {
        cwd: packageDir,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(result.status).toBe(3);
      expect(result.stderr).toBe(
        `plan-timeline: ${SEED}: the plan holds 2 warnings; plan-timeline lint lists them\n` +
          'plan-timeline: standard output: cannot write (ENOSPC)\n',
      );
    } finally {
      closeSync(full);
    }
  });

  it('ends quietly when the reader of its output stops reading (| head)', () => {
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" --import tsx "${main}" parse "${SEED}" | head -c 10`],
      { cwd: packageDir, encoding: 'utf8' },
    );
    expect(result.stdout).toBe('{\n  "title');
    // What the plan holds, and nothing of the closed pipe.
    expect(result.stderr).toBe(
      `plan-timeline: ${SEED}: the plan holds 2 warnings; plan-timeline lint lists them\n`,
    );
  });

  it('prints a conversion on stdout and exits 0', () => {
    expect(cli(['wareki', '2019-05-01'])).toEqual({
      status: 0,
      stdout: '令和元年5月1日 (R1.5.1)\n',
      stderr: '',
    });
  });

  it('exits 2 with one line on stderr for a usage mistake', () => {
    const result = cli(['parse', 'plan.txt', '--format', 'xml']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      'plan-timeline: unknown format "xml" (expected json, csv or ics)',
    );
  });

  it('exits 3 for a directory and for empty standard input', () => {
    const directory = cli(['lint', packageDir]);
    expect(directory.status).toBe(3);
    expect(directory.stderr).toMatch(/is a directory, not a plan file\n$/);
    const empty = cli(['parse', '-'], '');
    expect(empty).toEqual({
      status: 3,
      stdout: '',
      stderr: 'plan-timeline: standard input: is empty; expected a plan (text, CSV, TSV or JSON)\n',
    });
  });

  it('lints the seed in Japanese with --lang ja', () => {
    const result = cli(['lint', '../../seeds/000_247872b8d3084b37.txt', '--lang', 'ja']);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(
      '../../seeds/000_247872b8d3084b37.txt:121: warning era-mismatch: No.13 取組内容: 「2020(R3)年」: 令和3年は2021年で、2020年ではありません。西暦の2020年として読みます',
    );
    expect(result.stdout).toContain('No.19 スケジュール: 「');
    expect(cli(['lint', '../../seeds/000_247872b8d3084b37.txt', '--lang', 'fr']).status).toBe(2);
  });

  it('lints the seed: prints the No.13 era mismatch with its line and exits 0', () => {
    const result = cli(['lint', '../../seeds/000_247872b8d3084b37.txt']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      /^\.\.\/\.\.\/seeds\/000_247872b8d3084b37\.txt:121: warning era-mismatch: No\.13 /m,
    );
  });
});
