import type { Core } from '@strapi/strapi';
import { nextFederalElections } from '../../domain/federal-election-dates';
import { PLUGIN_ID } from '../../plugin-id';
import type { FundraisingConfig } from '../../config';
import type { ComplianceFormResponse, ComplianceOverview, UpcomingElection } from '../../../../shared/contracts/compliance';
import { getService } from '../../utils/get-service';
import { calendarDate, type CalendarDate } from '../../domain/calendar-date';
import { limitInForce, type ContributionLimit, type LimitInForce } from '../../domain/contribution-limits';
import { electionAfter, nextElection, upcomingElections, type Election } from '../../domain/election-designation';
import { AFFIRMATION_KEYS } from '../../domain/affirmations';
import { fillRedesignationConsent, localizedName, type FormLocale, type FormTextKey } from '../../domain/form-texts';
import { formatUsd } from '../../domain/money';
import { toCents } from '../../domain/money';
import type { ListQuery } from '@mymitt/plugin-kit';
import { engineOrderBy, engineWhere } from '../../utils/list-query';

/** Elections in the list's sort order, names compared as people of `locale` read them. */
function sortedByTerms(elections: UpcomingElection[], sort: ListQuery['sort'], locale: string) {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const compare = (a: UpcomingElection, b: UpcomingElection) => {
    for (const { field, order } of sort) {
      const by = field === 'name' ? collator.compare(a.name, b.name) : a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
      if (by) return order === 'desc' ? -by : by;
    }
    return 0;
  };
  return [...elections].sort(compare);
}

export const ELECTION_UID = `plugin::${PLUGIN_ID}.election` as const;
export const LIMIT_UID = `plugin::${PLUGIN_ID}.contribution-limit` as const;
export const CAMPAIGN_UID = `plugin::${PLUGIN_ID}.fundraising-campaign` as const;

/**
 * Dates of receipt and election days are counted in the committee's zone. Eastern for now; a committee
 * elsewhere changes this one constant (or it becomes a setting).
 */
export const COMPLIANCE_TIME_ZONE = 'America/New_York';

/**
 * Seeded when the tables are empty; finance staff edit them in the content manager afterwards.
 * 2025–26 limits (FEC, published Jan 2025): $3,500 per election from 2024-11-06 to 2026-11-03; later
 * cycles' limits are added by staff once the FEC publishes them (until then the last ones apply, with a
 * warning: FEC-02). The elections are the next federal cycle's (domain/federal-election-dates.ts).
 */
export const DEFAULT_LIMIT = {
  label: '2025–2026 cycle',
  perElectionCents: 350000,
  itemizationThresholdCents: 20000,
  cashMaxCents: 10000,
  anonymousCashMaxCents: 5000,
  effectiveFrom: '2024-11-06',
  effectiveTo: '2026-11-03',
};

/** The /elections list's fields → election attributes. */
export const ELECTION_LIST_FIELDS = { date: 'electionDate' };

export interface UpcomingElections {
  elections: UpcomingElection[];
  /** True when some election of the page has no Spanish name (asked in Spanish). */
  localeFallback: boolean;
  total: number;
  /** Where an undesignated gift counts (FEC-04): the soonest upcoming election, whatever the filters. */
  defaultElectionDocumentId: string | null;
}

/** Any fixed 64-bit number: serialises concurrent first boots of several instances on PostgreSQL. */
const SEED_LOCK_KEY = 7_301_202_611;

const PRESETS_MAX = 8;

/** GET /compliance/form: the form, the locale answered and the texts answered in English instead. */
export interface DonationForm {
  form: ComplianceFormResponse['data'];
  locale: FormLocale;
  /** Paths of the texts answered in English, e.g. `affirmations.ownFunds`, `bestEffortsStatement`, `campaign.name`. */
  fallbacks: string[];
}

const textPath = (key: FormTextKey) => ((AFFIRMATION_KEYS as readonly string[]).includes(key) ? `affirmations.${key}` : key);

const toElection = (row: any): Election => ({
  id: row.id,
  documentId: row.documentId,
  name: row.name,
  nameEs: row.nameEs ?? null,
  kind: row.kind,
  electionDate: String(row.electionDate).slice(0, 10),
  cycle: row.cycle,
  netDebtsOutstandingCents: toCents(row.netDebtsOutstandingCents),
});

const toLimit = (row: any): ContributionLimit => ({
  id: row.id,
  perElectionCents: toCents(row.perElectionCents),
  itemizationThresholdCents: toCents(row.itemizationThresholdCents),
  cashMaxCents: toCents(row.cashMaxCents),
  anonymousCashMaxCents: toCents(row.anonymousCashMaxCents),
  effectiveFrom: String(row.effectiveFrom).slice(0, 10),
  effectiveTo: row.effectiveTo ? String(row.effectiveTo).slice(0, 10) : null,
});

/** A drive's preset amounts when staff entered a usable list (1–8 positive integers), else null. */
export function validPresets(value: unknown): number[] | null {
  if (!Array.isArray(value) || value.length === 0 || value.length > PRESETS_MAX) return null;
  return value.every((cents) => Number.isSafeInteger(cents) && cents > 0) ? (value as number[]) : null;
}

const complianceConfig = ({ strapi }: { strapi: Core.Strapi }) => {
  const warnedLimitIds = new Set<number>();

  return {
    /** Today as the law counts it (committee time zone). */
    today(now = new Date()): CalendarDate {
      return calendarDate(now, COMPLIANCE_TIME_ZONE);
    },

    /**
     * FEC-02: seeds the 2025–26 limit and the next cycle's primary and general when their tables are empty.
     * Safe to run on every boot and on several instances at once; never touches rows staff have edited.
     */
    async seedDefaults(now = new Date()) {
      await strapi.db.transaction(async ({ trx }) => {
        if (strapi.db.dialect.client === 'postgres') await trx.raw('SELECT pg_advisory_xact_lock(?)', [SEED_LOCK_KEY]);
        if ((await strapi.db.query(LIMIT_UID).count()) === 0) {
          await strapi.documents(LIMIT_UID).create({ data: DEFAULT_LIMIT as any });
        }
        if ((await strapi.db.query(ELECTION_UID).count()) === 0) {
          for (const election of nextFederalElections(this.today(now))) {
            await strapi.documents(ELECTION_UID).create({ data: { ...election, netDebtsOutstandingCents: 0 } as any });
          }
        }
      });
    },

    /** Every configured election (past ones too: FEC-05 designations to a past election with debts). */
    async elections(): Promise<Election[]> {
      const rows = await strapi.db.query(ELECTION_UID).findMany({ orderBy: [{ electionDate: 'asc' }, { id: 'asc' }] });
      return rows.map(toElection);
    },

    /** Every configured limit row. */
    async limits(): Promise<ContributionLimit[]> {
      const rows = await strapi.db.query(LIMIT_UID).findMany({ orderBy: { effectiveFrom: 'asc' } });
      return rows.map(toLimit);
    },

    /** FEC-02: the limit applying on `date`; logs a warning for staff when it is a stand-in (not configured). */
    async limitOn(date: CalendarDate): Promise<LimitInForce | null> {
      const limit = limitInForce(await this.limits(), date);
      if (!limit) strapi.log.error(`[${PLUGIN_ID}] no contribution limit is configured for ${date}`);
      else if (limit.notConfigured && !warnedLimitIds.has(limit.id)) {
        warnedLimitIds.add(limit.id);
        strapi.log.warn(`[${PLUGIN_ID}] contribution limits for ${date} are not configured; the limits from ${limit.effectiveFrom} apply`);
      }
      return limit;
    },

    /**
     * GET /elections: elections a donor may give to today (on or after today), one page of them in the
     * list's order, with the total and the election an undesignated gift goes to (the soonest, FEC-04).
     */
    async upcomingElections(list: ListQuery, now = new Date()): Promise<UpcomingElections> {
      const locale = (list.locale ?? 'en') as FormLocale;
      const today = this.today(now);
      const upcoming = { electionDate: { $gte: today } };
      const where = { $and: [upcoming, engineWhere(list.filters, ELECTION_LIST_FIELDS)] };
      const query = strapi.db.query(ELECTION_UID);
      // A sort by name is by the name answered in the requested locale (Spanish falls back to English per
      // election), so it happens here; upcoming elections are a handful.
      const byName = list.sort.some((term) => term.field === 'name');
      const [rows, total, soonest] = await Promise.all([
        query.findMany({
          where,
          orderBy: engineOrderBy(list.sort, ELECTION_LIST_FIELDS, { id: 'asc' }),
          ...(byName ? {} : { offset: list.offset, limit: list.limit }),
        }),
        list.withCount ? query.count({ where }) : Promise.resolve(0),
        query.findOne({ where: upcoming, orderBy: [{ electionDate: 'asc' }, { id: 'asc' }], select: ['documentId'] }),
      ]);
      const localizedRows: UpcomingElection[] = rows.map((row: any) => {
        const { documentId, name, nameEs, kind, electionDate } = toElection(row);
        const localized = localizedName(locale, name, nameEs);
        return { documentId, name: localized.name, nameLocaleFallback: localized.fallback, kind, date: electionDate };
      });
      const elections = byName
        ? sortedByTerms(localizedRows, list.sort, locale).slice(list.offset, list.offset + list.limit)
        : localizedRows;
      return {
        elections,
        localeFallback: elections.some((e: UpcomingElection) => e.nameLocaleFallback),
        total,
        defaultElectionDocumentId: (soonest?.documentId as string | undefined) ?? null,
      };
    },

    /** The numeric id of an election named by its documentId (the donate form sends documentIds), or null. */
    async electionIdOf(documentId: string): Promise<number | null> {
      const row = await strapi.db.query(ELECTION_UID).findOne({ where: { documentId }, select: ['id'] });
      return (row?.id as number | undefined) ?? null;
    },

    /** documentId of each election id (elections are few: one read of them all). */
    async electionDocumentIds(): Promise<Map<number, string>> {
      return new Map((await this.elections()).map((e) => [e.id, e.documentId]));
    },

    /**
     * FEC-04 for a later installment of a recurring gift: its designated election while that is still
     * ahead on `at`, else the next election (null only when nothing is configured).
     */
    async electionFor(designatedElectionId: number | null, at: Date): Promise<number | null> {
      const elections = await this.elections();
      const today = this.today(at);
      const designated = elections.find((e) => e.id === designatedElectionId);
      if (designated && designated.electionDate >= today) return designated.id;
      return nextElection(elections, today)?.id ?? designatedElectionId;
    },

    /** The drive running now (the latest started one if several overlap), or null. */
    async activeCampaign(now = new Date()) {
      const row = await strapi.db.query(CAMPAIGN_UID).findOne({
        where: { startsAt: { $lte: now }, $or: [{ endsAt: null }, { endsAt: { $gt: now } }] },
        orderBy: [{ startsAt: 'desc' }, { id: 'desc' }],
      });
      if (!row) return null;
      return {
        id: row.id as number,
        name: row.name as string,
        nameEs: (row.nameEs as string | null) ?? null,
        slug: row.slug as string,
        goalCents: toCents(row.goalCents),
        defaultPageGoalCents: toCents(row.defaultPageGoalCents),
        presetAmountsCents: validPresets(row.presetAmountsCents),
      };
    },

    /** The finance settings page: every row staff configure, the limit in force and what needs fixing. */
    async overview(now = new Date()): Promise<ComplianceOverview> {
      const today = this.today(now);
      const [limits, elections, campaignRows] = await Promise.all([
        this.limits(),
        this.elections(),
        strapi.db.query(CAMPAIGN_UID).findMany({ orderBy: [{ startsAt: 'desc' }, { id: 'desc' }], limit: 100 }),
      ]);
      const limit = limitInForce(limits, today);
      const upcoming = upcomingElections(elections, today);
      const active = await this.activeCampaign(now);
      const totals = getService('ledger');
      const campaigns = await Promise.all(
        campaignRows.map(async (row: any) => ({
          id: row.id,
          name: row.name,
          slug: row.slug,
          goalCents: toCents(row.goalCents),
          raisedCents: (await totals.totals(`campaign:${row.id}`)).netCents,
          active: row.id === active?.id,
          startsAt: new Date(row.startsAt).toISOString(),
          endsAt: row.endsAt ? new Date(row.endsAt).toISOString() : null,
        }))
      );
      const warnings: string[] = [];
      if (!limit) warnings.push('No contribution limit covers today: donations are refused until one is added.');
      else if (limit.notConfigured)
        warnings.push(
          `No contribution limit row covers ${today}; the limits from ${limit.effectiveFrom} stand in. Add this cycle's FEC limits.`
        );
      const spanish = await getService('form-texts').localized('es');
      if (spanish.fallbacks.length)
        warnings.push(
          `${spanish.fallbacks.length} Spanish text(s) of the donation form are missing (or translate an older English version): the Spanish form shows them in English.`
        );
      if (!upcoming.length) warnings.push('No upcoming election is configured: donations are refused until one is added.');
      else if (!electionAfter(elections, upcoming[0]))
        warnings.push(`Nothing follows the ${upcoming[0].name}: redesignation of excess gifts is not offered.`);
      return {
        today,
        limitInForce: limit && {
          id: limit.id,
          perElectionCents: limit.perElectionCents,
          effectiveFrom: limit.effectiveFrom,
          effectiveTo: limit.effectiveTo,
          notConfigured: limit.notConfigured,
        },
        limits: limits.map(({ id, perElectionCents, itemizationThresholdCents, cashMaxCents, effectiveFrom, effectiveTo }) => ({
          id,
          perElectionCents,
          itemizationThresholdCents,
          cashMaxCents,
          effectiveFrom,
          effectiveTo,
        })),
        elections: elections.map((e) => ({
          id: e.id,
          name: e.name,
          kind: e.kind,
          date: e.electionDate,
          upcoming: e.electionDate >= today,
          netDebtsOutstandingCents: e.netDebtsOutstandingCents,
        })),
        campaigns,
        warnings,
      };
    },

    /**
     * What every contribution form shows: limit, affirmations (FEC-08), best efforts (FEC-07), presets; the
     * texts in `locale`, with `fallbacks` naming each text answered in English for want of its Spanish.
     */
    async donationForm(locale: FormLocale = 'en', now = new Date()): Promise<DonationForm> {
      const today = this.today(now);
      const [limit, elections, campaign, localized] = await Promise.all([
        this.limitOn(today),
        this.elections(),
        this.activeCampaign(now),
        getService('form-texts').localized(locale),
      ]);
      const upcoming = upcomingElections(elections, today);
      const following = upcoming[0] ? electionAfter(elections, upcoming[0]) : null;
      const config = strapi.config.get(`plugin::${PLUGIN_ID}`) as FundraisingConfig;
      const { texts } = localized;
      const fallbacks = new Set<string>(localized.fallbacks.map((key: FormTextKey) => textPath(key)));

      let redesignationConsent: DonationForm['form']['redesignationConsent'] = null;
      if (limit && upcoming[0] && following) {
        const from = localizedName(locale, upcoming[0].name, upcoming[0].nameEs);
        const to = localizedName(locale, following.name, following.nameEs);
        if (from.fallback || to.fallback) fallbacks.add('redesignationConsent');
        redesignationConsent = {
          fromElectionDocumentId: upcoming[0].documentId,
          toElectionDocumentId: following.documentId,
          text: fillRedesignationConsent(texts.redesignationConsent, {
            limit: formatUsd(limit.perElectionCents),
            election: from.name,
            nextElection: to.name,
          }),
          localeFallback: fallbacks.has('redesignationConsent'),
        };
      } else fallbacks.delete('redesignationConsent');
      const campaignName = campaign && localizedName(locale, campaign.name, campaign.nameEs);
      if (campaignName?.fallback) fallbacks.add('campaign.name');

      return {
        form: {
          currency: 'usd',
          limit: limit && {
            perElectionCents: limit.perElectionCents,
            itemizationThresholdCents: limit.itemizationThresholdCents,
            effectiveFrom: limit.effectiveFrom,
            effectiveTo: limit.effectiveTo,
          },
          affirmations: {
            version: localized.affirmationsVersion,
            items: AFFIRMATION_KEYS.map((key) => ({ key, text: texts[key], localeFallback: localized.fallbacks.includes(key) })),
          },
          bestEffortsStatement: texts.bestEffortsStatement,
          notTaxDeductibleStatement: texts.notTaxDeductibleStatement,
          redesignationConsent,
          recurringDefault: false,
          presetAmountsCents: campaign?.presetAmountsCents ?? config.presetAmountsCents,
          campaign: campaign && { name: campaignName!.name, slug: campaign.slug, goalCents: campaign.goalCents },
        },
        locale,
        fallbacks: [...fallbacks],
      };
    },
  };
};

export default complianceConfig;
