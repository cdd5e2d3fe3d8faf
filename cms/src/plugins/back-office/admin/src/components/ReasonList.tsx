import { Flex, Typography } from '@strapi/design-system';
import { Check, WarningCircle } from '@strapi/icons';
import type { MatchReason } from '../api';
import { isDrawback, reasonText } from '../labels';

/** Why a suggestion was made, one reason per line, drawbacks marked as such. */
export function ReasonList({ reasons }: { reasons: MatchReason[] }) {
  return (
    <Flex tag="ul" direction="column" alignItems="flex-start" gap={1}>
      {reasons.map((reason) => {
        const drawback = isDrawback(reason);
        return (
          <Flex tag="li" key={reason.code} gap={1}>
            {drawback ? <WarningCircle aria-hidden fill="warning600" /> : <Check aria-hidden fill="success600" />}
            <Typography variant="pi" textColor={drawback ? 'warning700' : 'neutral800'}>
              {drawback ? `Drawback: ${reasonText(reason)}` : reasonText(reason)}
            </Typography>
          </Flex>
        );
      })}
    </Flex>
  );
}
