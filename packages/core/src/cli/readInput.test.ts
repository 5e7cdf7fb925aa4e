import { afterAll, describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliError, EXIT_IO, MAX_INPUT_BYTES, readAtMost, readInput } from './readInput.js';

const dir = mkdtempSync(join(tmpdir(), 'plan-timeline-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function failure(run: () => unknown): CliError {
  try {
    run();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('readInput', () => {
  it('reads a text file as bytes', () => {
    const bytes = readInput(file('plan.txt', '通し番号\t項目\n'));
    expect(new TextDecoder().decode(bytes)).toBe('通し番号\t項目\n');
  });

  it('reads standard input for -', () => {
    const bytes = readInput('-', () => new TextEncoder().encode('{"title":""}'));
    expect(bytes.length).toBe(12);
  });

  it('accepts UTF-16 text with a byte-order mark, though it holds NUL bytes', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00]);
    expect([...readInput(file('utf16.txt', utf16))]).toEqual([...utf16]);
  });

  it('accepts UTF-16 without a byte-order mark (little- and big-endian), as the plan reader reads it', () => {
    const text = '通し番号\t項目\tスケジュール\nNo.1\t予算\t2021(R3)年度：検討\n';
    const le = new Uint8Array(Buffer.from(text, 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!];
    expect([...readInput(file('utf16le.txt', le))]).toEqual([...le]);
    expect([...readInput(file('utf16be.txt', be))]).toEqual([...be]);
  });

  it('refuses a missing path, naming it', () => {
    const error = failure(() => readInput(join(dir, 'nope.txt')));
    expect(error.message).toBe(`${join(dir, 'nope.txt')}: no such file`);
    expect(error.exitCode).toBe(EXIT_IO);
  });

  it('refuses a device, which may never end', () => {
    const error = failure(() => readInput('/dev/zero'));
    expect(error.exitCode).toBe(EXIT_IO);
    expect(error.message).toBe('/dev/zero: is a device or socket, not a plan file');
  });

  it('refuses a file larger than it reads, without reading it', () => {
    const path = file('huge.txt', '');
    truncateSync(path, MAX_INPUT_BYTES + 1); // sparse: no bytes are written
    const error = failure(() => readInput(path));
    expect(error.exitCode).toBe(EXIT_IO);
    expect(error.message).toBe(
      `${path}: is larger than 256 MiB, more than a plan holds; split it or check what was given`,
    );
  });

  it('reads a stream to its end, and stops one that runs past the limit', () => {
    const path = file('ten.txt', '0123456789');
    const read = (limit: number) => {
      const fd = openSync(path, 'r');
      try {
        return readAtMost(fd, limit, 'the pipe');
      } finally {
        closeSync(fd);
      }
    };
    expect(new TextDecoder().decode(read(10))).toBe('0123456789');
    expect(failure(() => read(9)).message).toBe(
      'the pipe: is larger than 9 bytes, more than a plan holds; split it or check what was given',
    );
  });

  it('reads a named pipe', async () => {
    const fifo = join(dir, 'plan.fifo');
    execFileSync('mkfifo', [fifo]);
    const writer = spawn('sh', ['-c', `printf '{"title":"x"}' > '${fifo}'`]);
    const bytes = readInput(fifo);
    await new Promise((resolve) => writer.on('exit', resolve));
    expect(new TextDecoder().decode(bytes)).toBe('{"title":"x"}');
  });

  it('refuses a directory', () => {
    expect(failure(() => readInput(dir)).message).toBe(`${dir}: is a directory, not a plan file`);
  });

  it('refuses an empty or blank file and empty standard input', () => {
    expect(failure(() => readInput(file('empty.txt', ''))).message).toMatch(/empty\.txt: is empty/);
    expect(failure(() => readInput(file('blank.txt', '\uFEFF \r\n\t'))).message).toMatch(/is empty/);
    expect(failure(() => readInput('-', () => new Uint8Array())).message).toMatch(
      /^standard input: is empty/,
    );
  });

  it('refuses a binary file, and says what an image is', () => {
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]);
    expect(failure(() => readInput(file('plan.txt.gz', gzip))).message).toMatch(
      /plan\.txt\.gz: looks like a binary file/,
    );
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(failure(() => readInput(file('image.png', png))).message).toMatch(
      /image\.png: is a PNG image, not text: copy the plan's table into a text file/,
    );
    const controls = new Uint8Array(200).fill(0x41);
    controls.set([1, 2, 3, 4, 5], 10);
    expect(failure(() => readInput(file('controls.bin', controls))).message).toMatch(/binary/);
  });

  it('says what an Excel workbook or a PDF is, and how to read it as text', () => {
    const zip = [0x50, 0x4b, 3, 4, 20, 0, 6, 0, 8, 0, ...new Array<number>(18).fill(0)];
    const xlsx = new Uint8Array([...zip, ...new TextEncoder().encode('xl/workbook.xml')]);
    const error = failure(() => readInput(file('plan.xlsx', xlsx)));
    expect(error.message).toMatch(
      /plan\.xlsx: is an Excel workbook \(\.xlsx\), not text: save the sheet as CSV \(UTF-8 or Shift_JIS\)/,
    );
    expect(error.exitCode).toBe(EXIT_IO);
    expect(
      failure(() => readInput(file('plan.pdf', new TextEncoder().encode('%PDF-1.4\n')))).message,
    ).toMatch(/plan\.pdf: is a PDF document, not text/);
  });
});
