import { adminUrlFor } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';

/** `/mymitt-callcenter/<path>?<query>`: an admin route of this plugin (never the content API under /api). */
export const adminUrl = adminUrlFor(PLUGIN_ID);
/** The route a CSV upload GETs first, so the fetch client can renew an expired admin token. */
export const RENEW_URL = adminUrl('/overview');
export {
  apiErrorMessage,
  apiValidationErrors,
  useAdminGet,
  useCsvDownload,
  useCsvUpload,
  type Loadable,
  type UploadProgress,
} from '@mymitt/admin-kit';
