import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { conflict } from '@mymitt/plugin-kit';
import { profilesLink } from '../../utils/profiles';
import { getService } from '../../utils/get-service';
import { TABLES, strapiRowColumns, toDate } from './tables';

export type CallerStatus = 'requested' | 'approved' | 'revoked';

const iso = (value: unknown) => toDate(value)?.toISOString() ?? null;
const USER_UID = 'plugin::users-permissions.user';

/**
 * Who may call a phone bank (`whoMayCall`): `any` signed-in supporter; the active members of the bank's
 * profiles group (`group`; closed to all when profiles is absent); or the supporters a manager approved
 * (`approved`: supporters apply, managers approve or revoke; one row per bank and supporter, kept).
 */
const callerAccess = ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const profiles = profilesLink(strapi);
  const now = () => getService('clock').now();

  async function standingOf(bankId: number, userId: number): Promise<any | null> {
    return (await knex()(TABLES.bankCallers).where({ phone_bank_id: bankId, user_id: userId }).first()) ?? null;
  }

  /** Whether the caller may call the bank, and why not. */
  async function accessOf(bank: any, userId: number) {
    if (bank.who_may_call === 'group') {
      const isMember = Boolean(bank.group_slug) && (await profiles.isGroupMember(userId, bank.group_slug));
      return { mayCall: isMember, application: null as CallerStatus | null };
    }
    if (bank.who_may_call === 'approved') {
      const application = ((await standingOf(bank.id, userId))?.status ?? null) as CallerStatus | null;
      return { mayCall: application === 'approved', application };
    }
    return { mayCall: true, application: null as CallerStatus | null };
  }

  async function bankOr404(bankId: number) {
    const bank = await knex()(TABLES.banks).where({ id: bankId }).first();
    if (!bank) throw new errors.NotFoundError('No such phone bank');
    return bank;
  }

  function callerView(row: any) {
    return {
      userId: Number(row.user_id),
      status: row.status as CallerStatus,
      requestedAt: iso(row.requested_at),
      decidedAt: iso(row.decided_at),
      decidedByAdminId: row.decided_by_admin_id ?? null,
    };
  }

  return {
    /**
     * 403 unless the caller may take contacts from this bank. PolicyError, not ForbiddenError: Strapi's
     * content-API authorize step turns a ForbiddenError thrown below it into a bare "Forbidden".
     */
    async assertMayCall(bank: any, userId: number) {
      const { mayCall, application } = await accessOf(bank, userId);
      if (mayCall) return;
      if (bank.who_may_call === 'group' && !profiles.hasGroups) {
        throw new errors.PolicyError(
          'This phone bank is open to a supporter group, and groups are not available here: nobody can call it.'
        );
      }
      if (bank.who_may_call === 'group') {
        throw new errors.PolicyError('This phone bank is open to the members of one group: join the group to call.', {
          groupSlug: bank.group_slug ?? null,
        });
      }
      throw new errors.PolicyError('This phone bank is open to approved callers: apply, and a manager will approve you.', {
        application,
      });
    },

    /** Active phone banks as one supporter sees them: no list, no contacts; whether they may call each. */
    async openBanks(userId: number) {
      const rows = await knex()(TABLES.banks)
        .where({ status: 'active' })
        .orderBy('id', 'desc')
        .select('id', 'name', 'instructions', 'who_may_call', 'group_slug');
      return Promise.all(
        rows.map(async (row: any) => {
          const { mayCall, application } = await accessOf(row, userId);
          return {
            id: row.id,
            name: row.name,
            instructions: row.instructions ?? null,
            whoMayCall: row.who_may_call,
            groupSlug: row.who_may_call === 'group' ? (row.group_slug ?? null) : null,
            mayCall,
            application,
          };
        })
      );
    },

    /**
     * A supporter asks to call an `approved` bank. Asking again answers with the standing request or
     * approval (created: false); a revoked caller cannot re-apply (409).
     */
    async apply(bankId: number, userId: number): Promise<{ created: boolean; application: ReturnType<typeof callerView> }> {
      const bank = await bankOr404(bankId);
      if (bank.status !== 'active' && bank.status !== 'paused') throw new errors.NotFoundError('No such active phone bank');
      if (bank.who_may_call !== 'approved') {
        throw conflict('This phone bank takes no applications: it is not limited to approved callers.', { whoMayCall: bank.who_may_call });
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
      const row = await standingOf(bankId, userId);
      if (!inserted.length && row.status === 'revoked') {
        throw conflict('Your access to this phone bank was revoked: a manager may approve you again.', { application: 'revoked' });
      }
      return { created: inserted.length > 0, application: callerView(row) };
    },

    /** The bank's callers for managers: each supporter's username and email with their standing, newest first. */
    async callers(bankId: number) {
      await bankOr404(bankId);
      const rows = await knex()(TABLES.bankCallers).where({ phone_bank_id: bankId }).orderBy('id', 'desc');
      const users = await strapi.db.query(USER_UID).findMany({
        where: { id: { $in: rows.map((r: any) => Number(r.user_id)) } },
        select: ['id', 'username', 'email'],
      });
      const byId = new Map(users.map((u: any) => [Number(u.id), u]));
      return rows.map((row: any) => {
        const user: any = byId.get(Number(row.user_id));
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
      return callerView(await standingOf(bankId, userId));
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
      return callerView(await standingOf(bankId, userId));
    },
  };
};

export default callerAccess;
