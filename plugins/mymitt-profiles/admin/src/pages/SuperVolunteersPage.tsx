import { useState } from 'react';
import { Button, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { Download } from '@strapi/icons';
import {
  ACTIVITY_KIND_LIST,
  type ActivityKindName,
  type SuperVolunteer,
  type SuperVolunteersQuery,
} from '../../../shared/contracts/reports';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import {
  AdminPage,
  DataTable,
  EmptyState,
  NumberField,
  FilterBar,
  QueryState,
  FilterSelect,
  TextField,
  useAdminAction,
} from '@mymitt/admin-kit';
import { useSuperVolunteers, useSuperVolunteersCsv } from '../services/reports';

const SuperVolunteerTable = ({ rows }: { rows: SuperVolunteer[] }) => {
  const t = useMessages();
  if (rows.length === 0)
    return <EmptyState>{t('superVolunteers.empty', 'No supporter has points in the activity window for these filters.')}</EmptyState>;
  const headers = [
    t('superVolunteers.rank', 'Rank'),
    t('superVolunteers.supporter', 'Supporter'),
    t('superVolunteers.place', 'Place'),
    t('superVolunteers.email', 'Email'),
    t('superVolunteers.level', 'Level'),
    t('superVolunteers.points', 'Points'),
    t('superVolunteers.breakdown', 'Actions in the window'),
    t('superVolunteers.lastActive', 'Last active'),
  ];
  return (
    <DataTable headers={headers} rowCount={rows.length}>
      {rows.map((row) => (
        <Tr key={row.slug}>
          <Td>
            <Typography>{row.rank}</Typography>
          </Td>
          <Td>
            <Typography fontWeight="bold">{row.displayName}</Typography>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {row.slug}
            </Typography>
          </Td>
          <Td>
            <Typography>{[row.city, row.state].filter(Boolean).join(', ') || '—'}</Typography>
          </Td>
          <Td>
            <Typography>{row.email ?? '—'}</Typography>
          </Td>
          <Td>
            <Typography>{row.level}</Typography>
          </Td>
          <Td>
            <Typography>{row.points}</Typography>
          </Td>
          <Td>
            <Typography variant="pi">
              {Object.entries(row.breakdown)
                .map(([kind, count]) => `${t(`kind.${kind}`, kind)} × ${count}`)
                .join(' · ')}
            </Typography>
          </Td>
          <Td>
            <Typography variant="pi">{row.lastActiveAt ? new Date(row.lastActiveAt).toLocaleString() : '—'}</Typography>
          </Td>
        </Tr>
      ))}
    </DataTable>
  );
};

/** Top supporters by recent points, with filters and a CSV export (ACTIONS.reportsRead). */
export const SuperVolunteersPage = () => {
  const t = useMessages();
  const { busy, run } = useAdminAction();
  const [stateInput, setStateInput] = useState('');
  const [kind, setKind] = useState<ActivityKindName>();
  const [limit, setLimit] = useState(100);

  const stateCode = stateInput.trim().toUpperCase();
  const query: SuperVolunteersQuery = {
    state: stateCode.length === 2 ? stateCode : undefined,
    kind,
    limit,
  };
  const { state } = useSuperVolunteers(query);
  const downloadCsv = useSuperVolunteersCsv();
  const download = () =>
    run(true, () => downloadCsv(query), { failure: t('superVolunteers.downloadFailed', 'The CSV could not be downloaded.') });

  return (
    <AdminPage
      page="superVolunteers"
      permissions={PERMISSIONS.reports}
      primaryAction={
        <Button startIcon={<Download />} onClick={download} loading={busy === true}>
          {t('superVolunteers.download', 'Download CSV')}
        </Button>
      }
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <FilterBar>
          <TextField
            name="state"
            hint={t('superVolunteers.stateHint', 'Two letters, e.g. NH; empty for all')}
            label={t('superVolunteers.state', 'State')}
            value={stateInput}
            maxLength={2}
            onChange={setStateInput}
          />
          <FilterSelect
            name="kind"
            label={t('superVolunteers.kind', 'Activity')}
            anyLabel={t('superVolunteers.allKinds', 'All activity')}
            value={kind}
            options={ACTIVITY_KIND_LIST.map((k) => ({ value: k, label: t(`kind.${k}`, k) }))}
            onChange={(value) => setKind(value as ActivityKindName | undefined)}
          />
          <NumberField
            name="limit"
            label={t('superVolunteers.limit', 'Rows')}
            value={limit}
            onChange={(value) => setLimit(Math.min(1000, Math.max(1, Math.trunc(value ?? 100))))}
          />
        </FilterBar>
        <QueryState state={state}>
          {(body) => (
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="pi" textColor="neutral600">
                {t('superVolunteers.window', 'Points from the last {days} days.', { days: body.meta.windowDays })}
              </Typography>
              <SuperVolunteerTable rows={body.data} />
            </Flex>
          )}
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
