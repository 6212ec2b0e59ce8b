import { format } from '../../messages';
import { formatMoney, formatNumber } from '../format';
import { html } from '../html';
import type { PageContext } from '../types';

export interface ThermometerData {
  raisedCents: number;
  goalCents: number;
  percent?: number;
  donorCount?: number;
}

/** The thermometer as text a link preview can quote (Open Graph description). */
export function thermometerText({ t, locale }: Pick<PageContext, 't' | 'locale'>, data: ThermometerData): string {
  const raised = formatMoney(data.raisedCents, locale);
  if (!data.goalCents) return format(t.raisedNoGoal, { raised });
  const percent = data.percent ?? Math.floor((data.raisedCents / data.goalCents) * 100);
  return `${format(t.raisedOfGoal, { raised, goal: formatMoney(data.goalCents, locale) })} (${format(t.percentOfGoal, { percent })})`;
}

/** A native <progress> bar (no inline style needed under the CSP) with the figures in words beside it. */
export function thermometer(context: Pick<PageContext, 't' | 'locale'>, data: ThermometerData) {
  const { t, locale } = context;
  const percent = data.goalCents ? (data.percent ?? Math.floor((data.raisedCents / data.goalCents) * 100)) : 0;
  const label = thermometerText(context, data);
  return html`<div class="thermometer" data-thermometer>
<progress max="100" value="${Math.min(100, Math.max(0, percent))}" aria-label="${label}">${percent}%</progress>
<p class="thermometer__text"><strong>${label}</strong>${
    data.donorCount !== undefined
      ? html` · ${data.donorCount === 1 ? t.donorsOne : format(t.donors, { count: formatNumber(data.donorCount, locale) })}`
      : ''
  }</p>
</div>`;
}
