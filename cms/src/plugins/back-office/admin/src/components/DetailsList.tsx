import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

/** A case's details as a definition list: label and value side by side, the value's line breaks kept. */
export function DetailsList({ rows }: { rows: readonly (readonly [string, React.ReactNode])[] }) {
  return (
    <Box tag="dl" style={{ display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', gap: '0.5rem 1.5rem', margin: 0 }}>
      {rows.map(([label, value]) => (
        <React.Fragment key={label}>
          <Typography tag="dt" fontWeight="bold">
            {label}
          </Typography>
          <Typography tag="dd" style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
            {value}
          </Typography>
        </React.Fragment>
      ))}
    </Box>
  );
}
