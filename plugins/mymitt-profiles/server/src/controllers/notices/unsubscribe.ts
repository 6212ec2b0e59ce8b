import type { Core } from '@strapi/strapi';
import { errors, validateZodSchema } from '@strapi/utils';
import { emailOfUnsubscribeToken, suppressNotices, type RequestContext } from '@mymitt/plugin-kit';
import { unsubscribeBody, unsubscribeQuery } from '../../validators/notices';

const parseBody = validateZodSchema(unsubscribeBody);
const parseQuery = validateZodSchema(unsubscribeQuery);

/** The link of every non-transactional notice, and its List-Unsubscribe header (kit notices/deliver.ts). */
const unsubscribe = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * POST /notices/unsubscribe — `{ data: { token } }`, or `?token=` with the one-click form body
   * `List-Unsubscribe=One-Click` (RFC 8058). The address the token was made for gets no more
   * non-transactional notices; a second time answers the same.
   */
  async unsubscribe(ctx: RequestContext) {
    const body = parseBody(ctx.request.body ?? {});
    const query = parseQuery(ctx.query ?? {});
    if (body.token && query.token && body.token !== query.token) {
      throw new errors.ValidationError('Give the unsubscribe token once: in the body or in the query, not two different ones.', {
        code: 'invalid_request',
        errors: [{ path: ['token'], message: 'Two different tokens.', name: 'ValidationError' }],
      });
    }
    const token = body.token ?? query.token;
    if (!token) {
      throw new errors.ValidationError('The unsubscribe token is missing: open the link from the email again.', {
        code: 'invalid_request',
        errors: [{ path: ['token'], message: 'Required', name: 'ValidationError' }],
      });
    }
    const email = emailOfUnsubscribeToken(strapi, token);
    if (!email) {
      throw new errors.ValidationError('This unsubscribe link is not valid: open the link from the email again.', {
        code: 'invalid_unsubscribe_token',
      });
    }
    await suppressNotices(strapi, email);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: { unsubscribed: true } };
  },
});

export default unsubscribe;
