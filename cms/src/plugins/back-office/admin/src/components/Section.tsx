import type * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

/** A titled block of a page, named by its heading for assistive technology. */
export function Section({ title, id, children, action }: { title: string; id: string; children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <Box tag="section" aria-labelledby={id} background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Box paddingBottom={4} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '1rem' }}>
        <Typography tag="h2" id={id} variant="delta">
          {title}
        </Typography>
        {action}
      </Box>
      {children}
    </Box>
  );
}
