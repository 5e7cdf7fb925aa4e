import type { Department } from '../model/types.js';
import { PARENT_SUFFIX } from '../model/departmentNames.js';

/** ◎ ●: leading. */
const isPrimary = (c: number): boolean => c === 0x25ce || c === 0x25cf;
/** ○ ◯ 〇 △: taking part. */
const isParticipating = (c: number): boolean => c === 0x25cb || c === 0x25ef || c === 0x3007 || c === 0x25b3;
/** ： and `:` end a role's label (主担当：財政課). */
const isColon = (c: number): boolean => c === 0xff1a || c === 0x3a;

/** Words that say a role, as a label before the names (主担当：財政課, 【関係】各課) or in a bracket after one (財政課（主）). */
const ROLE_LABELS = new Map<string, Department['role']>([
  ...[
    '主',
    '正',
    '主担当',
    '主担当課',
    '主管',
    '主管課',
    '主務',
    '主務課',
    '所管',
    '所管課',
    '担当',
    '担当課',
  ].map((label) => [label, 'primary'] as const),
  ...[
    '副',
    '関',
    '副担当',
    '副担当課',
    '関係',
    '関係課',
    '関係部署',
    '関連課',
    '協力',
    '協力課',
    '連携',
    '連携課',
  ].map((label) => [label, 'participating'] as const),
]);
/**
 * The role a bracket's inside says: a label (`主`, `関係`) or a mark alone (`◎`, `○`: 財政課（◎）), or `undefined`.
 */
function roleInBracket(inner: string): Department['role'] | undefined {
  const text = inner.trim();
  if (text.length === 1) {
    const c = text.charCodeAt(0);
    if (isPrimary(c)) return 'primary';
    if (isParticipating(c)) return 'participating';
  }
  return ROLE_LABELS.get(text);
}

/** 、 , ， ､ / ／ space, ideographic space, tab, line breaks: between names. */
const isSeparator = (c: number): boolean =>
  c === 0x3001 ||
  c === 0x2c ||
  c === 0xff0c ||
  c === 0xff64 ||
  c === 0x2f ||
  c === 0xff0f ||
  c === 0x20 ||
  c === 0x3000 ||
  c === 0x09 ||
  c === 0x0a ||
  c === 0x0d;

/** The closing bracket of an opening one (（ ( ［ [), or 0. */
function closerOf(c: number): number {
  switch (c) {
    case 0xff08:
      return 0xff09; // （ ）
    case 0x28:
      return 0x29; // ( )
    case 0xff3b:
      return 0xff3d; // ［ ］
    case 0x5b:
      return 0x5d; // [ ]
    case 0x3010:
      return 0x3011; // 【 】
    default:
      return 0;
  }
}

/** ） ) ］ ] 】: a closing bracket without its opening one separates names. */
const isCloser = (c: number): boolean =>
  c === 0xff09 || c === 0x29 || c === 0xff3d || c === 0x5d || c === 0x3011;

/** How the name of a unit of a city hall ends (財政課, 企画室, 総務部, 防災センター, DX推進担当). */
const ORGANISATION_SUFFIX = /(課|室|部|局|係|班|所|館|署|庁|委員会|センター|担当|グループ)$/;

/**
 * The names `name` joins with `・` when each of them names a unit of its own (`財政課・企画課` → 財政課, 企画課), else
 * `null`: names hold `・` too (子ども・子育て支援課), and abbreviations say nothing of what they are (総務・財政).
 */
function joinedNames(name: string): string[] | null {
  if (!name.includes('・')) return null;
  const parts = name.split('・');
  for (const part of parts) if (!ORGANISATION_SUFFIX.test(part)) return null;
  return parts;
}

/**
 * One string for each department name read: a plan names its few departments thousands of
 * times, and the department summary looks each of them up by name. The same string, its hash
 * already known, makes those lookups cheap, and the plan holds each name once. The strings kept
 * are copies (a slice could keep the whole document alive) of short names only, at most
 * {@link MAX_NAMES} of them.
 */
const NAMES = new Map<string, string>();
const MAX_NAMES = 1024;
const MAX_NAME_LENGTH = 40;
function sharedName(name: string): string {
  if (name.length > MAX_NAME_LENGTH) return name;
  const known = NAMES.get(name);
  if (known !== undefined) return known;
  if (NAMES.size >= MAX_NAMES) NAMES.clear();
  const copy = `${name}\u0000`.slice(0, -1); // a string of its own, not a slice of the document
  NAMES.set(copy, copy);
  return copy;
}

/** Splits the inside of a bracket into names. */
function splitNames(text: string): string[] {
  const names: string[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSeparator(text.charCodeAt(i))) continue;
    if (i > start) names.push(text.slice(start, i));
    start = i + 1;
  }
  return names;
}

/**
 * Reads a 主務課 cell into departments, in the order written.
 *
 * `◎` (or `●`) marks the lead (primary) departments and `○` (also `◯`, `〇`,
 * `△`) those taking part, each mark holding until the next; so do labels,
 * written before a `：` or in a bracket `【】` (`主担当：財政課 関係課：全課`,
 * `【主】財政課【関】各課`: 主, 主担当, 主管, 所管, 担当 … lead; 副, 関係, 関連課,
 * 協力, 連携 … take part), or in a bracket after a name, for it alone, as a label
 * or a mark (`財政課（主）、各課（副）`, `企画課（◎）、財政課（○）`); names are separated by `、`, `,`, `/` or white
 * space, and by `・` where each name it joins ends as the name of a unit does
 * (`財政課・企画課`: 課, 室, 部, 局, 係, センター, 担当 …; not 子ども・子育て支援課,
 * nor 総務・財政); names written before any mark are taken as leads (the
 * column names the departments in charge). A bracket after a name gives
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
  const s = typeof text === 'string' ? text : '';
  let role: Department['role'] = 'primary';
  let last: Department | undefined;
  /** Where the name being read starts, or -1 (names run between marks, separators and brackets). */
  let nameStart = -1;

  // A name ends at a mark, a separator, a bracket or the end of the text (written out at each, not
  // as a closure: the function runs for every row of a plan).
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : -1;
    const lead = isPrimary(c);
    const mark = lead || isParticipating(c);
    const close = mark ? 0 : closerOf(c);
    if (c >= 0 && !mark && close === 0 && !isSeparator(c) && !isCloser(c) && !isColon(c)) {
      if (nameStart < 0) nameStart = i;
      continue;
    }
    if (nameStart >= 0) {
      const name = s.slice(nameStart, i);
      nameStart = -1;
      // A label before a colon says the role of the names after it (主担当：財政課).
      const labelled = isColon(c) ? ROLE_LABELS.get(name) : undefined;
      if (labelled) {
        role = labelled;
        last = undefined;
        continue;
      }
      const names = joinedNames(name);
      if (names === null) {
        last = { name: sharedName(name), role };
        out.push(last);
      } else {
        for (const part of names) out.push((last = { name: sharedName(part), role }));
      }
    }
    if (mark) {
      last = undefined;
      role = lead ? 'primary' : 'participating';
    } else if (close !== 0) {
      let depth = 1;
      let j = i + 1;
      for (; j < s.length; j++) {
        const d = s.charCodeAt(j);
        if (d === c) depth++;
        else if (d === close && --depth === 0) break;
      }
      const inner = s.slice(i + 1, j);
      const labelled = roleInBracket(inner);
      if (labelled && c === 0x3010 /* 【 */) {
        // 【主】 before names, as a mark.
        role = labelled;
        last = undefined;
      } else if (labelled && last) {
        // 財政課（主）: the role of that name alone.
        last.role = labelled;
      } else {
        last = attach(out, last, role, inner);
      }
      i = j;
    }
    // A separator, or a stray closing bracket, only ends the name.
  }
  // A list grown by push keeps room for more than it holds (17 places after its first push), and a plan
  // keeps the list of every item: it keeps a copy just as long as its departments.
  return out.length > 0 ? out.slice() : out;
}

/**
 * Reads the inside of a bracket after a name: units of the last department, or its parent, or
 * departments of their own when no name came before.
 *
 * @returns the department names after it are attached to
 */
function attach(
  out: Department[],
  last: Department | undefined,
  role: Department['role'],
  inner: string,
): Department | undefined {
  const names = splitNames(inner);
  if (names.length === 0) return last;
  if (!last) {
    for (const n of names) out.push({ name: n, role });
    return last;
  }
  const only = names[0]!;
  if (names.length === 1 && PARENT_SUFFIX.test(only) && only !== last.name && last.parent === undefined) {
    last.parent = only;
  } else {
    last.units = [...(last.units ?? []), ...names];
  }
  return last;
}
