export interface MailboxMessage {
  /** RCPT TO addresses of the SMTP envelope. */
  envelopeTo: string[];
  from: string;
  /** Addresses of the To header. */
  to: string[];
  replyTo: string;
  subject: string;
  text: string;
  /** The HTML part, '' when the message has none. */
  html: string;
  /** Every header by its lower-case name (`list-unsubscribe`), unfolded; a repeated one keeps its last value. */
  headers: Record<string, string>;
  receivedAt: Date;
}

export interface SmtpMailbox {
  host: string;
  port: number;
  /** Every message accepted, in order of arrival. */
  messages: MailboxMessage[];
  /** While on, every message is refused with 451 (a temporary failure: the sender should retry). */
  setOutage(on: boolean): void;
  stop(): Promise<void>;
}

export function startSmtpMailbox(options?: {
  host?: string;
  /** 0 (default): a free port. */
  port?: number;
  /** When given, AUTH is required and must match. */
  credentials?: { user: string; password: string };
  onMessage?: (message: MailboxMessage) => void;
}): Promise<SmtpMailbox>;
