/**
 * The message of a thrown value: an `Error`'s `message`, anything else written as a string (a value that
 * cannot be, such as an object without a prototype, as `[object Object]`). Never throws.
 *
 * @param error - what a `catch` caught
 * @returns its message
 * @example
 * errorMessage(new RangeError('too far')) //=> 'too far'
 * errorMessage('plain') //=> 'plain'
 * errorMessage(Object.create(null)) //=> '[object Object]'
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  try {
    return String(error);
  } catch {
    return Object.prototype.toString.call(error);
  }
}
