/**
 * The CLI as a real process, on files that cannot be plans: each gives one line on stderr,
 * nothing on stdout and a non-zero exit (3, the I/O exit code), for both commands that read a file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const main = fileURLToPath(new URL('./main.ts', import.meta.url));

const dir = mkdtempSync(join(tmpdir(), 'plan-timeline-bad-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * The superuser reads files whatever their mode. As root, the CLI then runs without the capabilities
 * that override file permissions (util-linux `setpriv`), so a file's mode decides as for anyone else,
 * while the CLI's own files, wherever the checkout lies, stay readable.
 */
const isRoot = process.getuid?.() === 0;
const WITHOUT_DAC_OVERRIDE = ['setpriv', '--bounding-set', '-dac_override,-dac_read_search'];

interface Result {
  status: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], obeyFileModes = false): Result {
  const command = [process.execPath, '--import', 'tsx', main, ...args];
  if (obeyFileModes && isRoot) command.unshift(...WITHOUT_DAC_OVERRIDE);
  const [program, ...programArgs] = command as [string, ...string[]];
  const result = spawnSync(program, programArgs, { cwd: packageDir, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `lint` and `parse` on the path; both must refuse it the same way, with exactly this message. */
function expectRefused(path: string, message: string | RegExp, obeyFileModes = false): void {
  for (const command of ['lint', 'parse']) {
    const result = cli([command, path], obeyFileModes);
    expect(result.status, `${command} exit`).toBe(3);
    expect(result.stdout, `${command} stdout`).toBe('');
    expect(result.stderr.endsWith('\n'), `${command} stderr ends its line`).toBe(true);
    const lines = result.stderr.slice(0, -1).split('\n');
    expect(lines, `${command} stderr is one line`).toHaveLength(1);
    expect(lines[0]!.startsWith(`plan-timeline: ${path}: `), lines[0]).toBe(true);
    const said = lines[0]!.slice(`plan-timeline: ${path}: `.length);
    if (typeof message === 'string') expect(said).toBe(message);
    else expect(said).toMatch(message);
  }
}

describe('plan-timeline on files that cannot be plans (the process)', { timeout: 60_000 }, () => {
  it('refuses a file it has no permission to read (mode 000)', () => {
    const locked = file('locked.txt', 'No.1\t1 予算\t内容\t目標\t2021(R3)年度\t◎財政\n');
    chmodSync(locked, 0o000);
    expectRefused(locked, 'permission denied', true);
  });

  it('refuses a path that runs through a file as if it were a folder', () => {
    const plain = file('plain.txt', 'hello\n');
    expectRefused(join(plain, 'plan.txt'), 'a part of the path is not a directory');
  });

  it('refuses a missing file', () => {
    expectRefused(join(dir, 'missing.txt'), 'no such file');
  });

  it('refuses a directory', () => {
    const folder = join(dir, 'plans.txt');
    mkdirSync(folder);
    expectRefused(folder, 'is a directory, not a plan file');
  });

  it('refuses binary files: an image (said to be one), a gzip archive and text with NUL bytes', () => {
    const png = file(
      'image.png',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
    );
    const gzip = file(
      'plan.txt.gz',
      new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]),
    );
    const nul = file('nul.txt', 'No.1\t1 予算\u0000\u0000\u0000\n');
    expectRefused(
      png,
      "is a PNG image, not text: copy the plan's table into a text file (its own layout, CSV or TSV), and read that file",
    );
    for (const path of [gzip, nul]) {
      expectRefused(path, 'looks like a binary file; expected a plan as text, CSV, TSV or JSON');
    }
  });

  it('refuses an empty file and a file of nothing but a byte-order mark and blanks', () => {
    const expected = 'is empty; expected a plan (text, CSV, TSV or JSON)';
    expectRefused(file('empty.csv', ''), expected);
    expectRefused(file('blank.csv', '\uFEFF \r\n\t\n'), expected);
  });
});
