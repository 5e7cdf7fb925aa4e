import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type CliIO } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-timeline-run-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(
  argv: string[],
  stdin = '',
): Promise<{ code: number; stdout: string; stderr: string; files: Map<string, string> }> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const io: CliIO = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: () => new TextEncoder().encode(stdin),
    writeFile: (path, data) => void files.set(path, data),
  };
  const code = await run(argv, io);
  return { code, stdout, stderr, files };
}

describe('run', () => {
  it('prints help and exits 0', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('plan-timeline parse FILE [--format json|csv|ics] [-o OUT]');
    expect(result.stderr).toBe('');
  });

  it('prints the package version', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(await cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('converts dates and fiscal years', async () => {
    expect(await cli(['wareki', '2019-05-01'])).toMatchObject({
      code: 0,
      stdout: '令和元年5月1日 (R1.5.1)\n',
    });
    expect(await cli(['fiscal', '2021'])).toMatchObject({
      code: 0,
      stdout: '2021(R3)年度 2021-04-01〜2022-03-31\n',
    });
  });

  it('reports a bad conversion argument as a usage mistake (exit 2), one line', async () => {
    const result = await cli(['wareki', '2019-02-30']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^plan-timeline: .*2019-02-30.*\n$/);
  });

  it('reports unknown commands and formats with exit 2', async () => {
    const command = await cli(['frobnicate']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command "frobnicate"');
    const format = await cli(['parse', 'x.txt', '--format', 'pdf']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "pdf"');
  });

  it('reports unreadable input with exit 3 before reading any plan', async () => {
    const missing = await cli(['parse', join(dir, 'missing.txt')]);
    expect(missing).toMatchObject({ code: 3, stdout: '' });
    expect(missing.stderr).toBe(`plan-timeline: ${join(dir, 'missing.txt')}: no such file\n`);
    expect((await cli(['lint', dir])).stderr).toContain('is a directory');
    expect(await cli(['lint', '-'], '  \n')).toMatchObject({
      code: 3,
      stderr: 'plan-timeline: standard input: is empty; expected a plan (text, CSV, TSV or JSON)\n',
    });
  });
});
