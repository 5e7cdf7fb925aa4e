import { describe, expect, it } from 'vitest';
import { CellPlaces } from './cellPlaces.js';

/** The place of each cell, in the order of the columns. */
const placesOf = (cells: CellPlaces) => [
  cells.title,
  cells.content,
  cells.goal,
  cells.schedule,
  cells.departments,
];

describe('CellPlaces', () => {
  it('gives the place of each cell it was given, and undefined for the others', () => {
    const cells = new CellPlaces({ start: 4, end: 9 }, undefined, { start: 10, end: 12 }, undefined, {
      start: 20,
      end: 20,
    });
    expect(placesOf(cells)).toEqual([
      { start: 4, end: 9 },
      undefined,
      { start: 10, end: 12 },
      undefined,
      { start: 20, end: 20 },
    ]);
  });

  it('keeps no link to the places it was given, and makes a new source each time', () => {
    const place = { start: 0, end: 3 };
    const cells = new CellPlaces(place, place, place, place, place);
    place.start = 99;
    const first = cells.schedule!;
    expect(first).toEqual({ start: 0, end: 3 });
    first.end = 42;
    expect(cells.schedule).toEqual({ start: 0, end: 3 });
    expect(cells.schedule).not.toBe(cells.schedule);
  });

  it('holds no cell when given none', () => {
    const cells = new CellPlaces();
    expect(placesOf(cells)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('reads places from a list of offsets by the index of each cell, none for -1 or past the list', () => {
    const cells = CellPlaces.fromList([0, 2, 3, 7, 8, 8], 1, -1, 2, 3, 0);
    expect(placesOf(cells)).toEqual([
      { start: 3, end: 7 },
      undefined,
      { start: 8, end: 8 },
      undefined,
      { start: 0, end: 2 },
    ]);
  });

  it('runs a schedule over the cells from its first to its last, ending at the last cell of the list', () => {
    const places = [0, 2, 3, 7, 8, 8, 9, 12];
    expect(CellPlaces.fromList(places, -1, -1, -1, 1, -1, 3).schedule).toEqual({ start: 3, end: 12 });
    expect(CellPlaces.fromList(places, -1, -1, -1, 2, -1, 9).schedule).toEqual({ start: 8, end: 12 });
    expect(CellPlaces.fromList(places, -1, -1, -1, 4, -1, 6).schedule).toBeUndefined();
  });
});
