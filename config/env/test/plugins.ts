export default ({ env }) => ({
  'users-permissions': {
    config: {
      // The auth rate limit (per path and IP) would turn a suite's logins from 127.0.0.1 into 429s;
      // the rate-limit test turns it back on with AUTH_RATE_LIMIT=true.
      ratelimit: { enabled: env.bool('AUTH_RATE_LIMIT', false) },
    },
  },
  // Tests never email anyone: the default sendmail provider would look up the donors' MX hosts and
  // deliver. Here it talks to a local port where nothing listens, so a send fails at once on this
  // machine (receipts record it as failed). Tests that check an email swap in a capturing provider
  // (tests/helpers/outbox.ts).
  email: {
    config: {
      provider: 'sendmail',
      providerOptions: { devHost: '127.0.0.1', devPort: env.int('TEST_SMTP_PORT', 2525) },
      settings: { defaultFrom: 'receipts@campaign.test', defaultReplyTo: 'receipts@campaign.test' },
    },
  },
});
