import type { Core } from '@strapi/strapi';

const PAGE = 'api::page.page';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const cta = (label: string, action: string) => ({ __component: 'blocks.call-to-action', label, action, emphasis: 'secondary' });

const HOME = {
  slug: 'home',
  en: {
    title: 'Action Center',
    seo: { metaTitle: 'Action Center', metaDescription: 'Donate, make calls from home, host a house party and bring your friends.' },
    blocks: [
      {
        __component: 'blocks.hero',
        heading: 'This campaign runs on people like you',
        subheading: 'Pick one thing to do today. Every call, every dollar and every house party counts.',
        button: { label: 'Chip in $25', action: 'donate', emphasis: 'primary' },
      },
      {
        __component: 'blocks.rich-text',
        body: [paragraph('Make calls from home, host an event, start your own fundraising page or grab some official gear.')],
      },
      cta('Make calls from home', 'make-calls'),
      cta('Host a house party', 'host-event'),
      cta('Start a fundraiser', 'start-fundraiser'),
      cta('Shop official gear', 'shop'),
    ],
  },
  es: {
    title: 'Centro de Acción',
    seo: { metaTitle: 'Centro de Acción', metaDescription: 'Dona, llama desde casa, organiza una reunión y trae a tus amigos.' },
    blocks: [
      {
        __component: 'blocks.hero',
        heading: 'Esta campaña funciona gracias a personas como tú',
        subheading: 'Elige una cosa para hacer hoy. Cada llamada, cada dólar y cada reunión cuentan.',
        button: { label: 'Dona $25', action: 'donate', emphasis: 'primary' },
      },
      {
        __component: 'blocks.rich-text',
        body: [paragraph('Llama desde casa, organiza un evento, crea tu propia página de recaudación o compra artículos oficiales.')],
      },
      cta('Llama desde casa', 'make-calls'),
      cta('Organiza una reunión', 'host-event'),
      cta('Crea una recaudación', 'start-fundraiser'),
      cta('Compra artículos oficiales', 'shop'),
    ],
  },
};

/** The Action Center home page in English and Spanish, published. Skipped if a "home" page exists. */
export async function seedDemoPages(strapi: Core.Strapi) {
  const pages = strapi.documents(PAGE);
  if (await pages.findFirst({ filters: { slug: HOME.slug }, locale: 'en' })) return 0;

  const created = await pages.create({ locale: 'en', data: { slug: HOME.slug, ...HOME.en } as any });
  await pages.update({ documentId: created.documentId, locale: 'es', data: { slug: HOME.slug, ...HOME.es } as any });
  await pages.publish({ documentId: created.documentId, locale: 'en' });
  await pages.publish({ documentId: created.documentId, locale: 'es' });
  return 1;
}
