import { allowedCorsOrigins } from '../src/domain/cors-origins';

export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  // Inside strapi::errors: a client's 4xx that is no Strapi error class is answered as one, below error level.
  'global::client-errors',
  'strapi::security',
  {
    name: 'strapi::cors',
    config: {
      // An allow-list, never "*": the answer carries Access-Control-Allow-Credentials (see .env.example).
      origin: allowedCorsOrigins({
        corsOrigins: env('CORS_ORIGINS', ''),
        publicUrl: env('PUBLIC_URL', ''),
        siteUrl: env('SITE_URL', ''),
        port: env.int('PORT', 1337),
        production: env('NODE_ENV') === 'production',
      }),
    },
  },
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
  // Strapi's default is ./favicon.png at the app root; a missing file made every /favicon.ico a 500.
  { name: 'strapi::favicon', config: { path: 'public/favicon.ico' } },
  // The supporter site (src/site): its pages at / and /es/, its built assets under /site/.
  { name: 'global::site', config: { siteUrl: env('SITE_URL', ''), adminUrl: env('PUBLIC_URL', '') } },
  'strapi::public',
];
