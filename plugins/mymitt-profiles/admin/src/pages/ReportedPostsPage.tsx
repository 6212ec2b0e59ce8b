import { useState } from 'react';
import { Badge, Button, Dialog, Flex, SingleSelect, SingleSelectOption, Td, Tr, Typography } from '@strapi/design-system';
import { Check, Trash } from '@strapi/icons';
import { ConfirmDialog, Layouts, Page, useNotification } from '@strapi/strapi/admin';
import type { ReportedPost } from '../../../shared/contracts/moderation-queue';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { QueueTable } from '../components/QueueTable';
import { QueryState } from '@mymitt/admin-kit';
import { apiErrorMessage } from '../services/admin-request';
import { useReportedPosts } from '../services/moderation';

type Decision = 'remove' | 'dismiss';

const ModerationBadge = ({ moderation }: { moderation: ReportedPost['moderation'] }) => {
  const t = useMessages();
  const labels = {
    none: t('posts.moderation.none', 'Not reported'),
    open: t('posts.moderation.open', 'Reported'),
    removed: t('posts.moderation.removed', 'Removed'),
    dismissed: t('posts.moderation.dismissed', 'Dismissed'),
  };
  return <Badge variant={moderation === 'open' ? 'warning' : moderation === 'removed' ? 'danger' : 'neutral'}>{labels[moderation]}</Badge>;
};

const PostRow = ({ post, onDecide }: { post: ReportedPost; onDecide: (post: ReportedPost, decision: Decision) => Promise<void> }) => {
  const t = useMessages();
  return (
    <Tr>
      <Td maxWidth="22rem">
        <Typography fontWeight="bold" tag="p">
          {post.title}
        </Typography>
        <Typography variant="pi" textColor="neutral600" tag="p" ellipsis>
          {post.excerpt}
        </Typography>
      </Td>
      <Td>
        <Typography>{post.authorDisplayName}</Typography>
      </Td>
      <Td maxWidth="20rem">
        <Typography fontWeight="bold" tag="p">
          {t('posts.reportCount', '{count, plural, one {# report} other {# reports}}', { count: post.reportCount })}
        </Typography>
        {post.reports.slice(0, 3).map((report, i) => (
          <Typography key={i} variant="pi" textColor="neutral600" tag="p">
            {report.reason}
            {report.note ? ` — ${report.note}` : ''}
          </Typography>
        ))}
      </Td>
      <Td>
        <Typography variant="pi">{post.lastReportedAt ? new Date(post.lastReportedAt).toLocaleString() : '—'}</Typography>
      </Td>
      <Td>
        <ModerationBadge moderation={post.moderation} />
      </Td>
      <Td>
        {post.moderation === 'open' && (
          <Flex gap={2}>
            <Dialog.Root>
              <Dialog.Trigger>
                <Button variant="danger-light" size="S" startIcon={<Trash />}>
                  {t('posts.remove', 'Remove')}
                </Button>
              </Dialog.Trigger>
              <ConfirmDialog variant="danger" onConfirm={() => onDecide(post, 'remove')}>
                {t('posts.removeConfirm', 'Unpublish “{title}”? Its author will not be able to publish it again.', {
                  title: post.title,
                })}
              </ConfirmDialog>
            </Dialog.Root>
            <Button variant="secondary" size="S" startIcon={<Check />} onClick={() => onDecide(post, 'dismiss')}>
              {t('posts.dismiss', 'Dismiss')}
            </Button>
          </Flex>
        )}
      </Td>
    </Tr>
  );
};

/** Posts supporters reported: unpublish them or dismiss the reports (ACTIONS.moderate). */
export const ReportedPostsPage = () => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const [page, setPage] = useState(1);
  const { state, decide } = useReportedPosts(status, page);

  const onDecide = async (post: ReportedPost, decision: Decision) => {
    try {
      await decide(post.documentId, decision);
      toggleNotification({
        type: 'success',
        message:
          decision === 'remove'
            ? t('posts.removed', '“{title}” was unpublished.', { title: post.title })
            : t('posts.dismissed', 'Reports on “{title}” were dismissed.', { title: post.title }),
      });
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('moderation.failed', 'That did not work. Try again.') });
    }
  };

  const title = t('posts.title', 'Reported posts');
  const headers = [
    t('posts.post', 'Post'),
    t('posts.author', 'Author'),
    t('posts.reports', 'Reports'),
    t('posts.lastReported', 'Last reported'),
    t('posts.status', 'Status'),
    t('posts.actions', 'Actions'),
  ];
  return (
    <Page.Protect permissions={PERMISSIONS.moderatePosts}>
      <Page.Main>
        <Page.Title>{title}</Page.Title>
        <Layouts.Header title={title} subtitle={t('posts.subtitle', 'Supporter blog posts reported by other supporters')} />
        <Layouts.Action
          startActions={
            <SingleSelect
              aria-label={t('moderation.show', 'Show')}
              value={status}
              onChange={(value: string | number) => {
                setStatus(value === 'all' ? 'all' : 'open');
                setPage(1);
              }}
            >
              <SingleSelectOption value="open">{t('posts.filter.open', 'Awaiting a decision')}</SingleSelectOption>
              <SingleSelectOption value="all">{t('posts.filter.all', 'All reported posts')}</SingleSelectOption>
            </SingleSelect>
          }
        />
        <Layouts.Content>
          <QueryState state={state}>
            {(body) => (
              <QueueTable
                headers={headers}
                rows={body.data}
                emptyText={t('posts.empty', 'No reported post is waiting.')}
                pagination={body.meta.pagination}
                onPage={setPage}
              >
                {(post) => <PostRow key={post.documentId} post={post} onDecide={onDecide} />}
              </QueueTable>
            )}
          </QueryState>
        </Layouts.Content>
      </Page.Main>
    </Page.Protect>
  );
};
