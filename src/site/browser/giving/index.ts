import type { Enhancer } from '../enhancers';

/** The giving pages' enhancers, by the name a page lists in RenderedPage.enhance. */
export const givingEnhancers: Record<string, () => Promise<Enhancer>> = {};
