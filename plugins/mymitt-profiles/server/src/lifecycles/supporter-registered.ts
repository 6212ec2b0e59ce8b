import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { publishDomainEvent } from '@mymitt/plugin-kit';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The recruiter named by `?ref=<profile slug>` on the registration request, if any. */
async function recruiterUserId(strapi: Core.Strapi): Promise<number | null> {
  const ref = strapi.requestContext.get()?.query?.ref;
  if (typeof ref !== 'string' || !SLUG.test(ref)) return null;
  const recruiter = await getService('profiles').findBySlug(ref);
  return recruiter?.userId ?? null;
}

/**
 * Every new supporter account gets its profile; a recruited sign-up credits its recruiter
 * (`mymitt.supporter.recruited`, emitted after commit).
 */
export async function onSupporterRegistered(
  strapi: Core.Strapi,
  user: { id: number; firstName?: string; lastName?: string; zip?: string }
) {
  const recruiter = await recruiterUserId(strapi);
  const profile = await getService('profiles').createForSupporter(user, recruiter);
  const recruiterId = profile.recruiterUserId;
  if (recruiterId) {
    await publishDomainEvent(strapi, 'mymitt.supporter.recruited', { sourceId: user.id, userId: recruiterId, recruitUserId: user.id });
  }
}
