import type { Enhancer } from '../enhancers';

/** The giving pages' enhancers, by the name a page lists in RenderedPage.enhance. */
export const givingEnhancers: Record<string, () => Promise<Enhancer>> = {
  donate: () => import('./donate'),
  'donate-thanks': () => import('./thanks'),
  'donate-cancel': () => import('./cancel'),
  'sandbox-checkout': () => import('./sandbox-checkout'),
};
