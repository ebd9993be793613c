import { suppressCells, suppressFigure } from './suppression';

const cells = (...counts: number[]) => counts.map((count, i) => ({ key: `K${i}`, label: `L${i}`, count }));

describe('public statistics suppression', () => {
  it('publishes counts of 5 and more, hides 0 to 4', () => {
    expect(suppressFigure(5)).toEqual({ count: 5, suppressed: false });
    expect(suppressFigure(4)).toEqual({ count: null, suppressed: true });
    expect(suppressFigure(0)).toEqual({ count: null, suppressed: true });
  });

  it('hides the smallest other cell when only one cell is suppressed (no recovery by subtraction)', () => {
    expect(suppressCells(cells(40, 3, 12, 9)).map((c) => c.count)).toEqual([40, null, 12, null]);
  });

  it('adds nothing when two or more cells are already suppressed, or none is', () => {
    expect(suppressCells(cells(40, 3, 1, 9)).map((c) => c.count)).toEqual([40, null, null, 9]);
    expect(suppressCells(cells(40, 5, 9)).map((c) => c.count)).toEqual([40, 5, 9]);
  });
});
