import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** The message as it crossed the wire, before any decoding. */
  raw: string;
}

/** A real SMTP server on loopback that keeps what it receives, and can refuse a recipient for a while. */
export class MailCatcher {
  readonly mails: ReceivedMail[] = [];
  /** Recipient → how many more times their RCPT TO is answered with a temporary failure. */
  readonly temporaryRefusals = new Map<string, number>();
  #server: SMTPServer | undefined;
  port = 0;

  async start(port = 0): Promise<void> {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        const refusals = this.temporaryRefusals.get(address.address) ?? 0;
        if (refusals === 0) return callback();
        this.temporaryRefusals.set(address.address, refusals - 1);
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('latin1');
          this.mails.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw, ...parseMessage(raw) });
          callback();
        });
      },
    });
    const server = this.#server;
    // A sender that dies mid-conversation (a CMS killed on purpose) resets its connection: not the catcher's failure.
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    this.port = (server.server.address() as AddressInfo).port;
  }

  get listening(): boolean {
    return this.#server !== undefined;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    this.#server = undefined;
  }

  about(reference: string, to: string): ReceivedMail[] {
    return this.mails.filter((mail) => mail.to.includes(to) && mail.subject.includes(reference));
  }
}

/** Just enough MIME for what nodemailer sends: encoded-word headers, multipart/alternative, QP and base64. */
function parseMessage(raw: string): Pick<ReceivedMail, 'subject' | 'text' | 'html'> {
  const { headers, body } = splitEntity(raw);
  const parts: Record<string, string> = {};
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers['content-type'] ?? '')?.[1];
  const entities = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((part) => splitEntity(part.replace(/^\r\n/, '')))
    : [{ headers, body }];
  for (const entity of entities) {
    const type = /^text\/(plain|html)/i.exec(entity.headers['content-type'] ?? 'text/plain')?.[1]?.toLowerCase();
    if (type) parts[type] = decodeBody(entity.body, entity.headers['content-transfer-encoding']);
  }
  return { subject: decodeWords(headers.subject ?? ''), text: parts.plain ?? '', html: parts.html ?? '' };
}

function splitEntity(raw: string): { headers: Record<string, string>; body: string } {
  const end = raw.indexOf('\r\n\r\n');
  const unfolded = raw.slice(0, end).replace(/\r\n[ \t]+/g, ' ');
  const headers = Object.fromEntries(
    unfolded.split('\r\n').map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
  return { headers, body: raw.slice(end + 4) };
}

function decodeBody(body: string, encoding = '7bit'): string {
  const bytes = (text: string) => Buffer.from(text, 'latin1');
  if (/base64/i.test(encoding)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (/quoted-printable/i.test(encoding)) return decodeQuotedPrintable(body);
  return bytes(body).toString('utf8');
}

function decodeQuotedPrintable(text: string): string {
  const softBreaksRemoved = text.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < softBreaksRemoved.length; index++) {
    const hex = softBreaksRemoved[index] === '=' ? softBreaksRemoved.slice(index + 1, index + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(softBreaksRemoved.charCodeAt(index));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeWords(header: string): string {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_word, encoding: string, encoded: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(encoded, 'base64').toString('utf8') : decodeQuotedPrintable(encoded.replace(/_/g, ' ')),
    );
}

/** Starts the catcher and gives the CMS's environment that sends every mail to it. */
export async function mailOnLoopback(catcher: MailCatcher, staff = 'staff@connecting-brussels.local'): Promise<Record<string, string>> {
  await catcher.start();
  return { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(catcher.port), STAFF_NOTIFICATION_EMAIL: staff };
}
