'use strict';
/** The committed OpenAPI document and how it is produced from a loaded app (scripts/openapi.js, tests). */
const path = require('path');
const { generate } = require('@strapi/openapi');

const OPENAPI_FILE = path.resolve(__dirname, '../../public/openapi.json');

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Keys sorted at every level, so the file changes only when the API does; the generator's defaults that
 * are the moment of generation (`publishedAt`'s "now") are left out.
 */
function stable(value) {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => !(key === 'default' && typeof value[key] === 'string' && ISO_INSTANT.test(value[key])))
        .sort()
        .map((key) => [key, stable(value[key])])
    );
  }
  return value;
}

/** The content API's OpenAPI 3.1 document as the text committed in public/openapi.json. */
function openApiDocument(strapi) {
  strapi.server.mount();
  const { document } = generate(strapi, { type: 'content-api' });
  return `${JSON.stringify(stable(document), null, 2)}\n`;
}

module.exports = { OPENAPI_FILE, openApiDocument };
