import type { MunicipalityCode } from '@cb/domain';

/**
 * A schematic tile map of the 19 municipalities of the Brussels-Capital Region: one square each (the
 * City of Brussels two, for its long northern part), placed as on the real map, so that every two tiles
 * that touch are municipalities that border each other (checked against the neighbours in @cb/domain).
 * Drawn from the neighbours and the rough position of each municipality; no map geometry is used, so no
 * licence applies. Columns go west to east, rows north to south.
 */

export interface MapTile {
  column: number;
  row: number;
  /** Rows the tile spans (the City of Brussels: 2). */
  height: number;
}

export const MAP_COLUMNS = 6;
export const MAP_ROWS = 5;

export const MUNICIPALITY_TILES: Readonly<Record<MunicipalityCode, MapTile>> = {
  ganshoren: { column: 0, row: 0, height: 1 },
  jette: { column: 1, row: 0, height: 1 },
  schaerbeek: { column: 3, row: 0, height: 1 },
  evere: { column: 4, row: 0, height: 1 },
  'berchem-sainte-agathe': { column: 0, row: 1, height: 1 },
  koekelberg: { column: 1, row: 1, height: 1 },
  brussels: { column: 2, row: 1, height: 2 },
  'saint-josse': { column: 3, row: 1, height: 1 },
  molenbeek: { column: 1, row: 2, height: 1 },
  etterbeek: { column: 4, row: 2, height: 1 },
  'woluwe-saint-lambert': { column: 5, row: 2, height: 1 },
  anderlecht: { column: 1, row: 3, height: 1 },
  'saint-gilles': { column: 2, row: 3, height: 1 },
  ixelles: { column: 3, row: 3, height: 1 },
  auderghem: { column: 4, row: 3, height: 1 },
  'woluwe-saint-pierre': { column: 5, row: 3, height: 1 },
  forest: { column: 1, row: 4, height: 1 },
  uccle: { column: 2, row: 4, height: 1 },
  'watermael-boitsfort': { column: 4, row: 4, height: 1 },
};

/** The grid cells a tile covers, as "column,row". */
export function cellsOf(tile: MapTile): string[] {
  return Array.from({ length: tile.height }, (_, index) => `${tile.column},${tile.row + index}`);
}

/** How many initiatives make a tile darker: none, a few, several, many. */
export const MAP_SHADES = [0, 1, 3, 6] as const;

export function shadeOf(count: number): number {
  return MAP_SHADES.reduce<number>((shade, threshold, index) => (count >= threshold ? index : shade), 0);
}

/** The short names on the tiles (the usual abbreviations in Brussels); the full names are in each tile's label and in the list. */
export const TILE_ABBREVIATIONS: Readonly<Record<MunicipalityCode, string>> = {
  anderlecht: 'AND',
  auderghem: 'AUD',
  'berchem-sainte-agathe': 'BSA',
  brussels: 'BXL',
  etterbeek: 'ETT',
  evere: 'EVE',
  forest: 'FOR',
  ganshoren: 'GAN',
  ixelles: 'IXL',
  jette: 'JET',
  koekelberg: 'KOE',
  molenbeek: 'MOL',
  'saint-gilles': 'STG',
  'saint-josse': 'STJ',
  schaerbeek: 'SCH',
  uccle: 'UCC',
  'watermael-boitsfort': 'WB',
  'woluwe-saint-lambert': 'WSL',
  'woluwe-saint-pierre': 'WSP',
};
