import type { SiteLocale } from '../server/locale';
import { account } from './account';
import { common } from './common';
import { giving } from './giving';
import { notices } from './notices';
import { shop } from './shop';

/** Every catalog of the site, merged per locale. Add an area's catalog here. */
const catalogs = [common, account, giving, shop, notices] as const;

type Merge<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? (H extends Record<SiteLocale, infer M> ? M : never) & Merge<R>
  : unknown;
export type Messages = Merge<typeof catalogs>;
export type MessageKey = keyof Messages & string;

const merged = {} as Record<SiteLocale, Messages>;
for (const locale of ['en', 'es'] as const) {
  merged[locale] = Object.assign({}, ...catalogs.map((catalog) => catalog[locale])) as Messages;
}

export function messagesFor(locale: SiteLocale): Messages {
  return merged[locale];
}

export { format } from './catalog';
