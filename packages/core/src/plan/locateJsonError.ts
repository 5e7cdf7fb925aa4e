const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = '"\\/bfnrt';
const HEX = /^[0-9a-fA-F]{4}$/;

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end';

/**
 * Finds where a text stops being valid JSON (RFC 8259), for error messages
 * that name a line: JavaScript engines word `JSON.parse` errors differently
 * and some give no position at all.
 *
 * Iterative (no recursion, so deep nesting cannot overflow the stack) and
 * linear in the text's length.
 *
 * @param text - the text
 * @returns the UTF-16 offset of the first character that cannot continue a
 *   JSON text (the text's length when it ends too early), or -1 when it is valid JSON
 * @example
 * locateJsonError('{"a": [1,]}')
 * //=> 9
 * locateJsonError('{"a": [1]}')
 * //=> -1
 */
export function locateJsonError(text: string): number {
  const n = text.length;
  const stack: string[] = [];
  let i = 0;
  let expect: Expect = 'value';
  const after = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end');

  /** Reads a string starting at `text[i] === '"'`; returns -1 when it is well formed, else where it breaks. */
  const readString = (): number => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return -1;
      }
      if (c < 0x20) return i;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX.test(text.slice(i + 2, i + 6))) return i;
          i += 5;
        } else if (e !== undefined && ESCAPES.includes(e)) {
          i++;
        } else {
          return i;
        }
      }
    }
    return n;
  };

  for (;;) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= n) return expect === 'end' ? -1 : n;
    const c = text[i]!;
    switch (expect) {
      case 'value':
      case 'value-or-close': {
        if (expect === 'value-or-close' && c === ']') {
          i++;
          stack.pop();
          expect = after();
        } else if (c === '{') {
          stack.push('{');
          i++;
          expect = 'key-or-close';
        } else if (c === '[') {
          stack.push('[');
          i++;
          expect = 'value-or-close';
        } else if (c === '"') {
          const bad = readString();
          if (bad >= 0) return bad;
          expect = after();
        } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
          i += 4;
          expect = after();
        } else if (text.startsWith('false', i)) {
          i += 5;
          expect = after();
        } else {
          NUMBER.lastIndex = i;
          if (!NUMBER.test(text)) return i;
          i = NUMBER.lastIndex;
          expect = after();
        }
        break;
      }
      case 'key':
      case 'key-or-close': {
        if (expect === 'key-or-close' && c === '}') {
          i++;
          stack.pop();
          expect = after();
          break;
        }
        if (c !== '"') return i;
        const bad = readString();
        if (bad >= 0) return bad;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'comma-or-close': {
        const top = stack.at(-1);
        if (c === ',') {
          i++;
          expect = top === '{' ? 'key' : 'value';
        } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          i++;
          stack.pop();
          expect = after();
        } else {
          return i;
        }
        break;
      }
      case 'end':
        return i;
    }
  }
}
