import type { Enhancer } from '../enhancers';

/** The notices' pages' enhancers, by the name a page lists in RenderedPage.enhance. */
export const noticesEnhancers: Record<string, () => Promise<Enhancer>> = {
  'notices-unsubscribe': () => import('./unsubscribe'),
};
