export default {
  rest: {
    defaultLimit: 25,
    maxLimit: 100,
    withCount: true,
    // Unknown query or body parameters on core routes are a 400 rather than silently ignored (SEC-05).
    strictParams: true,
  },
};
