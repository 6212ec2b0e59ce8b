import { ApiError } from '../../api-client';
import type { PageContext } from '../../types';

/** The public API's answers the giving pages read (plugins/mymitt-fundraising/server/src/answers). */
export interface Thermometer {
  raisedCents: number;
  goalCents: number;
  percent: number;
  donorCount: number;
  giftCount: number;
}

export interface PublicFundraisingPage {
  documentId: string;
  slug: string;
  title: string;
  storyHtml: string;
  image: { url: string; alternativeText: string | null; width: number | null; height: number | null } | null;
  owner: { displayName?: string };
  goalCents: number;
  status: 'pending' | 'published' | 'rejected' | 'closed';
  isClosed: boolean;
  state: string | null;
  team: { slug: string; name: string } | null;
  thermometer: Thermometer;
  honorRoll: Array<{ displayName: string; amountCents: number; givenAt: string }>;
  updates: Array<{ html: string; postedAt: string }>;
}

export interface PublicTeam {
  documentId: string;
  slug: string;
  name: string;
  state: string | null;
  captain: { displayName?: string };
  goalCents: number;
  thermometer: Thermometer;
  memberCount: number;
  pages: Array<{ slug: string; title: string; ownerDisplayName?: string; goalCents: number; raisedCents: number; isClosed: boolean }>;
}

export interface ComplianceForm {
  currency: 'usd';
  limit: { perElectionCents: number; itemizationThresholdCents: number; effectiveFrom: string; effectiveTo: string | null } | null;
  affirmations: { version: string; items: Array<{ key: string; text: string; localeFallback: boolean }> };
  bestEffortsStatement: string;
  notTaxDeductibleStatement: string;
  redesignationConsent: { fromElectionDocumentId: string; toElectionDocumentId: string; text: string; localeFallback: boolean } | null;
  recurringDefault: false;
  presetAmountsCents: number[];
  campaign: { name: string; slug: string; goalCents: number } | null;
}

export interface ComplianceFormMeta {
  locale: 'en' | 'es';
  localeFallback: boolean;
  localeFallbackTexts: string[];
}

export interface Election {
  documentId: string;
  name: string;
  nameLocaleFallback: boolean;
  kind: string;
  date: string;
}

export interface PublicCampaign {
  documentId: string;
  slug: string;
  name: string;
  goalCents: number;
  raisedCents: number;
  percent: number;
  giftCount: number;
  isActive: boolean;
  presetAmountsCents: number[];
}

export interface DonationStatus {
  documentId: string;
  status: 'pending' | 'succeeded' | 'failed' | 'refunded' | 'partially_refunded' | 'disputed';
  amountCents: number;
  recurring: boolean;
  page: { slug: string; title: string } | null;
  createdAt: string;
}

export const FUNDRAISING_API = '/mymitt-fundraising';
export const enc = encodeURIComponent;

/** A read that may legitimately be missing (an unknown slug in a query string): null instead of a 404 page. */
export async function optional<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ApiError && error.status < 500) return null;
    throw error;
  }
}

export async function fundraisingPage(context: PageContext, slug: string) {
  return context.api.get<{ data: PublicFundraisingPage }>(`${FUNDRAISING_API}/pages/${enc(slug)}`).then((body) => body.data);
}

export async function donationStatus(context: PageContext, documentId: string) {
  return context.api.get<{ data: DonationStatus }>(`${FUNDRAISING_API}/donations/${enc(documentId)}/status`).then((body) => body.data);
}

/** The statuses the thanks page words: money in (confirmed), money never taken, money given back. */
export function statusKind(status: DonationStatus['status']): 'pending' | 'confirmed' | 'failed' | 'refunded' {
  if (status === 'succeeded' || status === 'partially_refunded' || status === 'disputed') return 'confirmed';
  if (status === 'failed') return 'failed';
  if (status === 'refunded') return 'refunded';
  return 'pending';
}
