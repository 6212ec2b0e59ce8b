import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { open, rm } from 'fs/promises';
import { detectImageKind, IMAGE_HEADER_BYTES, IMAGE_KINDS } from '../../domain/image-file';
import type { ProfilesConfig } from '../../config';
import { PLUGIN_ID } from '../../plugin-id';
import type { UploadedFile } from '../../validators/image-upload';

/** A row of the upload plugin's file table (`plugin::upload.file`), as far as we use it. */
export interface StoredFile {
  id: number;
  url: string;
  width?: number | null;
  height?: number | null;
  formats?: Record<string, { url?: string | null }> | null;
  provider?: string;
}

async function readHeader(filepath: string): Promise<Uint8Array> {
  const handle = await open(filepath, 'r');
  try {
    const header = new Uint8Array(IMAGE_HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, IMAGE_HEADER_BYTES, 0);
    return header.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Images supporters upload (avatars, post covers): checked here, stored through the upload plugin
 * (so the configured provider, thumbnails and the media library apply), removed when replaced.
 */
const supporterImages = ({ strapi }: { strapi: Core.Strapi }) => {
  const upload = () => strapi.plugin('upload').service('upload');
  /** The size cap for one image, from the plugin config (`avatarMaxBytes`, default 2 MB), read per upload. */
  const maxBytes = () => (strapi.config.get(`plugin::${PLUGIN_ID}`) as ProfilesConfig).avatarMaxBytes;

  return {
    /**
     * Stores one uploaded image after checking its size and its real type (by magic bytes: JPEG, PNG,
     * WebP, GIF). A refused file is never stored; the temporary file is deleted either way.
     */
    async store(file: UploadedFile, name: string): Promise<StoredFile> {
      try {
        const limit = maxBytes();
        if (file.size > limit) {
          throw new errors.PayloadTooLargeError(`The image is ${file.size} bytes; the limit is ${limit} bytes.`, {
            code: 'image_too_large',
            sizeBytes: file.size,
            maxBytes: limit,
          });
        }
        const kind = detectImageKind(await readHeader(file.filepath));
        if (!kind) {
          throw new errors.ValidationError('Only JPEG, PNG, WebP or GIF images are accepted.', {
            code: 'unsupported_image',
            errors: [{ path: ['file'], message: 'Not a JPEG, PNG, WebP or GIF image.', name: 'ValidationError' }],
          });
        }
        // The right first bytes are not enough: the whole picture must decode (sharp, through the upload plugin).
        const pixels = strapi.plugin('upload').service('image-manipulation');
        const probe = { filepath: file.filepath };
        if (!(await pixels.isImage(probe)) || (await pixels.isFaultyImage(probe))) {
          throw new errors.ValidationError('The file is not a readable image.', {
            code: 'unreadable_image',
            errors: [{ path: ['file'], message: 'The image could not be decoded.', name: 'ValidationError' }],
          });
        }
        const { mime, ext } = IMAGE_KINDS[kind];
        // The stored name and type come from the bytes, not from what the client claimed.
        const filename = `${name}.${ext}`;
        const [stored] = await upload().upload({
          data: { fileInfo: { name: filename } },
          files: { filepath: file.filepath, size: file.size, originalFilename: filename, mimetype: mime },
        });
        return stored as StoredFile;
      } finally {
        await rm(file.filepath, { force: true });
      }
    },

    /** Deletes the temporary file of an upload that will not be stored. */
    async discard(file: UploadedFile): Promise<void> {
      await rm(file.filepath, { force: true });
    },

    /** Deletes a stored image (its file, its formats and its row); a failure is logged, not thrown. */
    async remove(file: StoredFile | null | undefined): Promise<void> {
      if (!file?.id) return;
      try {
        await upload().remove(file);
      } catch (error: any) {
        strapi.log.error(`[${PLUGIN_ID}] could not remove upload ${file.id}: ${error?.message}`);
      }
    },
  };
};

export type SupporterImages = ReturnType<typeof supporterImages>;
export default supporterImages;
