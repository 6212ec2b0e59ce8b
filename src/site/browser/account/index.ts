import type { Enhancer } from '../enhancers';

/** The account pages' enhancers, by the name a page lists in RenderedPage.enhance. */
export const accountEnhancers: Record<string, () => Promise<Enhancer>> = {
  signup: () => import('./signup'),
  login: () => import('./login'),
  'forgot-password': () => import('./forgot-password'),
  'reset-password': () => import('./reset-password'),
  dashboard: () => import('./dashboard'),
  'fundraise-start': () => import('./fundraise-start'),
  'fundraise-edit': () => import('./fundraise-edit'),
};
