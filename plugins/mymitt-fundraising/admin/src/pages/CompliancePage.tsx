import { Box, Flex, LinkButton, Typography } from '@strapi/design-system';
import { NavLink } from 'react-router-dom';
import { AdminPage, badgeColumn, QueryState, SimpleTable } from '@mymitt/admin-kit';
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
  const edit = (type: string, label: string) => (
    <LinkButton href={`${CONTENT_MANAGER}.${type}`} variant="secondary" size="S">
      {label}
    </LinkButton>
  );

  return (
    <AdminPage page="compliance" permissions={PERMISSIONS.read}>
      <QueryState state={state}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            {data.warnings.map((warning) => (
              <Box key={warning} background="warning100" padding={4} hasRadius>
                <Typography textColor="warning700">{warning}</Typography>
              </Box>
            ))}

            <SimpleTable
              title={t('compliance.limits', 'Contribution limits')}
              action={
                <Flex gap={2}>
                  <LinkButton tag={NavLink} to="../limits" size="S">
                    {t('compliance.editInDollars', 'Edit amounts in dollars')}
                  </LinkButton>
                  {edit('contribution-limit', t('compliance.editLimits', 'Dates and new limits'))}
                </Flex>
              }
              prefix="compliance"
              data={data.limits}
              columns={[
                { key: 'perElection', cell: (limit) => usd(limit.perElectionCents) },
                { key: 'itemize', cell: (limit) => usd(limit.itemizationThresholdCents) },
                { key: 'cash', cell: (limit) => usd(limit.cashMaxCents) },
                { key: 'from', cell: (limit) => limit.effectiveFrom },
                { key: 'to', cell: (limit) => limit.effectiveTo ?? '—' },
                badgeColumn<(typeof data.limits)[number]>(
                  'inForce',
                  (limit) =>
                    data.limitInForce?.id === limit.id &&
                    (data.limitInForce?.notConfigured ? t('compliance.standIn', 'standing in') : t('compliance.inForce', 'in force'))
                ),
              ]}
            />

            <SimpleTable
              title={t('compliance.elections', 'Elections')}
              action={edit('election', t('compliance.editElections', 'Edit elections'))}
              prefix="compliance"
              data={data.elections}
              columns={[
                { key: 'name', cell: (election) => election.name },
                { key: 'kind', cell: (election) => election.kind },
                { key: 'date', cell: (election) => election.date },
                { key: 'debts', cell: (election) => usd(election.netDebtsOutstandingCents) },
                badgeColumn<(typeof data.elections)[number]>(
                  'upcoming',
                  (election) => election.upcoming && t('compliance.upcoming', 'upcoming')
                ),
              ]}
            />

            <SimpleTable
              title={t('compliance.campaigns', 'Fundraising drives')}
              action={edit('fundraising-campaign', t('compliance.editCampaigns', 'Edit drives'))}
              prefix="compliance"
              data={data.campaigns}
              columns={[
                { key: 'name', cell: (campaign) => campaign.name },
                { key: 'goal', cell: (campaign) => usd(campaign.goalCents) },
                { key: 'raised', cell: (campaign) => usd(campaign.raisedCents) },
                { key: 'starts', cell: (campaign) => campaign.startsAt.slice(0, 10) },
                { key: 'ends', cell: (campaign) => campaign.endsAt?.slice(0, 10) ?? '—' },
                badgeColumn<(typeof data.campaigns)[number]>('active', (campaign) => campaign.active && t('compliance.active', 'running')),
              ]}
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
