import { refuseControlCharacters, type ControlCharacterOptions } from '@mymitt/plugin-kit';

/**
 * Global: a control character (NUL, other C0 controls, DEL; tab and line breaks allowed in body text)
 * anywhere in a request's path, query or body is a 400 before any route runs, so none reaches a
 * handler or the database (PostgreSQL answers a NUL with an error). Registered after `strapi::body`
 * in config/middlewares.ts; `signedBodyPaths` lists webhooks whose signed body is accepted as sent.
 */
export default (config: ControlCharacterOptions = {}) => refuseControlCharacters(config);
