import type { Department } from '../model/types.js';

const PRIMARY = new Set(['◎']);
const PARTICIPATING = new Set(['○', '◯', '〇']);
const SEPARATORS = new Set(['、', ',', '，', '､', '/', '／', ' ', '\u3000', '\t', '\n', '\r']);
const OPEN: Record<string, string> = { '（': '）', '(': ')', '［': '］', '[': ']' };

/**
 * Suffixes of organisation names that hold other units: a bracket holding one
 * such name names the organisation a department sits in (its parent).
 * `室` is not among them: it names a unit at the level of a 課 (ICT推進室).
 */
const PARENT_SUFFIX = /(部|局|本部|事務局|委員会|庁)$/;

/** Splits the inside of a bracket into names. */
function splitNames(text: string): string[] {
  const names: string[] = [];
  let current = '';
  for (const c of text) {
    if (SEPARATORS.has(c)) {
      if (current) names.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current) names.push(current);
  return names;
}

/**
 * Reads a 主務課 cell into departments, in the order written.
 *
 * `◎` marks the lead (primary) departments and `○` (also `◯`, `〇`) those
 * taking part, each mark holding until the next; names are separated by `、`,
 * `,`, `/` or white space; names written before any mark are taken as leads
 * (the column names the departments in charge). A bracket after a name gives
 * its units (`総務（人事）` → units `['人事']`), except that a bracket holding a
 * single name of an organisation that contains others, ending in 部, 局, 本部,
 * 事務局, 委員会 or 庁, gives its parent (`市民（市民経済部）` → parent
 * `'市民経済部'`); `室` is read as a unit (ICT推進室 sits inside a 部). Names stay
 * as written. Never throws; an empty cell gives an empty list.
 *
 * @param text - the cell as plain text, such as `◎財政、行政 ○所管課`
 * @returns the departments with their roles, units and parents
 * @example
 * parseDepartments('◎財政、行政 ○所管課')
 * //=> [{ name: '財政', role: 'primary' }, { name: '行政', role: 'primary' }, { name: '所管課', role: 'participating' }]
 * parseDepartments('◎総務（人事）')
 * //=> [{ name: '総務', role: 'primary', units: ['人事'] }]
 * parseDepartments('◎市民（市民経済部）')
 * //=> [{ name: '市民', role: 'primary', parent: '市民経済部' }]
 */
export function parseDepartments(text: string): Department[] {
  const out: Department[] = [];
  let role: Department['role'] = 'primary';
  let name = '';
  let last: Department | undefined;

  const flush = (): void => {
    if (name) {
      last = { name, role };
      out.push(last);
    }
    name = '';
  };
  const attach = (inner: string): void => {
    const names = splitNames(inner);
    if (names.length === 0) return;
    if (!last) {
      for (const n of names) out.push({ name: n, role });
      return;
    }
    const only = names[0]!;
    if (names.length === 1 && PARENT_SUFFIX.test(only) && only !== last.name && last.parent === undefined) {
      last.parent = only;
    } else {
      last.units = [...(last.units ?? []), ...names];
    }
  };

  const chars = Array.from(typeof text === 'string' ? text : '');
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (PRIMARY.has(c) || PARTICIPATING.has(c)) {
      flush();
      last = undefined;
      role = PRIMARY.has(c) ? 'primary' : 'participating';
    } else if (SEPARATORS.has(c)) {
      flush();
    } else if (OPEN[c] !== undefined) {
      flush();
      const close = OPEN[c]!;
      let depth = 1;
      let inner = '';
      let j = i + 1;
      for (; j < chars.length; j++) {
        const d = chars[j]!;
        if (d === c) depth++;
        else if (d === close && --depth === 0) break;
        inner += d;
      }
      attach(inner);
      i = j;
    } else if (c === '）' || c === ')' || c === '］' || c === ']') {
      flush(); // a stray closing bracket separates names
    } else {
      name += c;
    }
  }
  flush();
  return out;
}
