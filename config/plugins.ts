import { devSecret } from '../src/config/dev-secrets';
import { PASSWORD_MIN_LENGTH } from '../src/domain/supporter-account';
import { mailConfig } from '../src/config/mail';

export default ({ env }) => ({
  // Receipts and supporters' account mail: SMTP_* and MAIL_* (src/config/mail.ts, .env.example).
  email: { config: mailConfig(env) },
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET', devSecret('supporter-jwt')),
      jwt: { expiresIn: env('SUPPORTER_JWT_EXPIRES_IN', '7d') },
      // preferredLocale: set from the registration's `locale` by src/middlewares/supporter-registration.ts.
      register: { allowedFields: ['firstName', 'lastName', 'zip', 'preferredLocale'] },
      ratelimit: { enabled: env.bool('AUTH_RATE_LIMIT', true), interval: 60000, max: env.int('AUTH_RATE_LIMIT_MAX', 10) },
      // Applies to registration, password reset and password change alike.
      validationRules: {
        validatePassword(password: string) {
          if (typeof password !== 'string' || password.length < PASSWORD_MIN_LENGTH) {
            throw new Error(`Password must be at least ${PASSWORD_MIN_LENGTH} characters.`);
          }
          return true;
        },
      },
    },
  },
  'mymitt-profiles': {
    enabled: true,
    resolve: './plugins/mymitt-profiles',
  },
  'mymitt-fundraising': {
    enabled: true,
    resolve: './plugins/mymitt-fundraising',
  },
  'mymitt-callcenter': {
    enabled: true,
    resolve: './plugins/mymitt-callcenter',
  },
  'mymitt-store': {
    enabled: true,
    resolve: './plugins/mymitt-store',
  },
});
