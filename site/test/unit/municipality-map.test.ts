import { MUNICIPALITIES } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { MAP_COLUMNS, MAP_ROWS, MUNICIPALITY_TILES, cellsOf, shadeOf } from '../../src/lib/municipality-map.ts';

describe('the tile map of the 19 municipalities', () => {
  const owners = new Map<string, string>();
  for (const [code, tile] of Object.entries(MUNICIPALITY_TILES)) for (const cell of cellsOf(tile)) owners.set(cell, owners.has(cell) ? 'twice' : code);

  it('has every municipality once, inside the grid, no two on the same cell', () => {
    expect(Object.keys(MUNICIPALITY_TILES).sort()).toEqual(MUNICIPALITIES.map((municipality) => municipality.code).sort());
    expect([...owners.values()]).not.toContain('twice');
    for (const cell of owners.keys()) {
      const [column = -1, row = -1] = cell.split(',').map(Number);
      expect(column >= 0 && column < MAP_COLUMNS && row >= 0 && row < MAP_ROWS, cell).toBe(true);
    }
  });

  it('only lets municipalities that border each other touch, as on the real map', () => {
    const borders = (a: string, b: string) =>
      MUNICIPALITIES.some((municipality) => municipality.code === a && (municipality.neighbours as readonly string[]).includes(b));
    const touching: string[] = [];
    for (const [cell, code] of owners) {
      const [column = 0, row = 0] = cell.split(',').map(Number);
      for (const other of [owners.get(`${column + 1},${row}`), owners.get(`${column},${row + 1}`)]) {
        if (other && other !== code && !borders(code, other)) touching.push(`${code} / ${other}`);
      }
    }
    expect(touching).toEqual([]);
  });

  it('shades by number of initiatives', () => {
    expect([0, 1, 2, 3, 5, 6, 40].map(shadeOf)).toEqual([0, 1, 1, 2, 2, 3, 3]);
  });
});
