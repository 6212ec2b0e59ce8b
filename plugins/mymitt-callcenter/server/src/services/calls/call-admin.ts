import type { Readable } from 'stream';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PLUGIN_ID } from '../../plugin-id';
import type { CallcenterConfig } from '../../config';
import { getService } from '../../utils/get-service';
import { importContacts } from './contact-import';
import { TABLES, parseJson, strapiRowColumns, toDate } from './tables';
import type { BankRow, CountRow, ListRow } from './rows';
import type { CreateBankBody, CreateListBody, PhoneBankInput } from '../../validators/calls';
import type { Disposition } from '../../domain/dispositions';
import type { DbDate, DbJson } from '@mymitt/plugin-kit';

export type { PhoneBankInput };

const BANK_COLUMNS: Record<keyof PhoneBankInput, string> = {
  name: 'name',
  listId: 'list_id',
  scriptEn: 'script_en',
  scriptEs: 'script_es',
  questions: 'questions',
  instructions: 'instructions',
  status: 'status',
  whoMayCall: 'who_may_call',
  groupSlug: 'group_slug',
  goalCompleted: 'goal_completed',
  recontactRules: 'recontact_rules',
  targetStates: 'target_states',
};
const JSON_FIELDS = new Set(['questions', 'recontactRules', 'targetStates']);
const LIST_UID = `plugin::${PLUGIN_ID}.call-list` as const;
const BANK_UID = `plugin::${PLUGIN_ID}.phone-bank` as const;

/** A phone bank as staff see it. */
export function presentBank(row: BankRow) {
  return {
    id: row.id,
    name: row.name,
    listId: row.list_id,
    scriptEn: row.script_en ?? null,
    scriptEs: row.script_es ?? null,
    questions: parseJson(row.questions, []),
    instructions: row.instructions ?? null,
    status: row.status,
    whoMayCall: row.who_may_call,
    groupSlug: row.group_slug ?? null,
    goalCompleted: row.goal_completed ?? null,
    recontactRules: parseJson(row.recontact_rules, {}),
    targetStates: parseJson(row.target_states, []),
  };
}

/** Staff's side: lists, CSV imports, phone banks and the results export. */
const callAdmin = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const now = () => getService('clock').now();

  /** A `group` bank names its group: without one nobody could ever call it. */
  function assertGroupNamed(row: Partial<Pick<BankRow, 'who_may_call' | 'group_slug'>>) {
    if (row.who_may_call === 'group' && !row.group_slug) {
      throw new errors.ValidationError('A phone bank open to a group needs the group: send groupSlug.', {
        errors: [{ path: ['groupSlug'], message: 'Required when whoMayCall is "group".', name: 'ValidationError' }],
      });
    }
  }

  async function listExists(listId: number) {
    const list = await strapi.db.query(LIST_UID).findOne({ where: { id: listId }, select: ['id'] });
    if (!list) throw new errors.NotFoundError('No such call list');
  }

  return {
    async createList(input: CreateListBody) {
      const at = now();
      const [row]: ListRow[] = await knex()(TABLES.lists)
        .insert({ ...strapiRowColumns(at), name: input.name, description: input.description ?? null })
        .returning(['id', 'name', 'description']);
      return { id: row.id, name: row.name, description: row.description ?? null };
    },

    async lists() {
      const lists: ListRow[] = await strapi.db.query(LIST_UID).findMany({ orderBy: { id: 'desc' }, select: ['id', 'name', 'description'] });
      const counts: Array<CountRow<{ list_id: number; status: string }>> = await knex()(TABLES.contacts)
        .groupBy('list_id', 'status')
        .select('list_id', 'status')
        .count({ count: '*' });
      return lists.map((list) => {
        const byStatus: Record<string, number> = { active: 0, done: 0, dnc: 0 };
        // Rows of an import under way (`importing`) are not counted until it publishes them.
        for (const c of counts) if (c.list_id === list.id && c.status in byStatus) byStatus[c.status] = Number(c.count);
        return { id: list.id, name: list.name, description: list.description ?? null, contacts: byStatus };
      });
    },

    async importContacts(listId: number, body: Readable) {
      await listExists(listId);
      const report = await importContacts(
        strapi,
        listId,
        body,
        (strapi.config.get(`plugin::${PLUGIN_ID}`) as CallcenterConfig).importMaxBytes
      );
      getService('caller').forgetList(listId);
      return report;
    },

    async createBank(input: CreateBankBody) {
      await listExists(input.listId);
      const at = now();
      const values = { ...strapiRowColumns(at), status: 'draft' as const, who_may_call: 'any' as const, ...columns(input) };
      assertGroupNamed(values);
      const [row]: BankRow[] = await knex()(TABLES.banks).insert(values).returning('*');
      return presentBank(row);
    },

    async updateBank(id: number, input: PhoneBankInput) {
      if (input.listId !== undefined) await listExists(input.listId);
      const before: BankRow | undefined = await knex()(TABLES.banks).where({ id }).first();
      if (!before) throw new errors.NotFoundError('No such phone bank');
      assertGroupNamed({ ...before, ...columns(input) });
      const changed = await knex()(TABLES.banks)
        .where({ id })
        .update({ ...columns(input), updated_at: now() });
      if (!changed) throw new errors.NotFoundError('No such phone bank');
      getService('caller').forgetBanks();
      const after: BankRow = await knex()(TABLES.banks).where({ id }).first();
      return presentBank(after);
    },

    async banks() {
      const rows: BankRow[] = await knex()(TABLES.banks).orderBy('id', 'desc').select('*');
      return rows.map(presentBank);
    },

    /** Results of a phone bank for the CSV export, in id order, a page at a time. */
    async *resultRows(bankId: number) {
      const bank = await strapi.db.query(BANK_UID).findOne({ where: { id: bankId }, select: ['id'] });
      if (!bank) throw new errors.NotFoundError('No such phone bank');
      let lastId = 0;
      for (;;) {
        const rows: ResultExportRow[] = await knex()(`${TABLES.results} as r`)
          .leftJoin(`${TABLES.contacts} as c`, 'c.id', 'r.contact_id')
          .where('r.phone_bank_id', bankId)
          .where('r.id', '>', lastId)
          .orderBy('r.id')
          .limit(1000)
          .select(
            'r.id',
            'r.created_at',
            'r.caller_user_id',
            'r.disposition',
            'r.answers',
            'r.notes',
            'r.call_back_at',
            'c.name',
            'c.phone',
            'c.external_id'
          );
        if (!rows.length) return;
        for (const row of rows) {
          yield {
            result_id: row.id,
            called_at: toDate(row.created_at)?.toISOString() ?? '',
            caller_user_id: row.caller_user_id,
            external_id: row.external_id ?? '',
            name: row.name ?? '',
            phone: row.phone ?? '',
            disposition: row.disposition,
            answers: JSON.stringify(parseJson(row.answers, {})),
            notes: row.notes ?? '',
            call_back_at: toDate(row.call_back_at)?.toISOString() ?? '',
          };
        }
        lastId = rows[rows.length - 1].id;
      }
    },
  };
};

/** A result joined with its contact, as the export reads it (mymitt_call_results, mymitt_call_contacts). */
interface ResultExportRow {
  id: number;
  created_at: DbDate;
  caller_user_id: number;
  disposition: Disposition;
  answers: DbJson;
  notes: string | null;
  call_back_at: DbDate | null;
  name: string | null;
  phone: string | null;
  external_id: string | null;
}

function columns(input: PhoneBankInput) {
  const row: Record<string, unknown> = {};
  for (const [field, column] of Object.entries(BANK_COLUMNS)) {
    const value = input[field as keyof PhoneBankInput];
    if (value === undefined) continue;
    row[column] = JSON_FIELDS.has(field) ? JSON.stringify(value) : value;
  }
  return row;
}

export default callAdmin;
