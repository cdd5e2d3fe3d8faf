import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type * as SmtpServerModule from 'smtp-server';
import { PlatformError } from './ports.ts';
import type { RunnerSettings } from './settings.ts';

// smtp-server is the CMS's dev dependency (its tests use it too); resolve it from there.
const { SMTPServer } = createRequire(path.resolve(import.meta.dirname, '../../cms/package.json'))('smtp-server') as typeof SmtpServerModule;

export interface MailCatcher {
  port: number;
  close(): void;
}

/**
 * A mail server on loopback for local runs: the CMS's mails land here instead of in real inboxes.
 * Each mail is saved as an .eml file to open in any mail program, and announced with its subject;
 * the address stays out of the terminal.
 */
export async function startMailCatcher(port: number, mailDir: string): Promise<MailCatcher> {
  mkdirSync(mailDir, { recursive: true });
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const file = path.join(mailDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${++received}.eml`);
        writeFileSync(file, raw);
        console.log(`[mail] to <redacted>, subject "${subjectOf(raw.toString('latin1'))}" (saved in ${path.relative(process.cwd(), file)})`);
        callback();
      });
    },
  });
  // A CMS stopped mid-conversation resets its connection; the catcher keeps listening.
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PlatformError(`Port ${port} is taken (mail catcher); set SMTP_PORT to a free port, or SMTP_HOST to use a real mail server.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', resolve);
  });
  return { port: (server.server.address() as AddressInfo).port, close: () => server.close(() => undefined) };
}

/** The Subject header, with its RFC 2047 encoded words decoded (nodemailer encodes anything non-ASCII). */
function subjectOf(raw: string): string {
  const headers = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const subject = /^subject:\s*(.*)$/im.exec(headers)?.[1] ?? '';
  return subject.replace(/\?=\s+=\?/g, '?==?').replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_word, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_hex, byte: string) => String.fromCharCode(parseInt(byte, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

/**
 * The mail settings of a local CMS. Without SMTP_HOST the CMS mails the local catcher (on SMTP_PORT,
 * or a free port), never a real inbox; staff notifications go to a local address so they show too.
 */
export async function localMailEnv(dataDir: string, mail: RunnerSettings['mail']): Promise<Record<string, string>> {
  if (mail.externalSmtp) return {};
  const mailDir = path.join(dataDir, 'mail');
  const catcher = await startMailCatcher(mail.catcherPort, mailDir);
  process.once('exit', () => catcher.close());
  console.log(
    `[mail] The CMS's mails are caught on 127.0.0.1:${catcher.port} and saved in ${path.relative(process.cwd(), mailDir) || '.'}/ (set SMTP_HOST to send them for real).`,
  );
  return {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(catcher.port),
    STAFF_NOTIFICATION_EMAIL: mail.staffAddress,
  };
}
