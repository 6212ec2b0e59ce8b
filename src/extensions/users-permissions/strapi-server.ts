import { SUPPORTED_LOCALES } from '../../domain/locales';
import { forgotPassword } from './forgot-password';
import { queuedConfirmationEmail, welcomingEmailConfirmation } from './email-confirmation';

/**
 * Supporter accounts: the users-permissions user gets name, ZIP and language fields, and registration
 * runs through a per-IP limit and our allow-list validation first (src/middlewares/). Account mail
 * (password reset, email confirmation, the welcome) is queued as notices in the outbox (src/notices/)
 * instead of users-permissions' own templates being mailed during the request.
 */
const SUPPORTER_REGISTRATION = 'global::supporter-registration';
const REGISTRATION_IP_LIMIT = { name: 'global::ip-rate-limit', config: { limit: 'register' } };

export default (plugin: any) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    firstName: { type: 'string', maxLength: 80 },
    lastName: { type: 'string', maxLength: 80 },
    zip: { type: 'string', maxLength: 10 },
    /** The language of the supporter's notices (null: the committee's default); registration's `locale`. */
    preferredLocale: { type: 'enumeration', enum: [...SUPPORTED_LOCALES] },
  });

  const buildAuth = plugin.controllers.auth;
  plugin.controllers.auth = (...args: unknown[]) => {
    const auth = buildAuth(...args);
    return { ...auth, forgotPassword, emailConfirmation: welcomingEmailConfirmation(auth.emailConfirmation) };
  };

  const buildUserService = plugin.services.user;
  plugin.services.user = (...args: unknown[]) => {
    const service = buildUserService(...args);
    return Object.assign(service, { sendConfirmationEmail: queuedConfirmationEmail(service) });
  };

  const buildRoutes = plugin.routes['content-api'];
  plugin.routes['content-api'] = (...args: unknown[]) => {
    const router = typeof buildRoutes === 'function' ? buildRoutes(...args) : buildRoutes;
    const register = router.routes.find((r: any) => r.method === 'POST' && r.path === '/auth/local/register');
    if (!register) throw new Error('users-permissions register route not found: cannot attach supporter validation');
    const middlewares: unknown[] = register.config?.middlewares ?? [];
    if (!middlewares.includes(SUPPORTER_REGISTRATION)) {
      register.config = { ...register.config, middlewares: [...middlewares, REGISTRATION_IP_LIMIT, SUPPORTER_REGISTRATION] };
    }
    return router;
  };

  return plugin;
};
