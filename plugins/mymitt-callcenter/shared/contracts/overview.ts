/** GET /<plugin>/overview (admin) and GET /api/<plugin>/meta (content API). */
export interface PluginOverview {
  plugin: string;
  displayName: string;
  description: string;
  settings: Record<string, unknown>;
}
