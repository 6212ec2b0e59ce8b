export default ({ env }) => ({
  'users-permissions': {
    config: {
      // The auth rate limit (per path and IP) would turn a suite's logins from 127.0.0.1 into 429s;
      // the rate-limit test turns it back on with AUTH_RATE_LIMIT=true.
      ratelimit: { enabled: env.bool('AUTH_RATE_LIMIT', false) },
    },
  },
});
