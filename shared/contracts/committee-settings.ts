/** Committee settings as the admin settings page reads and writes them (content-manager single type API). */
export interface CommitteeSettingsForm {
  committeeName: string;
  disclaimer: string;
  defaultTimeZone: string;
  supportedLocales: string[];
}
