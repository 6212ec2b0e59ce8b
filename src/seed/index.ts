import type { Core } from '@strapi/strapi';
import { MYMITT_PLUGINS } from '../bootstrap/supporter-permissions';
import { seedDemoAdmin } from './demo-admin';
import { seedDemoCalls } from './demo-calls';
import { seedDemoEvents } from './demo-events';
import { seedDemoFundraising } from './demo-fundraising';
import { seedDemoPages } from './demo-pages';
import { DEMO_SUPPORTER_PASSWORD, seedDemoSupporters } from './demo-supporters';

interface DemoDataService {
  seed(): Promise<Record<string, number>>;
}

/**
 * `npm run seed`: demo content so a newcomer sees a living site. Safe to run again: each part skips
 * what is already there. Each MyMitt plugin adds its own records through a `demo-data` service.
 */
export async function seedDemoData(strapi: Core.Strapi) {
  const admin = await seedDemoAdmin(strapi, process.env);
  const report: Record<string, unknown> = {
    admin: `${admin.email}${admin.created ? ' (created)' : ' (exists)'}`,
    pages: await seedDemoPages(strapi),
    supporters: await seedDemoSupporters(strapi),
    supporterPassword: DEMO_SUPPORTER_PASSWORD,
  };

  for (const name of MYMITT_PLUGINS) {
    const plugin = strapi.plugin(name);
    const demo =
      plugin && Object.keys(plugin.services).includes('demo-data') ? (plugin.service('demo-data') as DemoDataService) : undefined;
    if (demo) report[name] = await demo.seed();
  }
  // The admin pages' demo records, through each plugin's own services.
  report.events = await seedDemoEvents(strapi);
  report.calls = await seedDemoCalls(strapi);
  report.fundraising = await seedDemoFundraising(strapi);
  return report;
}
