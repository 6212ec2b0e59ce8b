import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict, type ListQuery, forbidden } from '@mymitt/plugin-kit';
import { countOf, orderList, whereFilters } from '../../utils/list-sql';
import { profilesLink } from '../../utils/profiles';
import { getService } from '../../utils/get-service';
import { TABLES, strapiRowColumns, toDate } from './tables';
import type { BankCallerRow, BankRow } from './rows';
import type { DbDate } from '@mymitt/plugin-kit';

export type CallerStatus = BankCallerRow['status'];
/** What deciding who may call reads of a bank. */
type BankAccessColumns = Pick<BankRow, 'id' | 'who_may_call' | 'group_slug'>;

const iso = (value: DbDate | null) => toDate(value)?.toISOString() ?? null;
const USER_UID = 'plugin::users-permissions.user';
const BANK_UID = 'plugin::mymitt-callcenter.phone-bank';
/** The open-banks list's fields (filters and sort) and their columns. */
const BANK_COLUMNS = { name: 'name', createdAt: 'created_at', whoMayCall: 'who_may_call', groupSlug: 'group_slug' };

/**
 * Who may call a phone bank (`whoMayCall`): `any` signed-in supporter; the active members of the bank's
 * profiles group (`group`; closed to all when profiles is absent); or the supporters a manager approved
 * (`approved`: supporters apply, managers approve or revoke; one row per bank and supporter, kept).
 */
const callerAccess = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const profiles = profilesLink(strapi);
  const now = () => getService('clock').now();

  async function standingOf(bankId: number, userId: number): Promise<BankCallerRow | null> {
    return (await knex()(TABLES.bankCallers).where({ phone_bank_id: bankId, user_id: userId }).first()) ?? null;
  }

  /** Whether the caller may call the bank, and why not. */
  async function accessOf(bank: BankAccessColumns, userId: number) {
    if (bank.who_may_call === 'group') {
      const isMember = bank.group_slug ? await profiles.isGroupMember(userId, bank.group_slug) : false;
      return { mayCall: isMember, application: null as CallerStatus | null };
    }
    if (bank.who_may_call === 'approved') {
      const application = ((await standingOf(bank.id, userId))?.status ?? null) as CallerStatus | null;
      return { mayCall: application === 'approved', application };
    }
    return { mayCall: true, application: null as CallerStatus | null };
  }

  async function bankOr404(bankId: number) {
    const bank = await strapi.db.query(BANK_UID).findOne({ where: { id: bankId }, select: ['id'] });
    if (!bank) throw new errors.NotFoundError('No such phone bank');
  }

  function callerView(row: BankCallerRow) {
    return {
      userId: Number(row.user_id),
      status: row.status,
      requestedAt: iso(row.requested_at),
      decidedAt: iso(row.decided_at),
      decidedByAdminId: row.decided_by_admin_id ?? null,
    };
  }

  return {
    /**
     * 403 unless the caller may take contacts from this bank, with the reason as details.code.
     */
    async assertMayCall(bank: BankAccessColumns, userId: number) {
      const { mayCall, application } = await accessOf(bank, userId);
      if (mayCall) return;
      if (bank.who_may_call === 'group' && !profiles.hasGroups) {
        throw forbidden('This phone bank is open to a supporter group, and groups are not available here: nobody can call it.', {
          code: 'groups_unavailable',
        });
      }
      if (bank.who_may_call === 'group') {
        throw forbidden('This phone bank is open to the members of one group: join the group to call.', {
          code: 'not_group_member',
          groupSlug: bank.group_slug ?? null,
        });
      }
      throw forbidden('This phone bank is open to approved callers: apply, and a manager will approve you.', {
        code: 'not_approved_caller',
        application,
      });
    },

    /**
     * Active phone banks as one supporter sees them, one page of them: no list, no contacts; whether they
     * may call each. Paginated, filtered and sorted in the database; `total` by a count query.
     */
    async openBanks(userId: number, list: ListQuery) {
      const active = whereFilters(knex()(TABLES.banks).where({ status: 'active' }), list.filters, BANK_COLUMNS);
      const [rows, total]: [Array<Pick<BankRow, 'id' | 'document_id' | 'name' | 'instructions' | 'who_may_call' | 'group_slug'>>, number] =
        await Promise.all([
        orderList(active.clone(), list.sort, BANK_COLUMNS, 'id')
          .offset(list.offset)
          .limit(list.limit)
          .select('id', 'document_id', 'name', 'instructions', 'who_may_call', 'group_slug'),
        list.withCount ? countOf(active) : Promise.resolve(0),
      ]);
      const banks = await Promise.all(
        rows.map(async (row) => {
          const { mayCall, application } = await accessOf(row, userId);
          return {
            documentId: row.document_id,
            name: row.name,
            instructions: row.instructions ?? null,
            whoMayCall: row.who_may_call,
            groupSlug: row.who_may_call === 'group' ? (row.group_slug ?? null) : null,
            mayCall,
            application,
          };
        })
      );
      return { banks, total };
    },

    /**
     * A supporter asks to call an `approved` bank. Asking again answers with the standing request or
     * approval (created: false); a revoked caller cannot re-apply (409).
     */
    async apply(
      bankDocumentId: string,
      userId: number
    ): Promise<{ created: boolean; application: ReturnType<typeof callerView>; bank: BankRow }> {
      const bank: BankRow | undefined = await knex()(TABLES.banks).where({ document_id: bankDocumentId }).first();
      if (!bank || bank.status === 'draft') throw new errors.NotFoundError('No such phone bank', { code: 'phone_bank_not_found' });
      if (bank.status !== 'active' && bank.status !== 'paused') {
        throw new errors.NotFoundError('This phone bank is not taking calls now', { code: 'phone_bank_inactive', status: bank.status });
      }
      const bankId = bank.id;
      if (bank.who_may_call !== 'approved') {
        throw conflict('This phone bank takes no applications: it is not limited to approved callers.', {
          code: 'applications_not_accepted',
          whoMayCall: bank.who_may_call,
        });
      }
      const at = now();
      const inserted = await knex()(TABLES.bankCallers)
        .insert({
          ...strapiRowColumns(at),
          phone_bank_id: bankId,
          user_id: userId,
          status: 'requested',
          requested_at: at,
        })
        .onConflict(['phone_bank_id', 'user_id'])
        .ignore()
        .returning('id');
      const row = (await standingOf(bankId, userId))!;
      if (!inserted.length && row.status === 'revoked') {
        throw conflict('Your access to this phone bank was revoked: a manager may approve you again.', {
          code: 'access_revoked',
          application: 'revoked',
        });
      }
      return { created: inserted.length > 0, application: callerView(row), bank };
    },

    /** The bank's callers for managers: each supporter's username and email with their standing, newest first. */
    async callers(bankId: number) {
      await bankOr404(bankId);
      const rows: BankCallerRow[] = await knex()(TABLES.bankCallers).where({ phone_bank_id: bankId }).orderBy('id', 'desc');
      const users: Array<{ id: number; username: string | null; email: string | null }> = await strapi.db.query(USER_UID).findMany({
        where: { id: { $in: rows.map((r) => Number(r.user_id)) } },
        select: ['id', 'username', 'email'],
      });
      const byId = new Map(users.map((u) => [Number(u.id), u]));
      return rows.map((row) => {
        const user = byId.get(Number(row.user_id));
        return { ...callerView(row), username: user?.username ?? null, email: user?.email ?? null };
      });
    },

    /** A manager approves a supporter (who applied, was revoked, or never asked). Approving twice changes nothing. */
    async approve(bankId: number, userId: number, adminId: number) {
      await bankOr404(bankId);
      const user = await strapi.db.query(USER_UID).findOne({ where: { id: userId }, select: ['id'] });
      if (!user) throw new errors.NotFoundError('No such supporter');
      const at = now();
      const decided = { status: 'approved', decided_at: at, decided_by_admin_id: adminId, updated_at: at };
      await knex()(TABLES.bankCallers)
        .insert({
          ...strapiRowColumns(at),
          phone_bank_id: bankId,
          user_id: userId,
          requested_at: null,
          ...decided,
        })
        .onConflict(['phone_bank_id', 'user_id'])
        .ignore();
      await knex()(TABLES.bankCallers).where({ phone_bank_id: bankId, user_id: userId }).whereNot('status', 'approved').update(decided);
      return callerView((await standingOf(bankId, userId))!);
    },

    /** A manager revokes an approval or turns a request down; the row stays, marked revoked. */
    async revoke(bankId: number, userId: number, adminId: number) {
      await bankOr404(bankId);
      const row = await standingOf(bankId, userId);
      if (!row) throw new errors.NotFoundError('That supporter has not applied to this phone bank');
      const at = now();
      await knex()(TABLES.bankCallers)
        .where({ id: row.id })
        .whereNot('status', 'revoked')
        .update({ status: 'revoked', decided_at: at, decided_by_admin_id: adminId, updated_at: at });
      return callerView((await standingOf(bankId, userId))!);
    },
  };
};

export default callerAccess;
