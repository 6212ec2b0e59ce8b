import { Transform, type Readable } from 'stream';
import { errors } from '@strapi/utils';

/** The 413 of every CSV import: imports are all-or-nothing, so a refused one wrote nothing. */
export const csvTooLarge = (maxBytes: number) =>
  new errors.PayloadTooLargeError(`The CSV is larger than ${maxBytes} bytes: nothing was imported`);

/** Counts bytes through and fails past `maxBytes` (413), so a huge chunked upload is refused while it streams. */
export function byteLimit(maxBytes: number) {
  let seen = 0;
  return new Transform({
    transform(chunk, _encoding, done) {
      seen += chunk.length;
      if (seen > maxBytes) return done(csvTooLarge(maxBytes));
      done(null, chunk);
    },
  });
}

/**
 * After a refused upload, reads the rest of the request and drops it: a client still sending then gets
 * the answer (413 and its message) rather than a connection reset by a socket closed under its feet.
 */
export function discardRest(body: Readable) {
  body.unpipe();
  body.resume();
}
