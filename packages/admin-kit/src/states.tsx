import type { ReactNode } from 'react';
import { Box, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import type { Loadable } from './request';

/** A red box with one message (the server's refusal, a failed action). */
export const ErrorBox = ({ children }: { children: ReactNode }) => (
  <Box background="danger100" padding={4} hasRadius>
    <Typography textColor="danger700">{children}</Typography>
  </Box>
);

/** Renders a loaded value, or the admin's loading / error states (with the server's message, if any). */
export function QueryState<Value>({ state, children }: { state: Loadable<Value>; children: (value: Value) => ReactNode }) {
  if (state.status === 'loading') return <Page.Loading />;
  if (state.status === 'error') return state.message ? <ErrorBox>{state.message}</ErrorBox> : <Page.Error />;
  return <>{children(state.value)}</>;
}
