import { Flex, Typography } from '@strapi/design-system';
import { Check, WarningCircle } from '@strapi/icons';
import type { MatchReason } from '../api';
import { isDrawback, useLabels } from '../labels';

/** Why a suggestion was made, one reason per line, drawbacks marked as such. */
export function ReasonList({ reasons }: { reasons: MatchReason[] }) {
  const { t, reasonText } = useLabels();
  return (
    <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
      {reasons.map((reason) => {
        const drawback = isDrawback(reason);
        return (
          <Flex tag="li" key={reason.code} gap={1}>
            {drawback ? <WarningCircle aria-hidden fill="warning600" /> : <Check aria-hidden fill="success600" />}
            <Typography variant="pi" textColor={drawback ? 'warning700' : 'neutral800'}>
              {drawback ? t('reason.drawback', { reason: reasonText(reason) }) : reasonText(reason)}
            </Typography>
          </Flex>
        );
      })}
    </Flex>
  );
}
