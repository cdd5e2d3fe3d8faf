import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import type { IntakeForm } from '@cb/domain/intake';
import type { ClaimedJob, DurableOutbox, JobPayload } from '../outbox';
import { NOTIFIED_FORMS, notifiedFormOf, readPlatformContact, readSubmission } from './submission';
import { confirmation } from './templates/confirmation';
import { staffNotification } from './templates/staff-notification';
import type { RenderedMail } from './templates/layout';

const STAFF_NOTIFICATION = 'intake-staff-notification';
const CONFIRMATION = 'intake-confirmation';

/**
 * After the Document Service created an intake record (a web form, or staff typing in a phone call),
 * staff get a notification and the person a confirmation in their language when they gave an email.
 * Both are recorded as outbox jobs in the create's own transaction: a stored submission always has
 * them, a rolled-back one never. The mails are rendered from the database when the job runs.
 */
export function notifyIntakeSubmissions(strapi: Core.Strapi, outbox: DurableOutbox): void {
  const { staffAddress } = configOf(strapi).mail;
  if (!staffAddress) strapi.log.warn('STAFF_NOTIFICATION_EMAIL is not set: staff get no email about new submissions (confirmations still go out).');

  outbox.handle(STAFF_NOTIFICATION, async (payload, job) => {
    const submission = await readSubmissionOf(strapi, payload);
    if (!submission || !staffAddress) return;
    await send(strapi, staffAddress, staffNotification(submission, adminRecordUrl(strapi, submission.form, submission.documentId)), job);
  });
  outbox.handle(CONFIRMATION, async (payload, job) => {
    const submission = await readSubmissionOf(strapi, payload);
    if (!submission?.email) return;
    await send(strapi, submission.email, confirmation(submission, await readPlatformContact(strapi, submission.formLocale)), job);
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
      if (staffAddress)
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

/**
 * The job's id is the mail's Message-ID: if a process dies between the mail server's acceptance and
 * the job being marked done, the mail sent again carries the same id and is recognisable as a copy.
 */
export async function send(strapi: Core.Strapi, to: string, mail: RenderedMail, job: ClaimedJob): Promise<void> {
  const headers = { 'Message-ID': `<outbox-${job.id}-${job.createdAt}@connecting.brussels>` };
  await strapi.plugin('email').service('email').send({ to, subject: mail.subject, text: mail.text, html: mail.html, headers });
}

function adminRecordUrl(strapi: Core.Strapi, form: IntakeForm, documentId: string): string {
  const admin = String(strapi.config.get('admin.absoluteUrl')).replace(/\/$/, '');
  return `${admin}/content-manager/collection-types/api::${form}.${form}/${documentId}`;
}
