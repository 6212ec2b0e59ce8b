/**
 * Which images supporters may upload (avatars, post covers), told by the file's first bytes and never
 * by the name or the declared type: a renamed SVG or HTML file must not pass as a picture.
 */
export const IMAGE_KINDS = {
  jpeg: { mime: 'image/jpeg', ext: 'jpg' },
  png: { mime: 'image/png', ext: 'png' },
  webp: { mime: 'image/webp', ext: 'webp' },
  gif: { mime: 'image/gif', ext: 'gif' },
} as const;

export type ImageKind = keyof typeof IMAGE_KINDS;

/** Bytes needed by detectImageKind. */
export const IMAGE_HEADER_BYTES = 12;

const startsWith = (header: Uint8Array, bytes: number[], offset = 0) => bytes.every((b, i) => header[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The image kind whose signature opens `header`, or null for anything else (SVG, PDF, HTML, …). */
export function detectImageKind(header: Uint8Array): ImageKind | null {
  if (startsWith(header, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(header, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(header, ascii('GIF87a')) || startsWith(header, ascii('GIF89a'))) return 'gif';
  if (startsWith(header, ascii('RIFF')) && startsWith(header, ascii('WEBP'), 8)) return 'webp';
  return null;
}

/** What clients get of a stored image: never the upload record's internals (hash, provider, folder…). */
export interface ImageView {
  url: string;
  width: number | null;
  height: number | null;
  thumbnailUrl: string | null;
}

interface StoredImage {
  url?: string | null;
  width?: number | null;
  height?: number | null;
  formats?: { thumbnail?: { url?: string | null } | null } | null;
}

export function toImageView(file: StoredImage | null | undefined): ImageView | null {
  if (!file?.url) return null;
  return {
    url: file.url,
    width: file.width ?? null,
    height: file.height ?? null,
    thumbnailUrl: file.formats?.thumbnail?.url ?? null,
  };
}
