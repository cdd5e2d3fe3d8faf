import { Button, Flex, Typography } from '@strapi/design-system';
import { useLabels } from '../labels';

/** Previous and next under a paged list, with where the staff member is; nothing when all fits on one page. */
export function Pager({ page, pageCount, onPage }: { page: number; pageCount: number; onPage: (page: number) => void }) {
  const { t } = useLabels();
  if (pageCount <= 1) return null;
  return (
    <Flex gap={2} justifyContent="flex-end">
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('queue.previous-page')}
      </Button>
      <Typography>{t('queue.page-of', { page, pageCount })}</Typography>
      <Button variant="tertiary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t('queue.next-page')}
      </Button>
    </Flex>
  );
}
