import { describe, expect, it } from 'vitest';
import { JsonItemsScanner } from './jsonItemsScanner.js';

/** Scans a whole document: the title, the items' texts, whether it finished, and the array's place. */
function scan(text: string): { title?: string; items: string[]; finished: boolean; array?: string } {
  const scanner = new JsonItemsScanner(text);
  const items: string[] = [];
  if (!scanner.findItems()) return { items, finished: false };
  for (let range = scanner.nextItem(); range; range = scanner.nextItem())
    items.push(text.slice(range.start, range.end));
  const finished = scanner.finish();
  return {
    ...(scanner.title === undefined ? {} : { title: scanner.title }),
    items,
    finished,
    ...(finished ? { array: text.slice(scanner.arrayStart, scanner.arrayEnd) } : {}),
  };
}

describe('JsonItemsScanner', () => {
  it('finds each element of the top-level items array, whatever its strings hold', () => {
    const elements = [
      '{"title":"括弧 ] } [ { と引用符 \\" の入った文字列","n":[1,{"a":"\\\\"}]}',
      '"a string item"',
      '-12.5e3',
      'null',
      '[[],{}]',
    ];
    const text = `{ "title" : "計画\\u3000一覧" ,\n "policies": [{"items": [1]}],\n "items" : [ ${elements.join(' ,\n ')} ] ,"departments":[] }\n`;
    const found = scan(text);
    expect(found.items).toEqual(elements);
    expect(found.items.map((e) => JSON.parse(e) as unknown)).toEqual(JSON.parse(text).items);
    expect(found).toMatchObject({ title: '計画\u3000一覧', finished: true });
    expect(JSON.parse(found.array!)).toEqual(JSON.parse(text).items);
  });

  it('reads a key written with escapes as JSON.parse does', () => {
    expect(scan('{"it\\u0065ms":[1,2]}')).toMatchObject({ items: ['1', '2'], finished: true });
    expect(scan('{"items ":[1],"items":[2]}')).toMatchObject({ items: ['2'], finished: true });
  });

  it('finds an empty items array, and no title when it comes after the items or is not a string', () => {
    expect(scan('{"items":[]}')).toEqual({ items: [], finished: true, array: '[]' });
    expect(scan('{"items":[ ],"title":"後"}')).toEqual({ items: [], finished: true, array: '[ ]' });
    expect(scan('{"title":1,"items":[]}')).toEqual({ items: [], finished: true, array: '[]' });
  });

  it.each([
    ['not an object', '[{"items":[1]}]'],
    ['an object without items', '{"title":"t"}'],
    ['an empty object', '{}'],
    ['items that are not an array', '{"items":{"0":1}}'],
    ['an empty document', ''],
    ['a key without a colon', '{"title" "t","items":[]}'],
    ['a string that never ends', '{"title":"t,"items":[]}'],
  ])('does not find items in %s', (_, text) => {
    const scanner = new JsonItemsScanner(text);
    expect(scanner.findItems()).toBe(false);
    expect(scanner.failed).toBe(true);
    expect(scanner.nextItem()).toBeNull();
    expect(scanner.finish()).toBe(false);
  });

  it.each([
    ['two elements without a comma', '{"items":[0,1 2]}', ['0']],
    ['a comma after the last element', '{"items":[0,1,]}', ['0']],
    ['two commas', '{"items":[0,1,,2]}', ['0']],
    ['an element that never ends', '{"items":[1,{"a":[}', ['1']],
    ['a second items key', '{"items":[1],"items":[]}', ['1']],
    ['text after the object', '{"items":[1]} x', ['1']],
    ['an object that never closes', '{"items":[1]', ['1']],
  ])('fails on %s, after the elements read before', (_, text, before) => {
    const found = scan(text);
    expect(found.items).toEqual(before);
    expect(found.finished).toBe(false);
  });
});
