import { rowsOf } from '@mymitt/plugin-kit';
import { PAGE_TABLES } from '../pages/page-records';
import type { Knex } from '../ledger/tables';
import type { PageName } from '../../../../shared/contracts/finance';

const DRIVES_TABLE = 'mymitt_fundraising_campaigns';

interface PageNameRow {
  id: number | string;
  document_id: string;
  title: string;
  slug: string;
  status: PageName['status'];
}

interface DriveNameRow {
  id: number | string;
  name: string;
}

const toPageName = (row: PageNameRow): PageName => ({
  documentId: row.document_id,
  title: row.title,
  slug: row.slug,
  status: row.status,
});

const distinct = (ids: Array<number | null>) => [...new Set(ids.filter((id): id is number => id !== null))];

/** Title, slug and status of each fundraising page named (finance lists name records by their titles). */
export async function pageNames(knex: Knex, ids: Array<number | null>): Promise<Map<number, PageName>> {
  const wanted = distinct(ids);
  if (!wanted.length) return new Map();
  const rows = await rowsOf<PageNameRow>(
    knex(PAGE_TABLES.pages).whereIn('id', wanted).select('id', 'document_id', 'title', 'slug', 'status')
  );
  return new Map(rows.map((row) => [Number(row.id), toPageName(row)]));
}

/** Name of each fundraising drive named. */
export async function driveNames(knex: Knex, ids: Array<number | null>): Promise<Map<number, string>> {
  const wanted = distinct(ids);
  if (!wanted.length) return new Map();
  const rows = await rowsOf<DriveNameRow>(knex(DRIVES_TABLE).whereIn('id', wanted).select('id', 'name'));
  return new Map(rows.map((row) => [Number(row.id), row.name]));
}
