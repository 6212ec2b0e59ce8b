import { adminUrlFor } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';

/** `/mymitt-profiles/<path>?<query>`: an admin route of this plugin (never the content API under /api). */
export const adminUrl = adminUrlFor(PLUGIN_ID);
export { apiErrorMessage, apiValidationErrors, useAdminGet, useCsvDownload, type Loadable } from '@mymitt/admin-kit';
