import { describe, expect, it } from 'vitest';
import { JsonPathLocator } from './locateJsonPath.js';

/** The text of the value a path is located at. */
const at = (text: string, path: string): string | undefined => {
  const place = new JsonPathLocator(text).locate(path);
  return place ? text.slice(place.start, place.end) : undefined;
};

describe('JsonPathLocator', () => {
  const text = JSON.stringify(
    {
      title: '計画 "一覧" [1]',
      items: [
        { serial: 1, schedule: { spans: [{ start: '2021-04-01' }, { start: 'x' }] } },
        { serial: '2', title: '二' },
      ],
    },
    null,
    2,
  );

  it('finds the value each path names, at any depth, in indented JSON', () => {
    expect(at(text, '$.title')).toBe('"計画 \\"一覧\\" [1]"');
    expect(at(text, '$.items[0].schedule.spans[1].start')).toBe('"x"');
    expect(at(text, '$.items[1].serial')).toBe('"2"');
    expect(JSON.parse(at(text, '$.items[0].schedule')!)).toEqual({
      spans: [{ start: '2021-04-01' }, { start: 'x' }],
    });
    expect(JSON.parse(at(text, '$')!)).toEqual(JSON.parse(text));
  });

  it('gives the deepest value on the way for a path that goes further than the text', () => {
    expect(JSON.parse(at(text, '$.items[1].code')!)).toEqual({ serial: '2', title: '二' });
    expect(JSON.parse(at(text, '$.items[7].serial')!)).toHaveLength(2);
    expect(at(text, '$.title.length')).toBe('"計画 \\"一覧\\" [1]"');
  });

  it('reads keys as JSON.parse does: escapes decoded, the last of a key named twice', () => {
    expect(at('{"it\\u0065ms": [true]}', '$.items[0]')).toBe('true');
    expect(at('{"a": 1, "b": {"c": 2}, "a": [3]}', '$.a[0]')).toBe('3');
  });

  it('serves many paths into one text, whatever their order', () => {
    const long = JSON.stringify({
      items: Array.from({ length: 50 }, (_, k) => ({ serial: k, title: `t${k}` })),
    });
    const locator = new JsonPathLocator(long);
    for (const k of [49, 3, 20, 0, 49]) {
      const place = locator.locate(`$.items[${k}].title`)!;
      expect(long.slice(place.start, place.end)).toBe(`"t${k}"`);
    }
  });

  it('finds nothing in a text with no value, and stops at a value whose text breaks off', () => {
    expect(new JsonPathLocator('  ').locate('$.title')).toBeNull();
    expect(at('{"items": [1, {"serial": ', '$.items[1].serial')).toBe('{"items": [1, {"serial": ');
    expect(at('{"title": 1, "items": [1, {"serial": ', '$.title')).toBe('1');
    expect(at('[1, 2', '$[5]')).toBe('[1, 2');
  });

  it('matches its example', () => {
    const locator = new JsonPathLocator('{"items": [{"serial": 1}, {"serial": "2"}]}');
    expect(locator.locate('$.items[1].serial')).toEqual({ start: 37, end: 40 });
    expect(locator.locate('$.items[1].title')).toEqual({ start: 26, end: 41 });
  });
});
