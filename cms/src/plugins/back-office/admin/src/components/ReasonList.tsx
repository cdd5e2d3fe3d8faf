import { Flex, Typography } from '@strapi/design-system';
import { Check, Information, WarningCircle } from '@strapi/icons';
import type { MatchReason } from '../api';
import { useLabels } from '../labels';
import { REASON_TONES } from '../../../../../matching/reasons';

/** Why a suggestion was made, one reason per line: what fits, what is only a fact to check, and drawbacks. */
export function ReasonList({ reasons }: { reasons: MatchReason[] }) {
  const { t, reasonText } = useLabels();
  return (
    <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
      {reasons.map((reason) => {
        const tone = REASON_TONES[reason.code] ?? 'neutral';
        const text = reasonText(reason);
        return (
          <Flex tag="li" key={reason.code} gap={1}>
            {tone === 'drawback' && <WarningCircle aria-hidden fill="warning600" />}
            {tone === 'neutral' && <Information aria-hidden fill="neutral500" />}
            {tone === 'fits' && <Check aria-hidden fill="success600" />}
            <Typography variant="pi" textColor={tone === 'drawback' ? 'warning700' : tone === 'neutral' ? 'neutral600' : 'neutral800'}>
              {tone === 'drawback' ? t('reason.drawback', { reason: text }) : tone === 'neutral' ? t('reason.toCheck', { reason: text }) : text}
            </Typography>
          </Flex>
        );
      })}
    </Flex>
  );
}
