import type { Enhancer } from '../enhancers';

/** The shop's enhancers, by the name a page lists in RenderedPage.enhance. */
export const shopEnhancers: Record<string, () => Promise<Enhancer>> = {
  'shop-product': () => import('./product'),
  'shop-checkout': () => import('./checkout'),
  'shop-order': () => import('./order'),
};
