export default ({ env }) => ({
  register: { enabled: env.bool('REGISTER_RATE_LIMIT', false) },
});
