import { Box, Link, Typography } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';
import type { DuplicateOf } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { reviewPath } from '../pluginId';

/** Other proposals of the call that may be the same project, and why, for the committee to look at. */
export function DuplicateList({ duplicates }: { duplicates: readonly DuplicateOf[] }) {
  const { t } = useStaffTexts();
  if (duplicates.length === 0) return <Typography>{t('review.proposal.noDuplicates')}</Typography>;
  return (
    <Box tag="ul">
      {duplicates.map((twin) => (
        <li key={twin.documentId}>
          <Link tag={RouterLink} to={reviewPath('proposals', twin.documentId)}>
            {`${twin.reference} · ${twin.projectTitle}`}
          </Link>
          <Typography>
            {` (${twin.reasons
              .map((reason) =>
                reason === 'similar-text'
                  ? t('review.duplicate.similar-text', { percent: Math.round(twin.similarity * 100) })
                  : t(`review.duplicate.${reason}`),
              )
              .join(', ')})`}
          </Typography>
        </li>
      ))}
    </Box>
  );
}
