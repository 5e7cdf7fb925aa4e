import {
  CLOSE_BRACKET,
  COMMA,
  OPEN_BRACE,
  OPEN_BRACKET,
  readMemberKey,
  skipSpace,
  skipValue,
} from './jsonText.js';

/** Where a value lies in a JSON text: `text.slice(start, end)`. */
export interface JsonPlace {
  start: number;
  end: number;
}

/** One step of a JSON path: `.key` or `[index]`. */
const STEP = /\.([^.[\]]+)|\[([0-9]+)\]/y;

/** The steps of a path such as `$.items[3].schedule` (keys and indices); as many as could be read. */
function stepsOf(path: string): (string | number)[] {
  const steps: (string | number)[] = [];
  if (!path.startsWith('$')) return steps;
  STEP.lastIndex = 1;
  for (let match = STEP.exec(path); match !== null; match = STEP.exec(path))
    steps.push(match[1] ?? Number(match[2]));
  return steps;
}

/** An array's elements found so far, and where the next one starts (-1 once the array is passed). */
interface ArrayScan {
  starts: number[];
  next: number;
}

/**
 * Finds where the values named by JSON paths (as `validatePlan` writes them: `$.items[3].schedule.spans[0].start`)
 * lie in a JSON text, reading only its structure. A path that goes further than the text (a missing key, an index
 * past the end) gives the deepest value it reaches: the object a required key is missing from. Where an object
 * names a key twice, the last one counts, as in `JSON.parse`.
 *
 * One locator serves many paths into one text: the members of each object and the elements of each array it
 * passes are kept, so that locating every problem of a long document reads it about once.
 *
 * @example
 * const locator = new JsonPathLocator('{"items": [{"serial": 1}, {"serial": "2"}]}');
 * locator.locate('$.items[1].serial'); //=> { start: 37, end: 40 }
 * locator.locate('$.items[1].title'); //=> { start: 26, end: 41 } (the item it is missing from)
 */
export class JsonPathLocator {
  readonly #text: string;
  readonly #objects = new Map<number, Map<string, number>>();
  readonly #arrays = new Map<number, ArrayScan>();

  constructor(text: string) {
    this.#text = text;
  }

  /**
   * @param path - a JSON path from `$`
   * @returns where its value lies (or the deepest value on its way), or `null` when the text holds no value
   */
  locate(path: string): JsonPlace | null {
    const text = this.#text;
    let at = skipSpace(text, 0);
    if (at >= text.length) return null;
    for (const step of stepsOf(path)) {
      const next = typeof step === 'number' ? this.#element(at, step) : this.#member(at, step);
      if (next < 0) break;
      at = next;
    }
    const end = skipValue(text, at);
    return { start: at, end: end < 0 ? text.length : end };
  }

  /** Where the value of `key` starts in the object at `at`, or -1. */
  #member(at: number, key: string): number {
    if (this.#text.charCodeAt(at) !== OPEN_BRACE) return -1;
    let members = this.#objects.get(at);
    if (!members) {
      members = this.#readMembers(at);
      this.#objects.set(at, members);
    }
    return members.get(key) ?? -1;
  }

  /** The keys of the object at `at` and where their values start (the last of a key named twice). */
  #readMembers(at: number): Map<string, number> {
    const text = this.#text;
    const members = new Map<string, number>();
    let i = skipSpace(text, at + 1);
    for (let member = readMemberKey(text, i); member !== null; member = readMemberKey(text, i)) {
      const { key, valueStart } = member;
      const valueEnd = skipValue(text, valueStart);
      if (valueEnd < 0) break;
      if (key !== undefined) members.set(key, valueStart);
      i = skipSpace(text, valueEnd);
      if (text.charCodeAt(i) !== COMMA) break;
      i = skipSpace(text, i + 1);
    }
    return members;
  }

  /** Where element `index` starts in the array at `at`, or -1. */
  #element(at: number, index: number): number {
    const text = this.#text;
    if (text.charCodeAt(at) !== OPEN_BRACKET) return -1;
    let scan = this.#arrays.get(at);
    if (!scan) {
      const first = skipSpace(text, at + 1);
      scan = { starts: [], next: text.charCodeAt(first) === CLOSE_BRACKET ? -1 : first };
      this.#arrays.set(at, scan);
    }
    while (scan.starts.length <= index && scan.next >= 0) {
      const start = scan.next;
      const end = skipValue(text, start);
      if (end < 0) {
        scan.next = -1;
        break;
      }
      scan.starts.push(start);
      const after = skipSpace(text, end);
      scan.next = text.charCodeAt(after) === COMMA ? skipSpace(text, after + 1) : -1;
    }
    return scan.starts[index] ?? -1;
  }
}
