import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { formatDateTime, type Locale } from '@cb/domain';
import {
  editViewPath,
  type MissingAltText,
  type MissingLocales,
  type MissingWork,
  type PublicContentType,
  type ScheduleRefusal,
  type ScheduleRefusalProblem,
} from '../editing/contracts';
import { fieldLabelOf } from '../editing/field-label';
import { whyRefused } from '../editing/value-rule-words';
import { useStaffTexts } from '../plugins/back-office/admin/src/i18n';

/**
 * On the admin's home page, for editors: the scheduled publishes the content rules refused (which
 * document, language and field, and why, with a link to it), the published documents missing a language, each with a
 * link to the content manager in that language (where "Fill in from another locale" copies a
 * version to start from), and the images without alternative text in a language
 * (GET /editing/missing-work).
 */

const SHOWN = 15;

type T = ReturnType<typeof useStaffTexts>['t'];

export function MissingWorkWidget() {
  const { get } = useFetchClient();
  const { t } = useStaffTexts();
  const [work, setWork] = useState<MissingWork | undefined>();
  const [unreadable, setUnreadable] = useState(false);

  useEffect(() => {
    get<{ data: MissingWork }>('/editing/missing-work')
      .then((response) => setWork(response.data.data))
      .catch(() => setUnreadable(true));
  }, [get]);

  if (unreadable) return <Typography textColor="danger600">{t('editing.missing.unreadable')}</Typography>;
  if (!work) return <Typography textColor="neutral600">{t('editing.missing.loading')}</Typography>;
  const nothing = work.scheduleRefusals.length === 0 && work.locales.length === 0 && work.altTexts.length === 0;
  if (nothing) return <Typography data-testid="missing-work-none">{t('editing.missing.none')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="missing-work">
      {work.scheduleRefusals.length > 0 && <ScheduleRefusals refusals={work.scheduleRefusals} t={t} />}
      {work.locales.length > 0 && (
        <Box tag="section">
          <Typography tag="h3" variant="delta">
            {t('editing.missing.locales', { count: work.locales.length })}
          </Typography>
          <Rows rows={work.locales} t={t} render={(row) => <MissingLocaleLinks row={row} t={t} />} />
        </Box>
      )}
      {work.altTexts.length > 0 && (
        <Box tag="section">
          <Typography tag="h3" variant="delta">
            {t('editing.missing.images', { count: work.altTexts.length })}
          </Typography>
          <Rows rows={work.altTexts} t={t} render={(row) => <AltTextLink row={row} t={t} />} />
        </Box>
      )}
    </Flex>
  );
}

function Rows<Row extends MissingLocales | MissingAltText>({ rows, t, render }: { rows: Row[]; t: T; render: (row: Row) => JSX.Element }) {
  return (
    <>
      <Box tag="ul" paddingTop={2}>
        {rows.slice(0, SHOWN).map((row) => (
          <Box tag="li" key={`${row.uid}:${row.documentId}:${'locale' in row ? row.locale : ''}`} paddingBottom={2}>
            <Typography variant="omega" fontWeight="semiBold">
              {typeName(t, row.type)}: {row.title ?? t('editing.missing.untitled')}
            </Typography>{' '}
            {render(row)}
          </Box>
        ))}
      </Box>
      {rows.length > SHOWN && <Typography variant="pi">{t('editing.missing.more', { count: rows.length - SHOWN })}</Typography>}
    </>
  );
}

function MissingLocaleLinks({ row, t }: { row: MissingLocales; t: T }) {
  const { locale } = useStaffTexts();
  return (
    <Flex gap={3} wrap="wrap" tag="span">
      {row.scheduledFor && <Typography variant="pi">{t('editing.missing.scheduled', { when: formatDateTime(locale, row.scheduledFor) })}</Typography>}
      {row.missing.map((locale) => (
        <Link key={locale} tag={RouterLink} to={editViewPath(row, locale)} title={t('editing.missing.addHint', { language: languageName(t, locale) })}>
          {t('editing.missing.add', { language: languageName(t, locale) })}
        </Link>
      ))}
    </Flex>
  );
}

function AltTextLink({ row, t }: { row: MissingAltText; t: T }) {
  const { locale } = useStaffTexts();
  return (
    <Link tag={RouterLink} to={editViewPath(row, row.locale)}>
      {t('editing.missing.writeAlt', { language: languageName(t, row.locale) })} ({fieldLabelOf(row.uid, row.altField, locale)})
    </Link>
  );
}

function ScheduleRefusals({ refusals, t }: { refusals: ScheduleRefusal[]; t: T }) {
  return (
    <Box tag="section" role="alert" data-testid="schedule-refusals">
      <Typography tag="h3" variant="delta" textColor="danger600">
        {t('editing.refusals.heading', { count: refusals.length })}
      </Typography>
      <Box tag="ul" paddingTop={2}>
        {refusals.slice(0, SHOWN).map((refusal) => (
          <Box tag="li" key={`${refusal.uid}:${refusal.documentId}:${refusal.locale}`} paddingBottom={2}>
            <RefusalLine refusal={refusal} t={t} />
          </Box>
        ))}
      </Box>
      {refusals.length > SHOWN && <Typography variant="pi">{t('editing.missing.more', { count: refusals.length - SHOWN })}</Typography>}
    </Box>
  );
}

function RefusalLine({ refusal, t }: { refusal: ScheduleRefusal; t: T }) {
  const { locale } = useStaffTexts();
  const language = languageName(t, refusal.locale);
  const title = refusal.title ?? t('editing.missing.untitled');
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="omega" fontWeight="semiBold">
        {t('editing.refusals.row', { type: typeName(t, refusal.type), title, language, when: formatDateTime(locale, refusal.moment) })}
      </Typography>
      {refusal.problems.map((problem) => (
        <Typography key={problem.path} variant="pi">
          {t('editing.refusals.problem', { field: fieldLabelOf(refusal.uid, problem.field, locale), why: whyOf(t, problem) })}
        </Typography>
      ))}
      <Typography variant="pi">
        {t('editing.refusals.fix')}{' '}
        <Link tag={RouterLink} to={editViewPath(refusal, refusal.locale)}>
          {t('editing.build.open', { language })}
        </Link>
      </Typography>
    </Flex>
  );
}

function whyOf(t: T, problem: ScheduleRefusalProblem): string {
  if (problem.reason === 'alt-missing') return t('editing.refusals.why.alt-missing');
  const { id, values } = whyRefused(problem.reason);
  return t(id, values);
}

export const languageName = (t: T, locale: Locale) => t(`editing.locale.${locale}`);
export const typeName = (t: T, type: PublicContentType) => t(`editing.type.${type}`);
