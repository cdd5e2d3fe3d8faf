import type { SeedPage } from '../types';

export const pages: SeedPage[] = [];
