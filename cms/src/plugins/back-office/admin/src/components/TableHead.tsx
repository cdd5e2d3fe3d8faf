import { Th, Thead, Tr, Typography } from '@strapi/design-system';

/** A table's column headings, as every list of the workspace shows them. */
export function TableHead({ headings }: { headings: readonly string[] }) {
  return (
    <Thead>
      <Tr>
        {headings.map((heading) => (
          <Th key={heading}>
            <Typography variant="sigma">{heading}</Typography>
          </Th>
        ))}
      </Tr>
    </Thead>
  );
}
