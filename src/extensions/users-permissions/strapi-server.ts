import { forgivingForgotPassword } from './forgot-password';

/**
 * Supporter accounts: the users-permissions user gets name and ZIP fields, and registration runs
 * through a per-IP limit and our allow-list validation first (src/middlewares/).
 */
const SUPPORTER_REGISTRATION = 'global::supporter-registration';
const REGISTRATION_IP_LIMIT = { name: 'global::ip-rate-limit', config: { limit: 'register' } };

export default (plugin: any) => {
  Object.assign(plugin.contentTypes.user.schema.attributes, {
    firstName: { type: 'string', maxLength: 80 },
    lastName: { type: 'string', maxLength: 80 },
    zip: { type: 'string', maxLength: 10 },
  });

  const buildAuth = plugin.controllers.auth;
  plugin.controllers.auth = (...args: unknown[]) => {
    const auth = buildAuth(...args);
    return { ...auth, forgotPassword: forgivingForgotPassword(auth.forgotPassword) };
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
