import { Button, Flex, LinkButton } from '@strapi/design-system';
import { Download, Pencil, Plus } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { AdminPage, ColorBadge, EmptyState, QueryState, SimpleTable, useAdminAction } from '@mymitt/admin-kit';
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

  const title = t('banks.title', 'Phone banks');
  return (
    <AdminPage
      permissions={PERMISSIONS.read}
      title={title}
      subtitle={t('banks.subtitle', 'A script, questions and recontact rules over one call list.')}
      primaryAction={
        can.canManageLists ? (
          <LinkButton tag={RouterLink} to={`${BASE}/new`} startIcon={<Plus />}>
            {t('banks.new', 'New phone bank')}
          </LinkButton>
        ) : undefined
      }
    >
      <QueryState state={state}>
        {({ data }) =>
          data.length === 0 ? (
            <EmptyState>{t('banks.empty', 'No phone banks yet.')}</EmptyState>
          ) : (
            <SimpleTable
              headers={[
                t('banks.name', 'Name'),
                t('banks.list', 'Call list'),
                t('banks.status', 'Status'),
                t('banks.whoMayCall', 'Who may call'),
                t('banks.goal', 'Goal (conversations)'),
                t('banks.questions', 'Questions'),
                ...(can.canManageLists ? [t('banks.actions', 'Actions')] : []),
              ]}
              rows={data.map((bank) => ({
                key: bank.id,
                cells: [
                  bank.name,
                  listName(bank.listId),
                  <ColorBadge key="status" color={STATUS_COLOR[bank.status]}>
                    {t(`status.${bank.status}`, bank.status)}
                  </ColorBadge>,
                  t(`who.${bank.whoMayCall}`, bank.whoMayCall),
                  bank.goalCompleted ?? '—',
                  bank.questions.length,
                  ...(can.canManageLists
                    ? [
                        <Flex key="actions" gap={2}>
                          <LinkButton tag={RouterLink} to={`${BASE}/${bank.id}`} variant="secondary" size="S" startIcon={<Pencil />}>
                            {t('banks.edit', 'Edit')}
                          </LinkButton>
                          <Button variant="tertiary" size="S" startIcon={<Download />} onClick={() => download(bank.id)}>
                            {t('banks.resultsCsv', 'Results CSV')}
                          </Button>
                        </Flex>,
                      ]
                    : []),
                ],
              }))}
            />
          )
        }
      </QueryState>
    </AdminPage>
  );
};
