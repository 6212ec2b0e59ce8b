import { defineCatalog } from './catalog';

export const giving = defineCatalog({
  en: {
    givingPlaceholder: '',
  },
  es: {
    givingPlaceholder: '',
  },
});
