import type { SeedOrganisation } from '../types';

export const organisations: SeedOrganisation[] = [];
