import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Flex,
  SingleSelect,
  SingleSelectOption,
  Table,
  Tbody,
  Td,
  Th,
  Thead,
  Toggle,
  Tr,
  Typography,
} from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { PLUGIN_ID } from '../plugin-id';
import { AdminPage } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import type { PageForApproval } from '../../../shared/contracts/pages';
import { usePageModeration } from '../services/page-moderation';

const dollars = (cents: number) => `$${(cents / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })}`;

/** Supporters' fundraising pages waiting for staff approval (while the setting requires it). */
export const PageModerationPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, defaultMessage: string, values?: Record<string, string>) =>
    formatMessage({ id: `${PLUGIN_ID}.${id}`, defaultMessage }, values);
  const { toggleNotification } = useNotification();
  const [filter, setFilter] = useState<'pending' | 'all'>('pending');
  const [page, setPage] = useState(1);
  const { list, settings, approve, reject, setNeedApproval } = usePageModeration(filter, page);

  const act = async (action: () => Promise<void>, done: string) => {
    try {
      await action();
      toggleNotification({ type: 'success', message: done });
    } catch {
      toggleNotification({ type: 'danger', message: t('pages.failed', 'That did not work. Try again.') });
    }
  };

  const statusLabels: Record<PageForApproval['status'], string> = {
    pending: t('pages.status.pending', 'Awaiting approval'),
    published: t('pages.status.published', 'Published'),
    rejected: t('pages.status.rejected', 'Rejected'),
    closed: t('pages.status.closed', 'Closed'),
  };
  const title = t('pages.title', 'Fundraising pages');
  const headers = [
    t('pages.page', 'Page'),
    t('pages.owner', 'Owner'),
    t('pages.state', 'State'),
    t('pages.goal', 'Goal'),
    t('pages.submitted', 'Submitted'),
    t('pages.statusColumn', 'Status'),
    t('pages.actions', 'Actions'),
  ];

  return (
    <AdminPage
      permissions={PERMISSIONS.updateSettings}
      title={title}
      subtitle={t('pages.subtitle', 'Personal fundraising pages supporters created')}
      startActions={
        <SingleSelect
          aria-label={t('pages.show', 'Show')}
          value={filter}
          onChange={(value: string | number) => {
            setFilter(value === 'all' ? 'all' : 'pending');
            setPage(1);
          }}
        >
          <SingleSelectOption value="pending">{t('pages.filter.pending', 'Awaiting approval')}</SingleSelectOption>
          <SingleSelectOption value="all">{t('pages.filter.all', 'All pages')}</SingleSelectOption>
        </SingleSelect>
      }
      endActions={
        settings && (
          <Flex gap={2}>
            <Typography variant="omega">{t('pages.needApproval', 'New pages need approval')}</Typography>
            <Toggle
              checked={settings.pagesNeedApproval}
              onLabel={t('pages.on', 'On')}
              offLabel={t('pages.off', 'Off')}
              onChange={() => act(() => setNeedApproval(!settings.pagesNeedApproval), t('pages.saved', 'Saved.'))}
            />
          </Flex>
        )
      }
    >
      {list.status === 'loading' && <Page.Loading />}
      {list.status === 'error' && <Page.Error />}
      {list.status === 'ready' && list.body.data.length === 0 && (
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Typography>{t('pages.empty', 'No page is waiting for approval.')}</Typography>
        </Box>
      )}
      {list.status === 'ready' && list.body.data.length > 0 && (
        <>
          <Table colCount={headers.length} rowCount={list.body.data.length + 1}>
            <Thead>
              <Tr>
                {headers.map((header) => (
                  <Th key={header}>
                    <Typography variant="sigma">{header}</Typography>
                  </Th>
                ))}
              </Tr>
            </Thead>
            <Tbody>
              {list.body.data.map((row) => (
                <Tr key={row.documentId}>
                  <Td maxWidth="24rem">
                    <Typography fontWeight="bold" tag="p">
                      {row.title}
                    </Typography>
                    <Typography variant="pi" textColor="neutral600" tag="p">
                      /{row.slug}
                    </Typography>
                  </Td>
                  <Td>
                    <Typography>{row.ownerDisplayName}</Typography>
                  </Td>
                  <Td>
                    <Typography>{row.state ?? '—'}</Typography>
                  </Td>
                  <Td>
                    <Typography>{dollars(row.goalCents)}</Typography>
                  </Td>
                  <Td>
                    <Typography variant="pi">{new Date(row.createdAt).toLocaleString()}</Typography>
                  </Td>
                  <Td>
                    <Badge variant={row.status === 'pending' ? 'warning' : 'neutral'}>{statusLabels[row.status]}</Badge>
                  </Td>
                  <Td>
                    {row.status === 'pending' && (
                      <Flex gap={2}>
                        <Button
                          size="S"
                          startIcon={<Check />}
                          onClick={() =>
                            act(() => approve(row.documentId), t('pages.approved', '“{title}” is live.', { title: row.title }))
                          }
                        >
                          {t('pages.approve', 'Approve')}
                        </Button>
                        <Button
                          size="S"
                          variant="danger-light"
                          startIcon={<Cross />}
                          onClick={() =>
                            act(() => reject(row.documentId, ''), t('pages.rejected', '“{title}” was rejected.', { title: row.title }))
                          }
                        >
                          {t('pages.reject', 'Reject')}
                        </Button>
                      </Flex>
                    )}
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
          <Flex justifyContent="flex-end" gap={2} paddingTop={4}>
            <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('pages.previous', 'Previous')}
            </Button>
            <Typography variant="pi">
              {page} / {list.body.meta.pagination.pageCount}
            </Typography>
            <Button variant="tertiary" size="S" disabled={page >= list.body.meta.pagination.pageCount} onClick={() => setPage(page + 1)}>
              {t('pages.next', 'Next')}
            </Button>
          </Flex>
        </>
      )}
    </AdminPage>
  );
};
