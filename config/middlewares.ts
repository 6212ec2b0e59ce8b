export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: '256kb',
      // Keeps the exact request bytes under Symbol.for('unparsedBody'): the Stripe webhook verifies its
      // signature on them (STR-01); a re-serialised JSON body would never match.
      includeUnparsed: true,
      // text/* bodies are left unread: the call center streams its CSV imports from the request itself
      // (up to its own limit) instead of buffering them here. No route takes a plain-text body.
      text: false,
      formLimit: '256kb',
      textLimit: '256kb',
      formidable: { maxFileSize: 10 * 1024 * 1024 },
    },
  },
  // After the body parser: no control character in a path, query or body reaches a route (issue 11).
  // The Stripe webhook's signed body is taken as sent; its handler strips them instead.
  { name: 'global::control-characters', config: { signedBodyPaths: ['/api/mymitt-fundraising/stripe/webhook'] } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
