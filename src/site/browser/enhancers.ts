import { accountEnhancers } from './account';
import { givingEnhancers } from './giving';
import { noticesEnhancers } from './notices';
import { shopEnhancers } from './shop';

/**
 * Page enhancers, each its own chunk, loaded only by the pages that name them (RenderedPage.enhance
 * on the server, or a `data-enhance` attribute). Add an area's enhancer here.
 */
export interface Enhancer {
  enhance(): void | Promise<void>;
}

export const enhancers: Record<string, () => Promise<Enhancer>> = { ...accountEnhancers, ...givingEnhancers, ...shopEnhancers, ...noticesEnhancers };
