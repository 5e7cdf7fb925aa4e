import type { Words } from '../i18n/words.js';

/**
 * The largest file the element reads, in bytes (16 MB): a larger `src` is refused with a message that says so.
 * Exported as `MAX_PLAN_BYTES`, for pages that read files themselves to refuse the same.
 *
 * @example
 * if (file.size > MAX_PLAN_BYTES) showError('too large');
 */
export const MAX_BYTES = 16 * 1024 * 1024;

/** A failure to fetch a plan, with a sentence for people and the underlying cause. */
export class PlanFetchError extends Error {
  constructor(
    message: string,
    readonly reason: unknown,
  ) {
    super(message);
    this.name = 'PlanFetchError';
  }
}

/**
 * Fetches a plan file as bytes. Refuses (with a clear sentence) an HTTP error
 * status, a network failure, a file served as an image and a file over {@link MAX_BYTES}.
 * Bytes that hold no text (an image served as something else, a workbook, a PDF) are
 * said to be so by the plan reader.
 *
 * @param url - the `src`
 * @param signal - aborts the request when a newer `src` wins
 * @param words - the element's words for the messages
 * @returns the bytes
 * @throws {PlanFetchError} with a message for people; `AbortError` when aborted
 */
export async function fetchPlanBytes(url: string, signal: AbortSignal, words: Words): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PlanFetchError(words.loadFailed(url, words.network), error);
  }
  if (!response.ok) {
    throw new PlanFetchError(
      words.loadFailed(url, words.notFound(response.status, response.statusText)),
      response.status,
    );
  }
  const type = response.headers.get('content-type') ?? '';
  if (/^image\//i.test(type)) throw new PlanFetchError(words.loadFailed(url, words.isImage), type);
  const length = Number(response.headers.get('content-length') ?? '0');
  const tooLarge = new PlanFetchError(words.loadFailed(url, words.tooLarge(MAX_BYTES / 1024 / 1024)), length);
  if (length > MAX_BYTES) throw tooLarge;
  let buffer: ArrayBuffer;
  try {
    buffer = await response.arrayBuffer();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PlanFetchError(words.loadFailed(url, words.network), error);
  }
  if (buffer.byteLength > MAX_BYTES) throw tooLarge;
  return new Uint8Array(buffer);
}
