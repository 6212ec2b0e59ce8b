import type { Core } from '@strapi/strapi';

/** Koa's context as Strapi hands it to a controller (koa-body's `request.body` included). */
type KoaContext = Parameters<Core.ControllerHandler>[0];

/**
 * What a plugin's controllers and middlewares receive: Koa's context (Strapi's response helpers such
 * as `ctx.created` come with its types) and the route's `params`, which the router adds.
 */
export type RequestContext = KoaContext & { params: Record<string, string> };
