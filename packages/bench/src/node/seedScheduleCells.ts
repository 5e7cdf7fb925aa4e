import { readFileSync } from 'node:fs';

/**
 * The スケジュール cells of the seed plan's item rows, as plain text: the cell before the last of every
 * `No.N` row, with `<p>`/`<li>`/`<br>` turned into line breaks and other tags dropped. Both parsers in the
 * throughput benchmark read exactly these strings.
 */
export function seedScheduleCells(seedPath: string): string[] {
  const text = readFileSync(seedPath, 'utf8');
  return text
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
