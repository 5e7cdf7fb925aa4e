/**
 * The スケジュール cells of the seed plan's item rows, as plain text: the cell before the last of every
 * `No.N` row, with `<p>`/`<li>`/`<br>` turned into line breaks and other tags dropped. Both parsers in the
 * throughput benchmark read exactly these strings, in Node and in Chromium alike.
 *
 * The cells are what `split`, `replace` and `trim` make of the text: many are slices of it, which V8 reads
 * through the string they are cut from (see docs/benchmarks.md).
 *
 * @param seedText - the text of `seeds/000_247872b8d3084b37.txt`
 * @example
 * scheduleCellsOf(readFileSync(seedPath, 'utf8')).length; // 54
 */
export function scheduleCellsOf(seedText: string): string[] {
  return seedText
    .split('\n')
    .filter((line) => /^No\.\d+\t/.test(line))
    .map((line) => {
      const cells = line.replace(/\t+$/, '').split('\t');
      return cells[cells.length - 2]!.replace(/<\/(p|li)>\s*|<br\s*\/?>/gi, '\n')
        .replace(/<[^>]*>/g, '')
        .replace(/[ \t]*\n[ \t]*/g, '\n')
        .trim();
    });
}
