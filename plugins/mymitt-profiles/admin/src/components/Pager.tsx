import { Button, Flex, Typography } from '@strapi/design-system';
import type { Pagination } from '../../../shared/contracts/moderation-queue';
import { useMessages } from '../hooks/use-messages';

/** Previous / next over a paged admin list. */
export const Pager = ({ pagination, onPage }: { pagination: Pagination; onPage: (page: number) => void }) => {
  const t = useMessages();
  if (pagination.pageCount <= 1) return null;
  return (
    <Flex gap={3} justifyContent="flex-end" paddingTop={4}>
      <Button variant="tertiary" disabled={pagination.page <= 1} onClick={() => onPage(pagination.page - 1)}>
        {t('pager.previous', 'Previous')}
      </Button>
      <Typography variant="pi">
        {t('pager.position', 'Page {page} of {pageCount}', { page: pagination.page, pageCount: pagination.pageCount })}
      </Typography>
      <Button variant="tertiary" disabled={pagination.page >= pagination.pageCount} onClick={() => onPage(pagination.page + 1)}>
        {t('pager.next', 'Next')}
      </Button>
    </Flex>
  );
};
