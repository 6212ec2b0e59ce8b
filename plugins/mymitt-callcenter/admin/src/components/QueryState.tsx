// Copied from mymitt-profiles/admin/src/components/QueryState.tsx (plugins do not import each other's files).
import { Box, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import type { Loadable } from '../services/admin-request';

/** Renders a loaded value, or the admin's loading / error states (with the server's message, if any). */
export function QueryState<Value>({ state, children }: { state: Loadable<Value>; children: (value: Value) => React.ReactNode }) {
  if (state.status === 'loading') return <Page.Loading />;
  if (state.status === 'error')
    return state.message ? (
      <Box background="danger100" padding={4} hasRadius>
        <Typography textColor="danger700">{state.message}</Typography>
      </Box>
    ) : (
      <Page.Error />
    );
  return <>{children(state.value)}</>;
}
