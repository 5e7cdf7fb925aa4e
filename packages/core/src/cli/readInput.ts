import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { binaryFormatOf } from '../plan/binaryFormat.js';
import { utf16WithoutBom } from '../plan/decodeBytes.js';
import { errorMessage } from '../model/errorMessage.js';

/** A failure the CLI reports with one line on stderr and an exit code. */
export class CliError extends Error {
  /** The process exit code to use. */
  readonly exitCode: number;
  constructor(message: string, exitCode: number) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}

/** Exit code for input that cannot be read or output that cannot be written. */
export const EXIT_IO = 3;

/**
 * The largest plan the CLI reads: 256 MiB, some hundred times a 10,000-item plan. A pipe or standard input
 * that runs on (`cat /dev/zero |`) is cut off there, not read until memory runs out.
 */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

/**
 * Reads a plan file (or standard input for `-`) as bytes and refuses what cannot be a plan:
 * a missing or unreadable path, a directory, an empty file, a binary file (an Excel workbook, a Word
 * document or a PDF, said as such with how to save it as text; NUL or other control bytes, unless the
 * file is UTF-16: it starts with a byte-order mark, or its NUL bytes lie on one side of each code unit).
 *
 * @param path - the path, or `-` for standard input
 * @param readStdin - reads all of standard input (injected for tests)
 * @returns the bytes
 * @throws {CliError} with exit code {@link EXIT_IO} and a one-line message naming the path
 *
 * @example
 * readInput('seeds/000_247872b8d3084b37.txt').length > 0
 * //=> true
 */
export function readInput(path: string, readStdin: () => Uint8Array = readStandardInput): Uint8Array {
  const name = path === '-' ? 'standard input' : path;
  let bytes: Uint8Array;
  try {
    if (path === '-') bytes = readStdin();
    else {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new CliError(`${path}: is a directory, not a plan file`, EXIT_IO);
      // A device (/dev/zero, /dev/random) may never end: only files and pipes are read.
      if (!stat.isFile() && !stat.isFIFO())
        throw new CliError(`${path}: is a device or socket, not a plan file`, EXIT_IO);
      if (stat.size > MAX_INPUT_BYTES) throw tooLarge(path);
      bytes = stat.isFile() ? readFileSync(path) : readPipe(path);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${name}: ${describeFsError(error)}`, EXIT_IO);
  }
  if (isBlank(bytes))
    throw new CliError(`${name}: is empty; expected a plan (text, CSV, TSV or JSON)`, EXIT_IO);
  const known = binaryFormatOf(bytes);
  if (known) throw new CliError(`${name}: is ${known.name}, not text: ${known.advice}`, EXIT_IO);
  if (looksBinary(bytes)) {
    throw new CliError(
      `${name}: looks like a binary file; expected a plan as text, CSV, TSV or JSON`,
      EXIT_IO,
    );
  }
  return bytes;
}

/**
 * Reads a file descriptor to its end, or throws once it has given more than `limit` bytes (a pipe that runs on).
 *
 * @param fd - an open file descriptor (0 for standard input)
 * @param limit - the most bytes to accept
 * @param name - what to call the input in the message
 * @returns the bytes
 * @throws {CliError} with exit code {@link EXIT_IO} past the limit; the read's own error otherwise
 * @example
 * readAtMost(0, MAX_INPUT_BYTES, 'standard input') // all of standard input, up to 256 MiB
 */
export function readAtMost(fd: number, limit: number, name: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  // One buffer to read into; each read's bytes are copied out (a pipe gives 64 KB at a time, or less).
  const buffer = new Uint8Array(1 << 20);
  let total = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, limit + 1 - total), null);
    if (read === 0) break;
    total += read;
    if (total > limit) throw tooLarge(name, limit);
    chunks.push(buffer.slice(0, read));
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** All of standard input, up to {@link MAX_INPUT_BYTES}. */
export function readStandardInput(): Uint8Array {
  return readAtMost(0, MAX_INPUT_BYTES, 'standard input');
}

function readPipe(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    return readAtMost(fd, MAX_INPUT_BYTES, path);
  } finally {
    closeSync(fd);
  }
}

function tooLarge(name: string, limit = MAX_INPUT_BYTES): CliError {
  const size = limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MiB` : `${limit} bytes`;
  return new CliError(
    `${name}: is larger than ${size}, more than a plan holds; split it or check what was given`,
    EXIT_IO,
  );
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a plan file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EAGAIN':
      return 'standard input is not readable';
    default:
      return `cannot read (${code ?? errorMessage(error)})`;
  }
}

function isBlank(bytes: Uint8Array): boolean {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    i = 2;
    for (; i < bytes.length; i++) if (bytes[i] !== 0 && !isSpace(bytes[i]!)) return false;
    return true;
  }
  for (; i < bytes.length; i++) if (!isSpace(bytes[i]!)) return false;
  return true;
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function looksBinary(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return false; // UTF-16 text has NUL bytes
  }
  if (utf16WithoutBom(bytes) !== null) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && !isSpace(byte) && byte !== 0x0c && byte !== 0x1b) control++;
  }
  return control > sample.length / 100;
}
