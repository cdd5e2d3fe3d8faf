import type { SeedStory } from '../types';

export const stories: SeedStory[] = [];
