import type {
  ActivityRepeat,
  Weekday,
  WeekOfMonth,
  AudienceCode,
  HelpCategoryCode,
  Localized,
  MunicipalityCode,
  PageKey,
  SocialPlatform,
  SpokenLanguageCode,
} from '@cb/domain';

/**
 * The shape of the sample content seeded on first start. Every text exists in nl, fr and en.
 * `key` is a stable identifier used to link seed items together and to keep the seed idempotent.
 * Long texts are lists of paragraphs; the seed turns them into Strapi blocks.
 */

/** A file in cms/seed/images, with its alternative text per locale. */
export interface SeedImage {
  file: string;
  alt: Localized;
}

export interface SeedOrganisation {
  key: string;
  /** A proper name: one name in every locale. */
  name: string;
  summary: Localized;
  description: Localized<string[]>;
  address: string;
  postcode: string;
  municipality: MunicipalityCode;
  website?: string;
  email?: string;
  phone?: string;
  logo?: SeedImage;
}

export interface SeedActivityTime {
  repeats: ActivityRepeat;
  /** ISO date: the day, or the first day of a repeating activity. */
  date: string;
  until?: string;
  weekday?: Weekday;
  weekOfMonth?: WeekOfMonth;
  everyWeeks?: number;
  startTime: string;
  endTime?: string;
  /** Default: not on public holidays. */
  skipHolidays?: boolean;
  skipDates?: string;
}

export interface SeedInitiative {
  key: string;
  organisation: string;
  title: Localized;
  summary: Localized;
  description: Localized<string[]>;
  forWhom: Localized;
  location: Localized;
  schedule: Localized;
  /** Dates and hours (Brussels time, "HH:MM"), as the CMS component activity.time has them. */
  times?: SeedActivityTime[];
  howToJoin: Localized;
  remote: boolean;
  categories: HelpCategoryCode[];
  municipalities: MunicipalityCode[];
  audiences: AudienceCode[];
  languages: SpokenLanguageCode[];
  contactPhone?: string;
  contactEmail?: string;
  website?: string;
  image?: SeedImage;
}

export interface SeedStory {
  key: string;
  title: Localized;
  summary: Localized;
  body: Localized<string[]>;
  authorName: string;
  /** ISO date, e.g. 2026-10-14 */
  storyDate: string;
  municipality?: MunicipalityCode;
  cover?: SeedImage;
  initiatives: string[];
  organisations: string[];
}

export interface SeedProjectCall {
  key: string;
  title: Localized;
  summary: Localized;
  body: Localized<string[]>;
  totalBudget: number;
  maxPerProject: number;
  /** ISO date */
  opensOn: string;
  /** ISO date-time */
  deadline: string;
  criteria: { title: Localized; description: Localized; weight: number }[];
  faq: { question: Localized; answer: Localized }[];
}

/** A funded project as the public sees it: no applicant's personal data, only the organisation that runs it. */
export interface SeedFundedProject {
  key: string;
  title: Localized;
  summary: Localized;
  description: Localized<string[]>;
  runBy: string;
  location: Localized;
  howToJoin: Localized;
  /** municipality codes from @cb/domain */
  municipalities: string[];
}

export interface SeedPage {
  key: PageKey;
  title: Localized;
  summary: Localized;
  body: Localized<string[]>;
}

export interface SeedGlobal {
  siteName: Localized;
  tagline: Localized;
  phoneNumber: string;
  phoneHours: Localized;
  contactEmail: string;
  socialLinks: { platform: SocialPlatform; url: string }[];
  footerText: Localized;
}

export interface SeedHome {
  heroTitle: Localized;
  heroText: Localized;
  phoneCallout: Localized;
  featuredStories: string[];
  featuredInitiatives: string[];
}
