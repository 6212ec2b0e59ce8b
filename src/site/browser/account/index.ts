import type { Enhancer } from '../enhancers';

/** The account pages' enhancers, by the name a page lists in RenderedPage.enhance. */
export const accountEnhancers: Record<string, () => Promise<Enhancer>> = {};
