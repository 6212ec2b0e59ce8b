import type { ReactNode } from 'react';
import { Page } from '@strapi/strapi/admin';
import type { Loadable } from '../services/finance';

/** Loading and error states of one request, then its value. */
export function LoadState<Value>({ state, children }: { state: Loadable<Value>; children: (value: Value) => ReactNode }) {
  if (state.status === 'loading') return <Page.Loading />;
  if (state.status === 'error') return <Page.Error />;
  return <>{children(state.value)}</>;
}
