import type { SeedInitiative } from '../types';

export const initiatives: SeedInitiative[] = [];
