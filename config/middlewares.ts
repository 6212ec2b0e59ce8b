export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Streams text/csv imports of the call center past the body parser (see the plugin's middlewares/csv-body.ts).
  'plugin::mymitt-callcenter.csv-body',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: '256kb',
      // Keeps the exact request bytes under Symbol.for('unparsedBody'): the Stripe webhook verifies its
      // signature on them (STR-01); a re-serialised JSON body would never match.
      includeUnparsed: true,
      formLimit: '256kb',
      textLimit: '256kb',
      formidable: { maxFileSize: 10 * 1024 * 1024 },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
