import { useState } from 'react';
import {
  Box,
  Button,
  Field,
  Flex,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  Td,
  TextInput,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Download } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import {
  ACTIVITY_KIND_LIST,
  type ActivityKindName,
  type SuperVolunteer,
  type SuperVolunteersQuery,
} from '../../../shared/contracts/reports';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { DataTable, QueryState } from '@mymitt/admin-kit';
import { apiErrorMessage } from '../services/admin-request';
import { useSuperVolunteers, useSuperVolunteersCsv } from '../services/reports';

const ALL_KINDS = 'all';

const SuperVolunteerTable = ({ rows }: { rows: SuperVolunteer[] }) => {
  const t = useMessages();
  if (rows.length === 0)
    return (
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography>{t('superVolunteers.empty', 'No supporter has points in the activity window for these filters.')}</Typography>
      </Box>
    );
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
  const { toggleNotification } = useNotification();
  const [stateInput, setStateInput] = useState('');
  const [kind, setKind] = useState<ActivityKindName | typeof ALL_KINDS>(ALL_KINDS);
  const [limit, setLimit] = useState(100);
  const [downloading, setDownloading] = useState(false);

  const stateCode = stateInput.trim().toUpperCase();
  const query: SuperVolunteersQuery = {
    state: stateCode.length === 2 ? stateCode : undefined,
    kind: kind === ALL_KINDS ? undefined : kind,
    limit,
  };
  const { state } = useSuperVolunteers(query);
  const downloadCsv = useSuperVolunteersCsv();

  const download = async () => {
    setDownloading(true);
    try {
      await downloadCsv(query);
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: apiErrorMessage(error) ?? t('superVolunteers.downloadFailed', 'The CSV could not be downloaded.'),
      });
    } finally {
      setDownloading(false);
    }
  };

  const title = t('superVolunteers.title', 'Super-volunteers');
  return (
    <Page.Protect permissions={PERMISSIONS.reports}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header
          title={title}
          subtitle={t(
            'superVolunteers.subtitle',
            'Every supporter ranked by points earned inside the activity window — staff eyes only (emails shown)'
          )}
          primaryAction={
            <Button startIcon={<Download />} onClick={download} loading={downloading}>
              {t('superVolunteers.download', 'Download CSV')}
            </Button>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius>
              <Flex gap={4} alignItems="flex-end" wrap="wrap">
                <Field.Root name="state" hint={t('superVolunteers.stateHint', 'Two letters, e.g. NH; empty for all')}>
                  <Field.Label>{t('superVolunteers.state', 'State')}</Field.Label>
                  <TextInput
                    value={stateInput}
                    maxLength={2}
                    onChange={(e: React.ChangeEvent<HTMLInputElement>) => setStateInput(e.target.value)}
                  />
                  <Field.Hint />
                </Field.Root>
                <Field.Root name="kind">
                  <Field.Label>{t('superVolunteers.kind', 'Activity')}</Field.Label>
                  <SingleSelect value={kind} onChange={(value: string | number) => setKind(String(value) as ActivityKindName)}>
                    <SingleSelectOption value={ALL_KINDS}>{t('superVolunteers.allKinds', 'All activity')}</SingleSelectOption>
                    {ACTIVITY_KIND_LIST.map((k) => (
                      <SingleSelectOption key={k} value={k}>
                        {t(`kind.${k}`, k)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Field.Root>
                <Field.Root name="limit">
                  <Field.Label>{t('superVolunteers.limit', 'Rows')}</Field.Label>
                  <NumberInput value={limit} onValueChange={(value) => setLimit(Math.min(1000, Math.max(1, Math.trunc(value ?? 100))))} />
                </Field.Root>
              </Flex>
            </Box>
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
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
