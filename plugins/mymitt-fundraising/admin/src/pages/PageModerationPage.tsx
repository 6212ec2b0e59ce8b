import { Flex, Td, Tr } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { ActionButton, ApproveButton, QueuePage, ToggleField, useAdminAction, useQueueFilter, Cells } from '@mymitt/admin-kit';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { usePageModeration } from '../services/page-moderation';

/** Supporters' fundraising pages waiting for staff approval (while the setting requires it). */
export const PageModerationPage = () => {
  const t = useMessages();
  const filter = useQueueFilter<'pending' | 'all'>('pending');
  const { list, settings, approve, reject, setNeedApproval } = usePageModeration(filter.status, filter.page);
  const setting = useAdminAction();
  const failed = t('pages.failed', 'That did not work. Try again.');

  return (
    <QueuePage
      permissions={PERMISSIONS.updateSettings}
      page="pages"
      filter={filter.choices('pages.filter', ['pending', 'all'])}
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
      onPage={filter.setPage}
      emptyText={t('pages.empty', 'No page is waiting for approval.')}
      columns={['page', 'owner', 'state', 'goal', 'submitted', 'statusColumn', 'actions']}
    >
      {(row) => (
        <Tr key={row.documentId}>
          <Cells.Title width="24rem" title={row.title} detail={`/fundraise/${row.slug}`} />
          <Cells.Text>{row.ownerDisplayName}</Cells.Text>
          <Cells.Text>{row.state ?? '—'}</Cells.Text>
          <Cells.Text>{usd(row.goalCents)}</Cells.Text>
          <Cells.Time at={row.createdAt} />
          <Cells.Status prefix="pages" status={row.status} />
          <Td>
            {row.status === 'pending' && (
              <Flex gap={2}>
                <ApproveButton prefix="pages" title={row.title} action={() => approve(row.documentId)} failure={failed} />
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
