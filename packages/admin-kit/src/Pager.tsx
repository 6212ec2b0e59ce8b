import { Button, Flex, Typography } from '@strapi/design-system';
import type { Translate } from './messages';

/** Previous / next over a paged admin list (messages `pager.previous`, `pager.position`, `pager.next` of the plugin). */
export const Pager = ({
  pagination,
  onPage,
  t,
}: {
  pagination: { page: number; pageCount: number };
  onPage: (page: number) => void;
  t: Translate;
}) => {
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
