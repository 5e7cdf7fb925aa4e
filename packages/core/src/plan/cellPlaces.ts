import type { Source } from '../model/types.js';
import type { ItemCellSources } from './planDraft.js';

/** A cell's place: where it starts and ends in the input. */
interface Place {
  start: number;
  end: number;
}

/**
 * The places of an item's cells ({@link ItemCellSources}) kept as offsets, each made a `Source`
 * only when asked for (a diagnostic points at it): a draft holds one small object instead of
 * one per cell. Each time a cell is asked for, a new `Source` is made, so that no two
 * diagnostics share one. Internal to `plan/`.
 *
 * @example
 * const cells = new CellPlaces({ start: 4, end: 9 }, undefined, { start: 10, end: 12 });
 * cells.title
 * //=> { start: 4, end: 9 }
 * cells.content
 * //=> undefined
 */
export class CellPlaces implements ItemCellSources {
  // start and end of each cell; a start of -1 when the row has no such cell.
  readonly #titleStart: number;
  readonly #titleEnd: number;
  readonly #contentStart: number;
  readonly #contentEnd: number;
  readonly #goalStart: number;
  readonly #goalEnd: number;
  readonly #scheduleStart: number;
  readonly #scheduleEnd: number;
  readonly #departmentsStart: number;
  readonly #departmentsEnd: number;

  constructor(title?: Place, content?: Place, goal?: Place, schedule?: Place, departments?: Place) {
    this.#titleStart = title ? title.start : -1;
    this.#titleEnd = title ? title.end : -1;
    this.#contentStart = content ? content.start : -1;
    this.#contentEnd = content ? content.end : -1;
    this.#goalStart = goal ? goal.start : -1;
    this.#goalEnd = goal ? goal.end : -1;
    this.#scheduleStart = schedule ? schedule.start : -1;
    this.#scheduleEnd = schedule ? schedule.end : -1;
    this.#departmentsStart = departments ? departments.start : -1;
    this.#departmentsEnd = departments ? departments.end : -1;
  }

  /**
   * The places of cells given as a list of offsets (cell `k` from `places[2k]` to
   * `places[2k + 1]`) and the index of each cell in it (`-1`, or an index past the list, for none).
   * The schedule may run over several cells, from `schedule` to `scheduleLast` (a table's columns of
   * years): from the first's start to the last's end (to the last cell of the list, past its end).
   */
  static fromList(
    places: readonly number[],
    title: number,
    content: number,
    goal: number,
    schedule: number,
    departments: number,
    scheduleLast = schedule,
  ): CellPlaces {
    const cells = places.length >> 1;
    const at = (k: number, last = k): Place | undefined =>
      k >= 0 && k < cells
        ? { start: places[2 * k]!, end: places[2 * Math.min(last, cells - 1) + 1]! }
        : undefined;
    return new CellPlaces(at(title), at(content), at(goal), at(schedule, scheduleLast), at(departments));
  }

  get title(): Source | undefined {
    return this.#titleStart < 0 ? undefined : { start: this.#titleStart, end: this.#titleEnd };
  }

  get content(): Source | undefined {
    return this.#contentStart < 0 ? undefined : { start: this.#contentStart, end: this.#contentEnd };
  }

  get goal(): Source | undefined {
    return this.#goalStart < 0 ? undefined : { start: this.#goalStart, end: this.#goalEnd };
  }

  get schedule(): Source | undefined {
    return this.#scheduleStart < 0 ? undefined : { start: this.#scheduleStart, end: this.#scheduleEnd };
  }

  get departments(): Source | undefined {
    return this.#departmentsStart < 0
      ? undefined
      : { start: this.#departmentsStart, end: this.#departmentsEnd };
  }
}
