export default () => ({
  rateLimit: { enabled: false },
});
