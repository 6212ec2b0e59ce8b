import { errors } from '@strapi/utils';
import { describeFinding, findControlCharacterInBody, findControlCharacterInPath, findControlCharacterInQuery } from './control-characters';

export interface ControlCharacterOptions {
  /**
   * Paths (exact, as routed) whose body is checked by a signature over its raw bytes, such as a
   * payment provider's webhook. A refusal there would only make the sender deliver the same signed
   * bytes again, for days; such handlers accept the body and strip control characters themselves
   * (withoutControlCharacters). Their path and query are still checked.
   */
  signedBodyPaths?: string[];
}

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);

/**
 * Refuses a request with a control character in its path, query string or parsed body (control-characters.ts)
 * with a 400 ValidationError naming where, before any route, policy or handler runs. Register it after
 * the body parser; multipart files are not looked at, only their text fields.
 */
export function refuseControlCharacters({ signedBodyPaths = [] }: ControlCharacterOptions = {}) {
  const signed = new Set(signedBodyPaths.map(withoutTrailingSlash));

  return async (ctx: any, next: () => Promise<unknown>) => {
    const finding =
      findControlCharacterInPath(ctx.path) ??
      findControlCharacterInQuery(ctx.query) ??
      (signed.has(withoutTrailingSlash(ctx.path)) ? null : findControlCharacterInBody(ctx.request.body));
    if (!finding) return next();

    const message = describeFinding(finding);
    throw new errors.ValidationError(message, {
      code: 'control_character',
      location: finding.part,
      ...(finding.part === 'path' ? {} : { field: finding.name }),
      character: finding.character,
      errors: [{ path: finding.path, message, name: 'ValidationError' }],
    });
  };
}
