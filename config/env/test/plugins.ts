export default () => ({
  'users-permissions': {
    config: {
      // The auth rate limit (per path and IP) would turn a suite's logins from 127.0.0.1 into 429s.
      ratelimit: { enabled: false },
    },
  },
});
