import { IntlMessageFormat } from 'intl-messageformat';
import { FORMAT_LOCALES, formatLocaleOf, type Locale, type Localized } from '@cb/domain';
import { actionOutcomeTexts } from './action-outcomes';
import { backOfficeHomeTexts } from './back-office-home';
import { caseWorkTexts } from './case-work';
import { checkInTexts } from './check-ins';
import { commonTexts } from './common';
import { projectReviewTexts } from './project-review';
import { dashboardTexts } from './dashboard';
import { editingTexts } from './editing';
import { followUpTexts } from './follow-ups';
import { fundedProjectTexts } from './funded-projects';
import { holidayCoverTexts } from './holiday-cover';
import { intakeTexts } from './intake';
import { mailTexts } from './mail';
import { outboxTexts } from './outbox';
import { peopleTexts } from './people';
import { problemTexts } from './problems';
import { proposalTexts } from './proposals';
import { queueTexts } from './queue';
import { requestTexts } from './request';
import { screeningTexts } from './screening';
import { screeningQueueTexts } from './screening-queue';
import { widgetTexts } from './widgets';
import { workspaceTexts } from './workspace';
import type { AreaTexts } from './define';

/**
 * Every text staff read, in the back office and in staff mails, in the language each staff member
 * chose in the admin (Nederlands, Français or English). Add an area here; its keys must not clash.
 */
const AREAS = [
  commonTexts,
  caseWorkTexts,
  workspaceTexts,
  queueTexts,
  requestTexts,
  screeningTexts,
  screeningQueueTexts,
  followUpTexts,
  intakeTexts,
  dashboardTexts,
  proposalTexts,
  peopleTexts,
  outboxTexts,
  widgetTexts,
  problemTexts,
  mailTexts,
  checkInTexts,
  editingTexts,
  projectReviewTexts,
  fundedProjectTexts,
  holidayCoverTexts,
  actionOutcomeTexts,
  backOfficeHomeTexts,
] as const;

type AreaKey<Area> = Area extends AreaTexts<infer Key> ? Key : never;
export type StaffTextId = AreaKey<(typeof AREAS)[number]>;
export type StaffTexts = Readonly<Record<StaffTextId, string>>;
export type StaffTextValues = Record<string, string | number>;

function merged(locale: Locale): StaffTexts {
  return Object.assign({}, ...AREAS.map((area) => area[locale]));
}

export const STAFF_TEXTS: Localized<StaffTexts> = { nl: merged('nl'), fr: merged('fr'), en: merged('en') };

/** The staff language of an admin user's choice ("nl", "fr", "en", "en-GB", none): English when not chosen. */
export const staffLocaleOf = formatLocaleOf;

/** One staff text, filled in (server side: mails). The admin reads the same texts through react-intl. */
export function staffText(locale: Locale, id: StaffTextId, values?: StaffTextValues): string {
  const message = STAFF_TEXTS[locale][id];
  return values ? String(new IntlMessageFormat(message, FORMAT_LOCALES[locale]).format(values)) : message;
}

/** Every area's keys, for the test that no two areas claim the same key. */
export const STAFF_TEXT_AREAS: readonly AreaTexts<string>[] = AREAS;

export const isStaffTextId = (id: string): id is StaffTextId => Object.hasOwn(STAFF_TEXTS.en, id);

/** Every staff text's key. */
export const STAFF_TEXT_IDS: readonly StaffTextId[] = Object.keys(STAFF_TEXTS.en).filter(isStaffTextId);
