import { mailConfig } from '../../../src/config/mail';

export default ({ env }) => ({
  'users-permissions': {
    config: {
      // The auth rate limit (per path and IP) would turn a suite's logins from 127.0.0.1 into 429s;
      // the rate-limit test turns it back on with AUTH_RATE_LIMIT=true.
      ratelimit: { enabled: env.bool('AUTH_RATE_LIMIT', false) },
    },
  },
  // Tests never email anyone: without SMTP_HOST, mail goes to a local port where nothing listens (not the
  // developer's `npm run mailbox` on 1025), so a send fails at once (receipts record it as failed). Tests
  // that read mail start a real SMTP server and set SMTP_* (tests/helpers/smtp-mailbox.ts), or swap in a
  // capturing provider (tests/helpers/outbox.ts).
  email: { config: mailConfig(env, { port: env.int('TEST_SMTP_PORT', 2525) }) },
});
