import type { Core } from '@strapi/strapi';
import type { IntakeForm } from '@cb/domain/intake';
import { Outbox, retryDelays } from './outbox';
import { notifiedFormOf, readPlatformContact, readSubmission } from './submission';
import { confirmation } from './templates/confirmation';
import { staffNotification } from './templates/staff-notification';
import type { RenderedMail } from './templates/layout';

/** Where the outbox can be found in Strapi's container (tests wait on it with `idle()`). */
export const NOTIFICATIONS_OUTBOX = 'intake-notifications-outbox';

/**
 * After the Document Service created an intake record (a web form, or staff typing in a phone call),
 * staff get a notification and the person a confirmation in their language when they gave an email.
 * Mail goes out after the create is committed, detached, with retries: it never blocks or fails the
 * submission. A failure is logged with the form and reference only.
 */
export function notifyIntakeSubmissions(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Outbox {
  const staffAddress = env.STAFF_NOTIFICATION_EMAIL?.trim() || undefined;
  if (!staffAddress) strapi.log.warn('STAFF_NOTIFICATION_EMAIL is not set: staff get no email about new submissions (confirmations still go out).');

  const outbox = new Outbox(retryDelays(Number(env.EMAIL_RETRY_BASE_MS ?? 2000)), (label, attempts, error) =>
    strapi.log.error(`Email not sent: ${label}, after ${attempts} attempts (${errorCode(error)}). The record itself is stored; staff find it in the admin.`),
  );
  strapi.add(NOTIFICATIONS_OUTBOX, outbox);

  const announce = (form: IntakeForm, documentId: string) =>
    outbox.post(`reading ${form} ${documentId}`, async () => {
      const submission = await readSubmission(strapi, form, documentId);
      if (!submission) return;
      const label = (what: string) => `${what} for ${form} ${submission.reference}`;
      if (staffAddress) {
        const mail = staffNotification(submission, adminRecordUrl(strapi, form, documentId));
        outbox.post(label('staff notification'), () => send(strapi, staffAddress, mail));
      }
      const personAddress = submission.email;
      if (personAddress) {
        const mail = confirmation(submission, await readPlatformContact(strapi, submission.formLocale));
        outbox.post(label('confirmation'), () => send(strapi, personAddress, mail));
      }
    });

  strapi.documents.use(async (context, next) => {
    const result = await next();
    const form = context.action === 'create' ? notifiedFormOf(context.uid) : undefined;
    const documentId = (result as { documentId?: unknown } | undefined)?.documentId;
    if (form && typeof documentId === 'string') await afterCommit(strapi, () => announce(form, documentId));
    return result;
  });
  return outbox;
}

/** Mail about a record that a surrounding transaction may still roll back waits for the commit. */
export async function afterCommit(strapi: Core.Strapi, action: () => void): Promise<void> {
  if (!strapi.db.inTransaction()) return action();
  await strapi.db.transaction(async ({ onCommit }) => onCommit(action));
}

export async function send(strapi: Core.Strapi, to: string, mail: RenderedMail): Promise<void> {
  await strapi.plugin('email').service('email').send({ to, subject: mail.subject, text: mail.text, html: mail.html });
}

function adminRecordUrl(strapi: Core.Strapi, form: IntakeForm, documentId: string): string {
  const admin = String(strapi.config.get('admin.absoluteUrl')).replace(/\/$/, '');
  return `${admin}/content-manager/collection-types/api::${form}.${form}/${documentId}`;
}

/** SMTP errors quote addresses and replies; only their codes are safe to log. */
function errorCode(error: unknown): string {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return [code, responseCode].filter((part) => typeof part === 'string' || typeof part === 'number').join(' ') || 'unknown error';
}
