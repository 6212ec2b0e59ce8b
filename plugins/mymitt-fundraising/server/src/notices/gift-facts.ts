import type { Core } from '@strapi/strapi';
import { createTickBatcher, createTtlCache, type DbBoolean, type NoticeLocale } from '@mymitt/plugin-kit';
import { getService } from '../utils/get-service';
import { TABLES } from '../services/ledger/tables';

/** What a donor's notice reads of the gift (mymitt_contributions). */
export interface GiftFacts {
  id: number;
  documentId: string;
  email: string | null;
  firstName: string | null;
  userId: number | null;
  /** The language the gift was made in ('en' | 'es'), when the donate request said. */
  locale: string | null;
  electionId: number | null;
  recurring: boolean;
}

interface GiftRow {
  id: number;
  document_id: string;
  email: string | null;
  first_name: string | null;
  user_id: number | null;
  locale: string | null;
  election_id: number | null;
  recurring: DbBoolean;
}

type ElectionNames = Map<number, { name: string; nameEs: string | null }>;

interface Readers {
  gift: (contributionId: number) => Promise<GiftFacts | null>;
  elections: ReturnType<typeof createTtlCache<ElectionNames>>;
}

const readers = new WeakMap<object, Readers>();

function readersOf(strapi: Core.Strapi): Readers {
  let found = readers.get(strapi);
  if (found) return found;
  found = {
    // The receipts of a batch of gifts are loaded in one turn of the event loop: one statement for all.
    gift: createTickBatcher(async (ids: number[]) => {
      const rows: GiftRow[] = await strapi.db
        .connection(TABLES.contributions)
        .whereIn('id', [...new Set(ids)])
        .select('id', 'document_id', 'email', 'first_name', 'user_id', 'locale', 'election_id', 'recurring');
      const byId = new Map(rows.map((row) => [Number(row.id), row]));
      return ids.map((id) => {
        const row = byId.get(id);
        return row
          ? {
              id: Number(row.id),
              documentId: row.document_id,
              email: row.email,
              firstName: row.first_name,
              userId: row.user_id === null ? null : Number(row.user_id),
              locale: row.locale,
              electionId: row.election_id === null ? null : Number(row.election_id),
              recurring: Boolean(row.recurring),
            }
          : null;
      });
    }),
    // Election names change rarely: a minute's staleness in a receipt is fine.
    elections: createTtlCache<ElectionNames>(60_000),
  };
  readers.set(strapi, found);
  return found;
}

/** The gift a notice is about, or null when it is gone. */
export const giftFacts = (strapi: Core.Strapi, contributionId: number) => readersOf(strapi).gift(Number(contributionId));

/** An election's name in a language (its Spanish name when staff gave one), or null for none. */
export async function electionNameIn(strapi: Core.Strapi, electionId: number | null, locale: NoticeLocale): Promise<string | null> {
  if (!electionId) return null;
  const names = await readersOf(strapi).elections.get('names', async () => {
    const elections = await getService('compliance-config').elections();
    return new Map(elections.map((e) => [e.id, { name: e.name, nameEs: e.nameEs ?? null }]));
  });
  const election = names.get(Number(electionId));
  if (!election) return null;
  return (locale === 'es' && election.nameEs) || election.name;
}
