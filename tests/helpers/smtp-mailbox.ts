import { startSmtpMailbox, type MailboxMessage, type SmtpMailbox } from '../../scripts/lib/smtp-mailbox';
import { eventually } from './eventually';

export type { MailboxMessage };

const CREDENTIALS = { user: 'mymitt-test', password: 'smtp-test-password' };

/** What the booted app needs to send through the mailbox: the real nodemailer provider, with AUTH. */
function smtpEnv(mailbox: SmtpMailbox): Record<string, string> {
  return {
    SMTP_HOST: mailbox.host,
    SMTP_PORT: String(mailbox.port),
    SMTP_SECURE: 'false',
    SMTP_REQUIRE_TLS: 'false',
    SMTP_USER: CREDENTIALS.user,
    SMTP_PASSWORD: CREDENTIALS.password,
    MAIL_FROM: 'MyMitt for America <receipts@campaign.test>',
    MAIL_REPLY_TO: 'help@campaign.test',
  };
}

/**
 * A real SMTP server on a free port of 127.0.0.1 for one test file (scripts/lib/smtp-mailbox.js), and
 * the SMTP_* variables that point the app at it. Call it before `useStrapi()`, so the server is up and
 * the variables set when the app boots.
 */
export function useSmtpMailbox() {
  let mailbox: SmtpMailbox | undefined;

  beforeAll(async () => {
    mailbox = await startSmtpMailbox({ credentials: CREDENTIALS });
    Object.assign(process.env, smtpEnv(mailbox));
  });

  afterAll(async () => {
    await mailbox?.stop();
    mailbox = undefined;
  });

  const started = () => {
    if (!mailbox) throw new Error('The SMTP mailbox is not started: use it inside a test or hook');
    return mailbox;
  };

  return {
    /** Every message received, in order. */
    get messages(): MailboxMessage[] {
      return started().messages;
    },
    /** Messages whose To or envelope names the address. */
    to(address: string) {
      const wanted = address.toLowerCase();
      return started().messages.filter((m) => [...m.to, ...m.envelopeTo].some((a) => a.toLowerCase() === wanted));
    },
    /** The first message matching, once it has arrived; fails after the timeout. */
    async waitFor(predicate: (message: MailboxMessage) => boolean, timeoutMs = 10_000): Promise<MailboxMessage> {
      const found = await eventually(async () => started().messages.some(predicate), true, timeoutMs);
      if (!found) throw new Error('No such message arrived at the SMTP mailbox');
      return started().messages.find(predicate)!;
    },
    /** While on, the server refuses every message with 451 (temporary failure). */
    setOutage(on: boolean) {
      started().setOutage(on);
    },
  };
}

export type TestMailbox = ReturnType<typeof useSmtpMailbox>;

/** The links (href) of an HTML part, and the URLs of a text part. */
export function linksIn(message: MailboxMessage): { html: string[]; text: string[] } {
  const html = [...message.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  const text = [...message.text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
  return { html, text };
}
