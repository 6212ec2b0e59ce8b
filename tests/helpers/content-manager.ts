import type { TestApp } from './strapi';
import { bearer } from './admins';

const PAGE = 'api::page.page';

/** What the web team does in the admin's content manager, through the same admin API. */
export function contentManager(app: TestApp, adminToken: string) {
  const base = `/content-manager/collection-types/${PAGE}`;
  const auth = bearer(adminToken);

  return {
    createPage(data: Record<string, unknown>, locale = 'en') {
      return app.http().post(`${base}?locale=${locale}`).set(auth).send(data);
    },
    /** Saving a locale that does not exist yet creates that translation (as a draft). */
    savePage(documentId: string, data: Record<string, unknown>, locale = 'en') {
      return app.http().put(`${base}/${documentId}?locale=${locale}`).set(auth).send(data);
    },
    publishPage(documentId: string, locale = 'en') {
      return app.http().post(`${base}/${documentId}/actions/publish?locale=${locale}`).set(auth).send({});
    },
    unpublishPage(documentId: string, locale = 'en') {
      return app.http().post(`${base}/${documentId}/actions/unpublish?locale=${locale}`).set(auth).send({});
    },
  };
}

export const heroBlock = (heading: string) => ({ __component: 'blocks.hero', heading });
export const callToAction = (label: string, action: string) => ({ __component: 'blocks.call-to-action', label, action });
export const richText = (text: string) => ({
  __component: 'blocks.rich-text',
  body: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
});
