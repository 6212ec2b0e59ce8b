import { errors } from '@strapi/utils';
import { rm } from 'fs/promises';

/** A file as the body middleware (koa-body + formidable) leaves it in `ctx.request.files`. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

function asList(value: unknown): UploadedFile[] {
  if (!value) return [];
  return (Array.isArray(value) ? value : [value]) as UploadedFile[];
}

/**
 * The one file a multipart request sent in `field`, and nothing else. Strapi's body middleware only
 * deletes the temporary files of a field named `files`, so every file refused here is deleted now.
 */
export async function singleUploadedFile(
  request: { files?: Record<string, unknown>; body?: unknown },
  field: string
): Promise<UploadedFile> {
  const all = Object.entries(request.files ?? {});
  const wanted = asList(request.files?.[field]);
  const otherFields = all.filter(([name]) => name !== field).map(([name]) => name);
  const textFields = request.body && typeof request.body === 'object' ? Object.keys(request.body) : [];

  if (wanted.length === 1 && otherFields.length === 0 && textFields.length === 0) return wanted[0];

  await Promise.all(all.flatMap(([, files]) => asList(files)).map((file) => rm(file.filepath, { force: true })));
  throw new errors.ValidationError(`Send exactly one image as multipart/form-data in the field "${field}", and nothing else.`, {
    code: 'one_image_expected',
    errors: [{ path: [field], message: 'Expected exactly one file.', name: 'ValidationError' }],
  });
}
