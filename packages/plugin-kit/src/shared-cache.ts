/**
 * Lets a CDN keep a public answer for `seconds` (and serve it stale while it revalidates), so an
 * election-night spike on feeds and searches reaches Strapi once per edge and TTL. Only for answers
 * that are the same for every viewer (`anyone` routes).
 */
export function allowSharedCache(ctx: { set(name: string, value: string): void }, seconds: number) {
  ctx.set('Cache-Control', `public, max-age=0, s-maxage=${seconds}, stale-while-revalidate=${seconds * 2}`);
}
