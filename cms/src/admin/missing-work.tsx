import { useEffect, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { Locale } from '@cb/domain';
import { editViewPath, type MissingAltText, type MissingLocales, type MissingWork, type PublicContentType } from '../editing/contracts';
import { fieldLabelOf } from '../editing/field-label';
import { useStaffTexts } from '../plugins/back-office/admin/src/i18n';

/**
 * On the admin's home page, for editors: the published documents missing a language, each with a
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
  if (work.locales.length === 0 && work.altTexts.length === 0) return <Typography data-testid="missing-work-none">{t('editing.missing.none')}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="missing-work">
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
  return (
    <Flex gap={3} wrap="wrap" tag="span">
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

export const languageName = (t: T, locale: Locale) => t(`editing.locale.${locale}`);
export const typeName = (t: T, type: PublicContentType) => t(`editing.type.${type}`);
