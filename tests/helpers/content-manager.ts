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
    /** Creates and publishes a page in English and, when given, its Spanish translation; its documentId. */
    async publishedPage(slug: string, en: Record<string, unknown>, es?: Record<string, unknown>): Promise<string> {
      const created = await this.createPage({ slug, ...en });
      expect(created.status).toBe(201);
      const { documentId } = created.body.data;
      expect((await this.publishPage(documentId)).status).toBe(200);
      if (es) {
        expect((await this.savePage(documentId, { slug, ...es }, 'es')).status).toBe(200);
        expect((await this.publishPage(documentId, 'es')).status).toBe(200);
      }
      return documentId as string;
    },
  };
}

export const heroBlock = (heading: string) => ({ __component: 'blocks.hero', heading });
export const callToAction = (label: string, action: string) => ({ __component: 'blocks.call-to-action', label, action });
export const richText = (text: string) => ({
  __component: 'blocks.rich-text',
  body: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
});
