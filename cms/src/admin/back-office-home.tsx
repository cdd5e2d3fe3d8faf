import { Link as RouterLink } from 'react-router-dom';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { OPEN_REQUEST_STATUSES } from '@cb/domain';
import type { Queue, ScreeningQueueCounts } from '../plugins/back-office/server/contracts';
import { useBackOffice } from '../plugins/back-office/admin/src/api';
import { useStaffTexts } from '../plugins/back-office/admin/src/i18n';
import { pagePath } from '../plugins/back-office/admin/src/pluginId';

/** How many of the queue's first requests the home page names. */
const SHOWN = 5;

/**
 * On the admin's home page, for back-office staff: how many requests are open and new, how many are
 * urgent at the head of the queue (the queue puts them first), the next few with a link to each, and
 * the way into the queue; and how many volunteers wait for screening, with the way to them. Read from
 * the back office's own routes (GET /back-office/requests, GET /back-office/screening-queue/counts, a count query).
 */
export function BackOfficeHomeWidget() {
  const { t } = useStaffTexts();
  const { data, problem } = useBackOffice<Queue>('/back-office/requests');
  const screening = useBackOffice<ScreeningQueueCounts>('/back-office/screening-queue/counts');
  if (problem) return <Typography textColor="danger600">{t('home.unreadable')}</Typography>;
  if (!data) return <Typography textColor="neutral600">{t('home.loading')}</Typography>;
  const open = OPEN_REQUEST_STATUSES.reduce((sum, status) => sum + (data.counts.byStatus[status] ?? 0), 0);
  const urgent = data.results.filter((row) => row.urgency === 'urgent' || row.concernOpen).length;
  const first = data.results.slice(0, SHOWN);
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="back-office-home">
      <Typography tag="p" variant="omega" fontWeight="bold">
        {t('home.open', { count: open })} ({t('home.new', { count: data.counts.byStatus.new ?? 0 })})
      </Typography>
      <Typography tag="p" variant="omega">
        {t('home.urgent', { count: urgent })}
      </Typography>
      {first.length > 0 && (
        <Box tag="section" aria-labelledby="back-office-home-first">
          <Typography tag="h3" id="back-office-home-first" variant="sigma">
            {t('home.first')}
          </Typography>
          <Box tag="ul" paddingTop={1}>
            {first.map((row) => (
              <Box tag="li" key={row.documentId} paddingBottom={1}>
                <Link tag={RouterLink} to={pagePath('requests', row.documentId)}>
                  {t('home.row', { reference: row.reference, name: row.contactName })}
                </Link>
                {(row.urgency === 'urgent' || row.concernOpen) && <Typography variant="pi"> · {t('workspace.urgent')}</Typography>}
              </Box>
            ))}
          </Box>
        </Box>
      )}
      <Link tag={RouterLink} to={pagePath()}>
        {t('home.openQueue')}
      </Link>
      {screening.data && (
        <Box tag="section" aria-label={t('screening-queue.title')}>
          <Typography tag="p" variant="omega">
            {t('home.toScreen', { count: screening.data.total })}
          </Typography>
          <Link tag={RouterLink} to={pagePath('screening')}>
            {t('home.openScreening')}
          </Link>
        </Box>
      )}
    </Flex>
  );
}
