/**
 * The demo page's own words in Japanese and English. The element translates
 * its own words through its `lang` attribute; this module covers the page.
 *
 * @module
 */

/** A language the demo speaks. */
export type Lang = 'ja' | 'en';

const ja = {
  'app.title': '計画タイムライン',
  'app.tagline': '自治体の計画のスケジュールを年度の時間軸で見る',
  'controls.label': '表示の設定',
  'control.lang': '言語',
  'control.theme': 'テーマ',
  'theme.auto': '自動',
  'theme.light': 'ライト',
  'theme.dark': 'ダーク',
  'control.groupBy': 'まとめ方',
  'group.item': '取組項目',
  'group.department': '主務課',
  'group.section': '施策',
  'group.policy': '実施方針',
  'control.era': '年の表記',
  'era.both': '西暦(和暦)',
  'era.western': '西暦',
  'era.japanese': '和暦',
  'control.search': '絞り込み',
  'control.searchPlaceholder': '取組項目・内容・主務課で絞り込み',
  'control.departments': '主務課',
  'departments.all': 'すべて',
  'departments.some': '{n}課を選択',
  'departments.clear': '選択を解除',
  'control.view': '表示範囲',
  'view.all': '全期間',
  'view.thisYear': '今年度',
  'view.aroundYear': '前後1年',
  'view.zoomIn': '拡大',
  'view.zoomOut': '縮小',
  'control.layout': '表示',
  'layout.timeline': '図',
  'layout.table': '表',
  'timeline.label': '計画のタイムライン',
  'load.heading': '計画を読み込む',
  'load.hint': '計画のテキスト・TSV・CSV（Excel の Shift_JIS も可）・JSON をここにドロップ',
  'load.choose': 'ファイルを選ぶ',
  'load.paste': 'テキストを貼り付け',
  'load.pastePlaceholder': '計画の表やCSVをここに貼り付けてください',
  'load.apply': '貼り付けた内容を読み込む',
  'load.reset': '見本の計画に戻す',
  'load.loaded': '「{name}」を読み込みました（{n}項目）',
  'load.failed': '「{name}」を読み込めませんでした: {message}',
  'load.tooLarge': 'ファイルが大きすぎます（{mb} MB を超えています）',
  'load.empty': '貼り付け欄が空です',
  'load.dropHere': 'ここにドロップして読み込む',
  'load.seedName': '見本の計画',
  'load.pasteName': '貼り付けたテキスト',
  'load.fiscalYear': '計画の年度（単年度の計画）',
  'load.fiscalYearPlaceholder': '2024、R6、令和6年度',
  'load.fiscalYearHint': '年の書かれていない月（4月～6月）や今年度・来年度を、この年度のこととして読みます',
  'load.fiscalYearInvalid': '「{value}」は年度として読めません（2024、R6、令和6年度のように書いてください）',
  'load.fiscalYearSet': '{year}の計画として読み直しました',
  'load.fiscalYearCleared': '年度を指定せずに読み直しました',
  'diag.heading': '読み取りの注意',
  'diag.none': '注意はありません',
  'diag.count': '{n}件',
  'diag.item': 'No.{serial}',
  'diag.line': '{line}行目',
  'diag.jump': 'この項目を表示',
  'diag.fiscalYear': '計画の年度を入力',
  'diag.more': '残りの{n}件を表示',
  'severity.error': 'エラー',
  'severity.warning': '警告',
  'severity.info': '情報',
  'export.heading': '書き出す',
  'export.hint': '表示中の図（SVG・PNG）と計画のデータ（JSON・CSV・ICS）',
  'export.svg': 'SVG 画像',
  'export.png': 'PNG 画像',
  'export.json': 'JSON',
  'export.csv': 'CSV（Excel）',
  'export.ics': 'ICS（カレンダー）',
  'export.print': '印刷（A3 横）',
  'export.done': '{name} を書き出しました',
  'export.failed': '書き出せませんでした: {message}',
  'export.nothing': '書き出す項目がありません（計画として読めた項目がありません）',
  'summary.items': '{n}項目',
  'summary.departments': '{n}課',
  'footer.embed': 'イントラネットへの埋め込み例（embed.html）',
  'footer.about': 'plan-timeline — 計画のスケジュールを年度の時間軸に',
} as const;

/** The keys of the demo's words. */
export type MessageKey = keyof typeof ja;

const en: Record<MessageKey, string> = {
  'app.title': 'Plan timeline',
  'app.tagline': "A municipal plan's schedule on a fiscal-year axis",
  'controls.label': 'View settings',
  'control.lang': 'Language',
  'control.theme': 'Theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'control.groupBy': 'Group by',
  'group.item': 'Item',
  'group.department': 'Department',
  'group.section': 'Section',
  'group.policy': 'Policy',
  'control.era': 'Years',
  'era.both': 'Western (era)',
  'era.western': 'Western',
  'era.japanese': 'Japanese era',
  'control.search': 'Filter',
  'control.searchPlaceholder': 'Filter by title, content, department',
  'control.departments': 'Departments',
  'departments.all': 'All',
  'departments.some': '{n} selected',
  'departments.clear': 'Clear selection',
  'control.view': 'View',
  'view.all': 'Whole plan',
  'view.thisYear': 'This fiscal year',
  'view.aroundYear': '±1 year',
  'view.zoomIn': 'Zoom in',
  'view.zoomOut': 'Zoom out',
  'control.layout': 'Show',
  'layout.timeline': 'Chart',
  'layout.table': 'Table',
  'timeline.label': 'Plan timeline',
  'load.heading': 'Load your plan',
  'load.hint': 'Drop plan text, TSV, CSV (Shift_JIS from Excel too) or JSON here',
  'load.choose': 'Choose a file',
  'load.paste': 'Paste text',
  'load.pastePlaceholder': 'Paste a plan table or CSV here',
  'load.apply': 'Load pasted text',
  'load.reset': 'Back to the sample plan',
  'load.loaded': 'Loaded “{name}” ({n} items)',
  'load.failed': 'Could not load “{name}”: {message}',
  'load.tooLarge': 'the file is too large (over {mb} MB)',
  'load.empty': 'The paste box is empty',
  'load.dropHere': 'Drop to load',
  'load.seedName': 'sample plan',
  'load.pasteName': 'pasted text',
  'load.fiscalYear': 'Fiscal year of the plan (annual plans)',
  'load.fiscalYearPlaceholder': '2024, R6, 令和6年度',
  'load.fiscalYearHint':
    'Months written without a year (4月～6月) and 今年度 / 来年度 are read as in this fiscal year',
  'load.fiscalYearInvalid': '“{value}” is not a fiscal year (write it as 2024, R6 or 令和6年度)',
  'load.fiscalYearSet': 'Read again as a plan for {year}',
  'load.fiscalYearCleared': 'Read again with no fiscal year given',
  'diag.heading': 'Diagnostics',
  'diag.none': 'Nothing to report',
  'diag.count': '{n}',
  'diag.item': 'No.{serial}',
  'diag.line': 'line {line}',
  'diag.jump': 'Show this item',
  'diag.fiscalYear': "Enter the plan's fiscal year",
  'diag.more': 'Show the other {n}',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'export.heading': 'Export',
  'export.hint': 'The view as a picture (SVG, PNG) and the plan as data (JSON, CSV, ICS)',
  'export.svg': 'SVG image',
  'export.png': 'PNG image',
  'export.json': 'JSON',
  'export.csv': 'CSV (Excel)',
  'export.ics': 'ICS (calendar)',
  'export.print': 'Print (A3 landscape)',
  'export.done': 'Exported {name}',
  'export.failed': 'Could not export: {message}',
  'export.nothing': 'Nothing to export: no plan items were read',
  'summary.items': '{n} items',
  'summary.departments': '{n} departments',
  'footer.embed': 'Intranet embedding example (embed.html)',
  'footer.about': "plan-timeline — a plan's schedule on a fiscal-year axis",
};

const messages: Record<Lang, Record<MessageKey, string>> = { ja, en };

/**
 * Whether the demo has a message called `key`.
 *
 * @param key - a name, such as one in a `data-i18n` attribute
 * @returns `true` when both languages have it
 * @example
 * isMessageKey('export.heading') //=> true
 * isMessageKey('export.headline') //=> false
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages.ja, key) && Object.hasOwn(messages.en, key);
}

/**
 * Returns the demo's word for `key` in `lang`, with `{name}` placeholders filled.
 *
 * @param lang - the page language
 * @param key - which message
 * @param values - values for the `{name}` placeholders
 * @returns the message text
 * @example
 * t('en', 'summary.items', { n: 54 }) //=> '54 items'
 * t('ja', 'summary.items', { n: 54 }) //=> '54項目'
 */
export function t(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Translates every element under `root` that names a message: `data-i18n` sets its
 * text, `data-i18n-placeholder`, `data-i18n-title` and `data-i18n-aria-label` set
 * those attributes. Text is set with `textContent`, never as markup.
 *
 * @param root - the part of the page to translate
 * @param lang - the language to show
 * @returns nothing; the elements are updated in place
 * @example
 * // <h2 data-i18n="export.heading"></h2>
 * applyMessages(document, 'en') //=> the heading reads "Export"
 */
export function applyMessages(root: ParentNode, lang: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(lang, el.dataset.i18n as MessageKey);
  }
  const attributes = [
    ['i18nPlaceholder', 'placeholder'],
    ['i18nTitle', 'title'],
    ['i18nAriaLabel', 'aria-label'],
  ] as const;
  for (const [dataKey, attribute] of attributes) {
    const selector = `[data-${dataKey.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`;
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      el.setAttribute(attribute, t(lang, el.dataset[dataKey] as MessageKey));
    }
  }
}
