import type { RequestContext } from '@mymitt/plugin-kit';
import type { Core } from '@strapi/strapi';
import { validateZodSchema } from '@strapi/utils';
import { updateMyProfileBody } from '../validators/profile';
import { singleUploadedFile } from '../validators/image-upload';
import { getService } from '../utils/get-service';

const parseUpdate = validateZodSchema(updateMyProfileBody);

const profile = (_: { strapi: Core.Strapi }) => ({
  /** GET /profiles/me — the signed-in supporter's own profile, private fields included. */
  async me(ctx: RequestContext) {
    ctx.body = { data: await getService('profiles').findMine(ctx.state.user.id) };
  },

  /** PUT /profiles/me — allow-listed fields only (SEC-02); city, state and position follow the ZIP. */
  async updateMe(ctx: RequestContext) {
    const changes = parseUpdate(ctx.request.body ?? {});
    ctx.body = { data: await getService('profiles').updateMine(ctx.state.user.id, changes) };
  },

  /** POST /profiles/me/avatar — multipart, one image in the field `avatar`; replaces the previous one. */
  async uploadAvatar(ctx: RequestContext) {
    const file = await singleUploadedFile(ctx.request, 'avatar');
    ctx.body = { data: await getService('profiles').setAvatar(ctx.state.user.id, file) };
  },

  /** DELETE /profiles/me/avatar — removes the avatar and its stored file. */
  async removeAvatar(ctx: RequestContext) {
    ctx.body = { data: await getService('profiles').removeAvatar(ctx.state.user.id) };
  },

  /** GET /profiles/me/standing — level over the recent window with its breakdown, and badges. */
  async myStanding(ctx: RequestContext) {
    ctx.body = { data: await getService('activity').standingOf(ctx.state.user.id) };
  },

  /** GET /profiles/:slug — what the profile's visibility lets this viewer see, with its public record. */
  async findOne(ctx: RequestContext) {
    const viewer = ctx.state.user ? { userId: ctx.state.user.id } : null;
    const { profile: visible, userId } = await getService('profiles').findVisible(ctx.params.slug, viewer);
    const { level, maxLevel, breakdown, badges } = await getService('activity').standingOf(userId);
    ctx.body = { data: { ...visible, level, maxLevel, breakdown, badges } };
  },
});

export default profile;
