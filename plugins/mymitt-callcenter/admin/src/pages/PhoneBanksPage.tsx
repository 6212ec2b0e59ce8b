import { Button, Flex, LinkButton } from '@strapi/design-system';
import { Download, Pencil, Plus } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { AdminPage, ColorBadge, QueryState, type Column, SimpleTable, useAdminAction } from '@mymitt/admin-kit';
import type { PhoneBank } from '../../../shared/contracts/call-admin';
import { PERMISSIONS } from '../permissions';
import { PLUGIN_ID } from '../plugin-id';
import { useCallLists } from '../services/lists';
import { usePhoneBanks } from '../services/phone-banks';

const BASE = `/plugins/${PLUGIN_ID}/phone-banks`;
const STATUS_COLOR = { draft: 'neutral', active: 'success', paused: 'warning', done: 'secondary' } as const;

/** Phone banks (read); the builder and the results CSV of each bank (lists.manage). */
export const PhoneBanksPage = () => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  const { state, downloadResults } = usePhoneBanks();
  const lists = useCallLists();
  const { run } = useAdminAction();
  const listName = (id: number) =>
    (lists.state.status === 'ready' ? lists.state.value.data.find((l) => l.id === id)?.name : undefined) ?? `#${id}`;

  const download = (id: number) =>
    run(true, () => downloadResults(id), { failure: t('export.failed', 'The export could not be downloaded.') });

  const columns: Array<Column<PhoneBank>> = [
    { key: 'name', cell: (bank) => bank.name },
    { key: 'list', cell: (bank) => listName(bank.listId) },
    {
      key: 'status',
      cell: (bank) => <ColorBadge color={STATUS_COLOR[bank.status]}>{t(`status.${bank.status}`, bank.status)}</ColorBadge>,
    },
    { key: 'whoMayCall', cell: (bank) => t(`who.${bank.whoMayCall}`, bank.whoMayCall) },
    { key: 'goal', cell: (bank) => bank.goalCompleted ?? '—' },
    { key: 'questions', cell: (bank) => bank.questions.length },
    {
      key: 'actions',
      shown: can.canManageLists,
      cell: (bank) => (
        <Flex gap={2}>
          <LinkButton tag={RouterLink} to={`${BASE}/${bank.id}`} variant="secondary" size="S" startIcon={<Pencil />}>
            {t('banks.edit', 'Edit')}
          </LinkButton>
          <Button variant="tertiary" size="S" startIcon={<Download />} onClick={() => download(bank.id)}>
            {t('banks.resultsCsv', 'Results CSV')}
          </Button>
        </Flex>
      ),
    },
  ];
  return (
    <AdminPage
      page="banks"
      permissions={PERMISSIONS.read}
      primaryAction={
        can.canManageLists ? (
          <LinkButton tag={RouterLink} to={`${BASE}/new`} startIcon={<Plus />}>
            {t('banks.new', 'New phone bank')}
          </LinkButton>
        ) : undefined
      }
    >
      <QueryState state={state}>
        {({ data }) => <SimpleTable prefix="banks" empty={t('banks.empty', 'No phone banks yet.')} data={data} columns={columns} />}
      </QueryState>
    </AdminPage>
  );
};
