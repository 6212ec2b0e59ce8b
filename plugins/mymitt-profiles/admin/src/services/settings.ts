import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import type { ProfilesSettingsBody, ProfilesSettingsResponse } from '../../../shared/contracts/settings';
import { adminUrl, useAdminGet } from './admin-request';

/** The plugin settings (GET /mymitt-profiles/settings); `save` PUTs the complete set and reloads. */
export function useProfilesSettings() {
  const { put } = useFetchClient();
  const settings = useAdminGet<ProfilesSettingsResponse>(adminUrl('/settings'));
  const save = useCallback(
    async (body: ProfilesSettingsBody) => {
      await put<ProfilesSettingsResponse>(adminUrl('/settings'), body);
      settings.reload();
    },
    [put, settings.reload]
  );
  return { ...settings, save };
}
