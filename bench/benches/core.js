'use strict';

const PAGE = 'api::page.page';
const PAGE_COUNT = 200;

/**
 * Baseline: Strapi's own REST findOne of a comparable record (document service, permissions,
 * sanitize) — a published Action Center page among PAGE_COUNT, read by documentId.
 */
module.exports = {
  name: 'core',
  description: `GET /api/pages/:documentId (core findOne, ${PAGE_COUNT} pages)`,
  async seed(strapi) {
    const pages = strapi.documents(PAGE);
    let target;
    for (let i = 0; i < PAGE_COUNT; i += 1) {
      const page = await pages.create({
        locale: 'en',
        status: 'published',
        data: {
          title: `Bench page ${i}`,
          slug: `bench-page-${i}`,
          seo: { metaTitle: `Bench page ${i}`, metaDescription: 'A page for the benchmark.' },
          blocks: [{ __component: 'blocks.hero', heading: `Heading ${i}` }],
        },
      });
      if (i === Math.floor(PAGE_COUNT / 2)) target = page.documentId;
    }
    return { documentId: target };
  },
  requests: (seed) => [{ method: 'GET', path: `/api/pages/${seed.documentId}` }],
};
