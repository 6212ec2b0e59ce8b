import { PLUGIN_ID } from '../plugin-id';
import type services from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;

/** Typed access to this plugin's services. */
export function getService<Name extends ServiceName>(name: Name): ReturnType<Services[Name]> {
  return strapi.plugin(PLUGIN_ID).service(name) as ReturnType<Services[Name]>;
}
