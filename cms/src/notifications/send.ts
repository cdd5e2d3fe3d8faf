import type { Core } from '@strapi/strapi';
import type { ClaimedJob } from '../outbox';
import type { RenderedMail } from './templates/layout';

/**
 * The job's id is the mail's Message-ID: if a process dies between the mail server's acceptance and
 * the job being marked done, the mail sent again carries the same id and is recognisable as a copy.
 * A job that mails several people gives each copy its recipient's place in the list (`copy`).
 */
export async function send(strapi: Core.Strapi, to: string, mail: RenderedMail, job: ClaimedJob, copy?: number): Promise<void> {
  const headers = { 'Message-ID': `<outbox-${job.id}-${job.createdAt}${copy === undefined ? '' : `.${copy}`}@connecting.brussels>` };
  await strapi.plugin('email').service('email').send({ to, subject: mail.subject, text: mail.text, html: mail.html, headers });
}
