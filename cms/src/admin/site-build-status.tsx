import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { formatDateTime, formatNumber, PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES, type Locale } from '@cb/domain';
import { apiUid } from '../content-model/uids';
import { topFieldOf, whyRefused } from '../editing/value-rule-words';
import { editViewPath, type PublicContentType, type SiteBuildProblem, type SiteBuildReport, type SiteBuildState } from '../editing/contracts';
import { fieldLabelOf } from '../editing/field-label';
import { useStaffTexts } from '../plugins/back-office/admin/src/i18n';
import { languageName, typeName } from './missing-work';

/**
 * The site build status on the admin's home page, for editors: when a build failed, the site still
 * shows the version of the last build that worked, and later publishes wait; editors see which
 * document, language and field to fix, with a link to it. The builder reports to the CMS
 * (POST /api/site-builds/report); this reads GET /site-builds/status.
 */

const PUBLIC_TYPES: readonly string[] = [...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES];
const isPublicType = (type: string): type is PublicContentType => PUBLIC_TYPES.includes(type);

type T = ReturnType<typeof useStaffTexts>['t'];

export function SiteBuildStatusWidget() {
  const { get } = useFetchClient();
  const { t, locale } = useStaffTexts();
  const [state, setState] = useState<SiteBuildState | undefined>();
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    get<{ data: SiteBuildState }>('/site-builds/status')
      .then((response) => setState(response.data.data))
      .catch(() => setUnreadable(true));
  }, [get]);

  const when = (report: SiteBuildReport) => formatDateTime(locale, report.finishedAt ?? report.startedAt);

  if (unreadable) return <Typography textColor="danger600">{t('editing.build.unreadable')}</Typography>;
  if (!state) return <Typography textColor="neutral600">{t('editing.build.loading')}</Typography>;
  const { latest, failing, lastSuccess } = state;
  if (latest?.status === 'failed' && failing) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2} role="alert" data-testid="site-build-failed">
        <Typography variant="omega" fontWeight="bold" textColor="danger600">
          {t('editing.build.failed', { when: when(failing) })}
        </Typography>
        <Typography variant="pi">
          {lastSuccess ? `${t('editing.build.stillShows', { when: when(lastSuccess) })} ` : ''}
          {t('editing.build.fix')}
        </Typography>
        {failing.problems?.length ? (
          <Box tag="ul" background="danger100" padding={2} hasRadius>
            {failing.problems.map((problem, index) => (
              <Box tag="li" key={index} paddingBottom={1}>
                <ProblemLine problem={problem} t={t} locale={locale} />
              </Box>
            ))}
          </Box>
        ) : (
          <Box background="danger100" padding={2} hasRadius>
            <Typography tag="pre" variant="pi" style={{ whiteSpace: 'pre-wrap' }}>
              {failing.reason ?? t('editing.build.noReason')}
            </Typography>
          </Box>
        )}
      </Flex>
    );
  }
  if (latest?.status === 'started') return <Typography>{t('editing.build.building', { when: formatDateTime(locale, latest.startedAt) })}</Typography>;
  if (latest?.status === 'succeeded')
    return (
      <Typography data-testid="site-build-ok">{t('editing.build.ok', { when: when(latest), seconds: formatNumber(locale, secondsOf(latest)) })}</Typography>
    );
  return <Typography textColor="neutral600">{t('editing.build.none')}</Typography>;
}

function ProblemLine({ problem, t, locale }: { problem: SiteBuildProblem; t: T; locale: Locale }) {
  const type = isPublicType(problem.type) ? typeName(t, problem.type) : problem.type;
  const name = problem.title ?? problem.slug ?? problem.documentId ?? '';
  // The field as the content manager labels it, and why in the editor's language (the build's own words are English).
  const topField = topFieldOf(problem.field);
  const field = isPublicType(problem.type) ? fieldLabelOf(apiUid(problem.type), topField, locale) : topField;
  const text = t('editing.build.problem', { type, name, language: languageName(t, problem.locale), field, message: whyOf(t, problem) });
  const link = linkOf(problem);
  return (
    <Typography variant="pi">
      {text}{' '}
      {link && (
        <Link tag={RouterLink} to={link}>
          {t('editing.build.open', { language: languageName(t, problem.locale) })}
        </Link>
      )}
    </Typography>
  );
}

function whyOf(t: T, problem: SiteBuildProblem): string {
  const { id, values } = whyRefused(problem.rule);
  return t(id, values);
}

function linkOf(problem: SiteBuildProblem): string | undefined {
  if (!isPublicType(problem.type)) return undefined;
  const single = (PUBLIC_SINGLE_TYPES as readonly string[]).includes(problem.type);
  if (!single && !problem.documentId) return undefined;
  const locale: Locale = problem.locale;
  return editViewPath({ uid: apiUid(problem.type), kind: single ? 'singleType' : 'collectionType', documentId: problem.documentId ?? '' }, locale);
}

const secondsOf = (report: SiteBuildReport) =>
  report.finishedAt ? Math.max(0, Math.round((Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000)) : 0;
