import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import type { DurableOutbox, JobPayload } from '../outbox';
import { send } from './send';
import { backOfficeUrl, contentManagerUrl, sendToStaff, staffRecipients } from './staff-recipients';
import { NOTIFIED_FORMS, notifiedFormOf, readPlatformContact, readSubmission, type Submission } from './submission';
import { confirmation } from './templates/confirmation';
import { staffNotification, type RecordLink } from './templates/staff-notification';

export { send } from './send';

const STAFF_NOTIFICATION = 'intake-staff-notification';
const CONFIRMATION = 'intake-confirmation';

/**
 * After the Document Service created an intake record (a web form, or staff typing in a phone call),
 * staff get a notification and the person a confirmation in their language when they gave an email.
 * Both are recorded as outbox jobs in the create's own transaction: a stored submission always has
 * them, a rolled-back one never. The mails are rendered from the database when the job runs.
 */
export function notifyIntakeSubmissions(strapi: Core.Strapi, outbox: DurableOutbox): void {
  const staffMailed = configOf(strapi).mail.staffAddresses.length > 0;
  if (!staffMailed) strapi.log.warn('STAFF_NOTIFICATION_EMAIL is not set: staff get no email about new submissions (confirmations still go out).');

  outbox.handle(STAFF_NOTIFICATION, async (payload, job) => {
    const submission = await readSubmissionOf(strapi, payload);
    if (!submission) return;
    const link = recordLink(strapi, submission);
    await sendToStaff(strapi, await staffRecipients(strapi), (locale) => staffNotification(submission, link, locale), job);
  });
  outbox.handle(CONFIRMATION, async (payload, job) => {
    const submission = await readSubmissionOf(strapi, payload);
    if (!submission?.email) return;
    await send(strapi, submission.email, confirmation(submission, await readPlatformContact(strapi, submission.formLocale), configOf(strapi).siteUrl), job);
  });

  strapi.documents.use(async (context, next) => {
    const form = context.action === 'create' ? notifiedFormOf(context.uid) : undefined;
    if (!form) return next();
    return strapi.db.transaction(async () => {
      const result = await next();
      const { documentId, reference, email } = (result ?? {}) as { documentId?: unknown; reference?: unknown; email?: unknown };
      if (typeof documentId !== 'string') return result;
      const about = `${form} ${typeof reference === 'string' ? reference : documentId}`;
      const payload = { form, documentId };
      if (staffMailed)
        await outbox.record(STAFF_NOTIFICATION, payload, { label: `staff notification for ${about}`, dedupeKey: `${STAFF_NOTIFICATION}:${documentId}` });
      if (email !== null && email !== '')
        await outbox.record(CONFIRMATION, payload, { label: `confirmation for ${about}`, dedupeKey: `${CONFIRMATION}:${documentId}` });
      return result;
    });
  });
}

async function readSubmissionOf(strapi: Core.Strapi, payload: JobPayload) {
  const form = NOTIFIED_FORMS.find((candidate) => candidate === payload.form);
  return form && typeof payload.documentId === 'string' ? readSubmission(strapi, form, payload.documentId) : undefined;
}

/** Where staff read the submission: the back office's page when it has one, else the admin's record. */
function recordLink(strapi: Core.Strapi, submission: Submission): RecordLink {
  if (submission.form === 'help-request') return { page: 'case', href: backOfficeUrl(strapi, 'requests', submission.documentId) };
  // An offer is screened on its back-office page before it can be matched.
  if (submission.form === 'help-offer') return { page: 'case', href: backOfficeUrl(strapi, 'offers', submission.documentId) };
  if (submission.form === 'project-proposal' && submission.projectCallDocumentId)
    return { page: 'proposals', href: backOfficeUrl(strapi, 'project-calls', submission.projectCallDocumentId) };
  return { page: 'admin', href: contentManagerUrl(strapi, submission.form, submission.documentId) };
}
