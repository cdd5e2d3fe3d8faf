import { useEffect, useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

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

const when = (report: BuildReport | undefined) => (report ? new Date(report.finishedAt ?? report.startedAt).toLocaleString() : '');

export function SiteBuildStatusWidget() {
  const { get } = useFetchClient();
  const [state, setState] = useState<BuildState | undefined>();
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    get<{ data: BuildState }>('/site-builds/status')
      .then((response) => setState(response.data.data))
      .catch(() => setUnreachable(true));
  }, [get]);

  if (unreachable) return <Typography textColor="danger600">The status of the site build could not be read.</Typography>;
  if (!state) return <Typography textColor="neutral600">Reading the site build status…</Typography>;
  if (state.latest?.status === 'failed' && state.failing) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2} role="alert" data-testid="site-build-failed">
        <Typography variant="omega" fontWeight="bold" textColor="danger600">
          The last site build failed ({when(state.failing)}). Your latest changes are not online yet.
        </Typography>
        <Typography variant="pi">
          {state.lastSuccess ? `The site still shows the version built on ${when(state.lastSuccess)}. ` : ''}
          Fix what is listed below, then publish again:
        </Typography>
        <Box background="danger100" padding={2} hasRadius>
          <Typography tag="pre" variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
            {state.failing.reason ?? 'No reason was given.'}
          </Typography>
        </Box>
      </Flex>
    );
  }
  if (state.latest?.status === 'succeeded')
    return <Typography data-testid="site-build-ok">The site was last built on {when(state.latest)}: it is up to date.</Typography>;
  return <Typography textColor="neutral600">No site build has been reported yet.</Typography>;
}
