import { Badge, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { Check, Cross } from '@strapi/icons';
import { ActionButton, QueuePage, ToggleField, useAdminAction, useQueueFilter } from '@mymitt/admin-kit';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import type { PageForApproval } from '../../../shared/contracts/pages';
import { usePageModeration } from '../services/page-moderation';

/** Supporters' fundraising pages waiting for staff approval (while the setting requires it). */
export const PageModerationPage = () => {
  const t = useMessages();
  const { status: filter, setStatus, page, setPage } = useQueueFilter<'pending' | 'all'>('pending');
  const { list, settings, approve, reject, setNeedApproval } = usePageModeration(filter, page);
  const setting = useAdminAction();
  const failed = t('pages.failed', 'That did not work. Try again.');

  const statusLabels: Record<PageForApproval['status'], string> = {
    pending: t('pages.status.pending', 'Awaiting approval'),
    published: t('pages.status.published', 'Published'),
    rejected: t('pages.status.rejected', 'Rejected'),
    closed: t('pages.status.closed', 'Closed'),
  };

  return (
    <QueuePage
      permissions={PERMISSIONS.updateSettings}
      page="pages"
      filter={{
        label: t('pages.show', 'Show'),
        value: filter,
        onChange: (value) => setStatus(value === 'all' ? 'all' : 'pending'),
        options: [
          { value: 'pending', label: t('pages.filter.pending', 'Awaiting approval') },
          { value: 'all', label: t('pages.filter.all', 'All pages') },
        ],
      }}
      endActions={
        settings && (
          <ToggleField
            name="pagesNeedApproval"
            label={t('pages.needApproval', 'New pages need approval')}
            onLabel={t('pages.on', 'On')}
            offLabel={t('pages.off', 'Off')}
            checked={settings.pagesNeedApproval}
            onChange={(checked) =>
              setting.run(true, () => setNeedApproval(checked), { success: t('pages.saved', 'Saved.'), failure: failed })
            }
          />
        )
      }
      state={list}
      onPage={setPage}
      emptyText={t('pages.empty', 'No page is waiting for approval.')}
      columns={['page', 'owner', 'state', 'goal', 'submitted', 'statusColumn', 'actions']}
    >
      {(row) => (
        <Tr key={row.documentId}>
          <Td maxWidth="24rem">
            <Typography fontWeight="bold" tag="p">
              {row.title}
            </Typography>
            <Typography variant="pi" textColor="neutral600" tag="p">
              /fundraise/{row.slug}
            </Typography>
          </Td>
          <Td>
            <Typography>{row.ownerDisplayName}</Typography>
          </Td>
          <Td>
            <Typography>{row.state ?? '—'}</Typography>
          </Td>
          <Td>
            <Typography>{usd(row.goalCents)}</Typography>
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
                <ActionButton
                  icon={<Check />}
                  action={() => approve(row.documentId)}
                  success={t('pages.approved', '“{title}” is live.', { title: row.title })}
                  failure={failed}
                >
                  {t('pages.approve', 'Approve')}
                </ActionButton>
                <ActionButton
                  icon={<Cross />}
                  variant="danger-light"
                  action={() => reject(row.documentId, '')}
                  success={t('pages.rejected', '“{title}” was rejected.', { title: row.title })}
                  failure={failed}
                >
                  {t('pages.reject', 'Reject')}
                </ActionButton>
              </Flex>
            )}
          </Td>
        </Tr>
      )}
    </QueuePage>
  );
};
