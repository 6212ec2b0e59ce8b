import { defineCatalog } from './catalog';

export const account = defineCatalog({
  en: {
    accountPlaceholder: '',
  },
  es: {
    accountPlaceholder: '',
  },
});
