// Strapi's Vite build bundles the admin TypeScript source directly.
export { default } from './admin/src/index';
