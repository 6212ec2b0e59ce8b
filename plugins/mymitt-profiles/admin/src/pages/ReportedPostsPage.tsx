import { Badge, Flex, Td, Tr, Typography } from '@strapi/design-system';
import { Check, Trash } from '@strapi/icons';
import { ActionButton, ConfirmActionButton, QueuePage, useQueueFilter, Cells } from '@mymitt/admin-kit';
import type { ReportedPost } from '../../../shared/contracts/moderation-queue';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useReportedPosts } from '../services/moderation';

type Decide = ReturnType<typeof useReportedPosts>['decide'];

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

const PostActions = ({ post, decide }: { post: ReportedPost; decide: Decide }) => {
  const t = useMessages();
  const failure = t('moderation.failed', 'That did not work. Try again.');
  return (
    <Flex gap={2}>
      <ConfirmActionButton
        variant="danger-light"
        icon={<Trash />}
        question={t('posts.removeConfirm', 'Unpublish “{title}”? Its author will not be able to publish it again.', { title: post.title })}
        action={() => decide(post.documentId, 'remove')}
        success={t('posts.removed', '“{title}” was unpublished.', { title: post.title })}
        failure={failure}
      >
        {t('posts.remove', 'Remove')}
      </ConfirmActionButton>
      <ActionButton
        variant="secondary"
        icon={<Check />}
        action={() => decide(post.documentId, 'dismiss')}
        success={t('posts.dismissed', 'Reports on “{title}” were dismissed.', { title: post.title })}
        failure={failure}
      >
        {t('posts.dismiss', 'Dismiss')}
      </ActionButton>
    </Flex>
  );
};

const PostRow = ({ post, decide }: { post: ReportedPost; decide: Decide }) => {
  const t = useMessages();
  return (
    <Tr>
      <Cells.Title width="22rem" title={post.title} detail={post.excerpt} />
      <Cells.Text>{post.authorDisplayName}</Cells.Text>
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
      <Cells.Text small>{post.lastReportedAt ? new Date(post.lastReportedAt).toLocaleString() : '—'}</Cells.Text>
      <Td>
        <ModerationBadge moderation={post.moderation} />
      </Td>
      <Td>{post.moderation === 'open' && <PostActions post={post} decide={decide} />}</Td>
    </Tr>
  );
};

/** Posts supporters reported: unpublish them or dismiss the reports (ACTIONS.moderate). */
export const ReportedPostsPage = () => {
  const t = useMessages();
  const filter = useQueueFilter<'open' | 'all'>('open');
  const { state, decide } = useReportedPosts(filter.status, filter.page);
  return (
    <QueuePage
      permissions={PERMISSIONS.moderatePosts}
      page="posts"
      filter={filter.choices('posts.filter', ['open', 'all'])}
      state={state}
      columns={['post', 'author', 'reports', 'lastReported', 'status', 'actions']}
      emptyText={t('posts.empty', 'No reported post is waiting.')}
      onPage={filter.setPage}
    >
      {(post) => <PostRow key={post.documentId} post={post} decide={decide} />}
    </QueuePage>
  );
};
