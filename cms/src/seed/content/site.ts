import type { SeedGlobal, SeedHome } from '../types';

const same = (text: string) => ({ nl: text, fr: text, en: text });
export const globalSettings: SeedGlobal = { siteName: same('Connecting Brussels'), tagline: same('x'), phoneNumber: '+32 2 555 00 00', phoneHours: same('x'), contactEmail: 'hello@connecting.brussels', socialLinks: [], footerText: same('x') };
export const home: SeedHome = { heroTitle: same('x'), heroText: same('x'), phoneCallout: same('x'), featuredStories: [], featuredInitiatives: [] };
