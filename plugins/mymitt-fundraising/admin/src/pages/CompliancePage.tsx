import { Badge, Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { AdminPage, QueryState, SimpleTable } from '@mymitt/admin-kit';
import { SpanishTextsEditor } from '../components/SpanishTextsEditor';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useComplianceOverview } from '../services/finance';

const CONTENT_MANAGER = '/admin/content-manager/collection-types/plugin::mymitt-fundraising';

/**
 * Elections, contribution limits and fundraising drives (FEC-02: configuration with effective dates).
 * They are edited in the content manager (Finance has create/update there); this page shows what is in
 * force today and what needs fixing before the next gift is refused.
 */
export const CompliancePage = () => {
  const t = useMessages();
  const { state } = useComplianceOverview();
  const { canUpdateSettings } = useFinancePermissions();
  const title = t('compliance.title', 'Elections, limits and drives');
  const edit = (type: string, label: string) => (
    <LinkButton href={`${CONTENT_MANAGER}.${type}`} variant="secondary" size="S">
      {label}
    </LinkButton>
  );

  return (
    <AdminPage permissions={PERMISSIONS.read} title={title} subtitle={t('compliance.subtitle', 'What every donation is checked against')}>
      <QueryState state={state}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            {data.warnings.map((warning) => (
              <Box key={warning} background="warning100" padding={4} hasRadius>
                <Typography textColor="warning700">{warning}</Typography>
              </Box>
            ))}

            <Flex justifyContent="space-between">
              <Typography variant="delta" tag="h2">
                {t('compliance.limits', 'Contribution limits')}
              </Typography>
              <Flex gap={2}>
                <LinkButton tag={NavLink} to="../limits" size="S">
                  {t('compliance.editInDollars', 'Edit amounts in dollars')}
                </LinkButton>
                {edit('contribution-limit', t('compliance.editLimits', 'Dates and new limits'))}
              </Flex>
            </Flex>
            <SimpleTable
              headers={[
                t('compliance.perElection', 'Per election'),
                t('compliance.itemize', 'Itemize above'),
                t('compliance.cash', 'Cash up to'),
                t('compliance.from', 'From'),
                t('compliance.to', 'To'),
                '',
              ]}
              rows={data.limits.map((limit) => ({
                key: limit.id,
                cells: [
                  usd(limit.perElectionCents),
                  usd(limit.itemizationThresholdCents),
                  usd(limit.cashMaxCents),
                  limit.effectiveFrom,
                  limit.effectiveTo ?? '—',
                  data.limitInForce?.id === limit.id ? (
                    <Badge active>
                      {data.limitInForce.notConfigured ? t('compliance.standIn', 'standing in') : t('compliance.inForce', 'in force')}
                    </Badge>
                  ) : (
                    ''
                  ),
                ],
              }))}
            />

            <Flex justifyContent="space-between">
              <Typography variant="delta" tag="h2">
                {t('compliance.elections', 'Elections')}
              </Typography>
              {edit('election', t('compliance.editElections', 'Edit elections'))}
            </Flex>
            <SimpleTable
              headers={[
                t('compliance.name', 'Name'),
                t('compliance.kind', 'Kind'),
                t('compliance.date', 'Date'),
                t('compliance.debts', 'Net debts'),
                '',
              ]}
              rows={data.elections.map((election) => ({
                key: election.id,
                cells: [
                  election.name,
                  election.kind,
                  election.date,
                  usd(election.netDebtsOutstandingCents),
                  election.upcoming ? <Badge active>{t('compliance.upcoming', 'upcoming')}</Badge> : '',
                ],
              }))}
            />

            <Flex justifyContent="space-between">
              <Typography variant="delta" tag="h2">
                {t('compliance.campaigns', 'Fundraising drives')}
              </Typography>
              {edit('fundraising-campaign', t('compliance.editCampaigns', 'Edit drives'))}
            </Flex>
            <SimpleTable
              headers={[
                t('compliance.name', 'Name'),
                t('compliance.goal', 'Goal'),
                t('compliance.raised', 'Raised (net)'),
                t('compliance.starts', 'Starts'),
                t('compliance.ends', 'Ends'),
                '',
              ]}
              rows={data.campaigns.map((campaign) => ({
                key: campaign.id,
                cells: [
                  campaign.name,
                  usd(campaign.goalCents),
                  usd(campaign.raisedCents),
                  campaign.startsAt.slice(0, 10),
                  campaign.endsAt?.slice(0, 10) ?? '—',
                  campaign.active ? <Badge active>{t('compliance.active', 'running')}</Badge> : '',
                ],
              }))}
            />

            <Typography variant="delta" tag="h2">
              {t('compliance.spanishTexts', 'Spanish texts of the donation form')}
            </Typography>
            <Typography variant="pi">
              {t(
                'compliance.spanishTextsHelp',
                'Shown to donors who ask for Spanish; an empty box shows the English text. Election and drive names in Spanish are the nameEs field of each election and drive.'
              )}
            </Typography>
            <SpanishTextsEditor canEdit={canUpdateSettings} />
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
