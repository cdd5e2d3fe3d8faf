import { useEffect, useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { formatDateTime } from '@cb/domain';
import { useStaffTexts } from '../plugins/back-office/admin/src/i18n';

/**
 * The site build status on the admin's home page: when a build failed, the site still shows the
 * version of the last build that worked, and later publishes wait; editors see what to fix.
 * The builder reports to the CMS (POST /api/site-builds/report); this reads GET /site-builds/status.
 */

interface BuildReport {
  status: 'started' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt?: string;
  reason?: string;
}

interface BuildState {
  latest?: BuildReport;
  failing?: BuildReport;
  lastSuccess?: BuildReport;
}

export function SiteBuildStatusWidget() {
  const { t, locale } = useStaffTexts();
  const when = (report: BuildReport) => formatDateTime(locale, report.finishedAt ?? report.startedAt, 'medium');
  const { get } = useFetchClient();
  const [state, setState] = useState<BuildState | undefined>();
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    get<{ data: BuildState }>('/site-builds/status')
      .then((response) => setState(response.data.data))
      .catch(() => setUnreachable(true));
  }, [get]);

  if (unreachable) return <Typography textColor="danger600">{t('widgets.site-build.unreachable')}</Typography>;
  if (!state) return <Typography textColor="neutral600">{t('widgets.site-build.reading')}</Typography>;
  if (state.latest?.status === 'failed' && state.failing) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2} role="alert" data-testid="site-build-failed">
        <Typography variant="omega" fontWeight="bold" textColor="danger600">
          {t('widgets.site-build.failed', { when: when(state.failing) })}
        </Typography>
        <Typography variant="pi">
          {state.lastSuccess ? `${t('widgets.site-build.still-shows', { when: when(state.lastSuccess) })} ` : ''}
          {t('widgets.site-build.fix')}
        </Typography>
        <Box background="danger100" padding={2} hasRadius>
          <Typography tag="pre" variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
            {state.failing.reason ?? t('widgets.site-build.no-reason')}
          </Typography>
        </Box>
      </Flex>
    );
  }
  if (state.latest?.status === 'succeeded')
    return <Typography data-testid="site-build-ok">{t('widgets.site-build.ok', { when: when(state.latest) })}</Typography>;
  return <Typography textColor="neutral600">{t('widgets.site-build.none')}</Typography>;
}
