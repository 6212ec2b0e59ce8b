import type { SiteRoute } from '../../types';
import { forgotPasswordPage, loginPage, resetPasswordPage, signupPage } from './auth-pages';
import { dashboardPage } from './dashboard-page';
import { editFundraisingPage, startFundraisingPage } from './fundraise-pages';

/**
 * The account pages (see src/site/server/routes.ts). They are listed before the giving routes, so
 * `/fundraise/start` and `/fundraise/edit` win over the public `/fundraise/:slug`.
 */
export const accountRoutes: SiteRoute[] = [
  { path: '/signup', handler: signupPage, query: ['ref', 'next'] },
  { path: '/login', handler: loginPage, query: ['next'] },
  { path: '/forgot-password', handler: forgotPasswordPage },
  { path: '/reset-password', handler: resetPasswordPage },
  { path: '/account', handler: dashboardPage },
  { path: '/fundraise/start', handler: startFundraisingPage },
  { path: '/fundraise/edit', handler: editFundraisingPage },
];
