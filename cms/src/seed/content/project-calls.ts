import type { SeedProjectCall } from '../types';

export const projectCalls: SeedProjectCall[] = [];
