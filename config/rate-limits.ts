/** Per-IP limits enforced by src/middlewares/ip-rate-limit.ts (SEC-04), on top of users-permissions' own. */
export default ({ env }) => ({
  register: {
    enabled: env.bool('REGISTER_RATE_LIMIT', true),
    // Generous: a rally's sign-up kiosk shares one address; a bot creating accounts in bulk does not get far.
    max: env.int('REGISTER_RATE_LIMIT_MAX', 30),
    windowSeconds: env.int('REGISTER_RATE_LIMIT_WINDOW_SECONDS', 60),
  },
});
