import { z } from '@strapi/utils';

/** Answer schemas for the OpenAPI document (routes' `docs.data`): what the handlers return, field by field. */

export { instant } from '@mymitt/plugin-kit';

/** Path parameters: records by documentId, profiles and groups by the slug a person types. */
export const documentIdParam = { documentId: z.string() };
export const slugParam = { slug: z.string() };

/** An image upload: multipart/form-data with one image file in the named field. */
export const imageUpload = (field: string) =>
  z.object({ [field]: z.string().meta({ format: 'binary', description: 'One JPEG, PNG, WebP or GIF image.' }) }).strict();

/** A stored image as clients get it (never the upload record's internals). */
export const imageView = z.object({
  url: z.string(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  thumbnailUrl: z.string().nullable(),
});
