import { PLUGIN_ID } from '../plugin-id';

/**
 * The content-api actions this plugin grants to users-permissions roles. The app seeds them at boot
 * (idempotently); an action not listed here stays closed until an admin opens it.
 */
const access = () => ({
  publicActions(): string[] {
    return [`plugin::${PLUGIN_ID}.meta.show`];
  },
  supporterActions(): string[] {
    return [`plugin::${PLUGIN_ID}.meta.show`];
  },
});

export default access;
