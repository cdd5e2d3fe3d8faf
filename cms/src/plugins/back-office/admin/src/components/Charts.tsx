import { Box, Table, Tbody, Td, Th, Tr, Typography } from '@strapi/design-system';
import { TableHead } from './TableHead';
import { useStaffTexts } from '../i18n';

/**
 * Charts drawn as inline SVG (no chart library, nothing fetched), each with the same figures as a
 * table for those who do not see the chart. Colours are the design system's primary and success.
 */

export interface Series {
  name: string;
  colour: string;
}

export interface ChartRow {
  label: string;
  values: number[];
}

const TEXT = '#32324d';
const GRID = '#dcdce4';
export const COLOURS = { primary: '#4945ff', secondary: '#328048', neutral: '#666687' } as const;

interface ChartProps {
  /** Says what the chart shows, for assistive technology. */
  summary: string;
  series: Series[];
  rows: ChartRow[];
  /** What the first column of the table names (week, municipality...). */
  rowHeading: string;
}

/** Horizontal bars, one group per row: good for long labels (municipalities, categories, outcomes). */
export function HorizontalBarChart({ summary, series, rows, rowHeading }: ChartProps) {
  const max = Math.max(1, ...rows.flatMap((row) => row.values));
  const barHeight = 14;
  const groupHeight = barHeight * series.length + 10;
  const labelWidth = 190;
  const width = 640;
  const barSpace = width - labelWidth - 50;
  const height = rows.length * groupHeight + 10;
  return (
    <Box>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        {rows.map((row, rowIndex) => {
          const top = rowIndex * groupHeight + 5;
          return (
            <g key={row.label}>
              <text x={labelWidth - 8} y={top + (barHeight * series.length) / 2 + 4} textAnchor="end" fontSize="12" fill={TEXT}>
                {row.label}
              </text>
              {series.map((serie, serieIndex) => {
                const value = row.values[serieIndex] ?? 0;
                const barWidth = (value / max) * barSpace;
                const y = top + serieIndex * barHeight;
                return (
                  <g key={serie.name}>
                    <rect x={labelWidth} y={y} width={Math.max(barWidth, value > 0 ? 2 : 0)} height={barHeight - 2} fill={serie.colour} rx="2" />
                    <text x={labelWidth + barWidth + 6} y={y + barHeight - 4} fontSize="11" fill={TEXT}>
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <Legend series={series} />
      <DataTable summary={summary} series={series} rows={rows} rowHeading={rowHeading} />
    </Box>
  );
}

/** Vertical bars over time: one group per week. */
export function ColumnChart({ summary, series, rows, rowHeading }: ChartProps) {
  const max = Math.max(1, ...rows.flatMap((row) => row.values));
  const width = 640;
  const height = 220;
  const bottom = 30;
  const left = 30;
  const groupWidth = (width - left) / Math.max(1, rows.length);
  const barWidth = Math.max(2, (groupWidth - 6) / series.length);
  const scale = (value: number) => (value / max) * (height - bottom - 20);
  return (
    <Box>
      <svg role="img" aria-label={summary} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width }}>
        <line x1={left} x2={width} y1={height - bottom} y2={height - bottom} stroke={GRID} />
        <text x={left - 6} y={height - bottom - scale(max) + 4} textAnchor="end" fontSize="11" fill={TEXT}>
          {max}
        </text>
        {rows.map((row, rowIndex) => {
          const groupLeft = left + rowIndex * groupWidth + 3;
          return (
            <g key={row.label}>
              {series.map((serie, serieIndex) => {
                const barHeight = scale(row.values[serieIndex] ?? 0);
                return (
                  <rect
                    key={serie.name}
                    x={groupLeft + serieIndex * barWidth}
                    y={height - bottom - barHeight}
                    width={barWidth - 1}
                    height={barHeight}
                    fill={serie.colour}
                  />
                );
              })}
              <text x={groupLeft + (groupWidth - 6) / 2} y={height - bottom + 14} textAnchor="middle" fontSize="10" fill={TEXT}>
                {row.label.replace(/^\d{4}-/, '')}
              </text>
            </g>
          );
        })}
      </svg>
      <Legend series={series} />
      <DataTable summary={summary} series={series} rows={rows} rowHeading={rowHeading} />
    </Box>
  );
}

function Legend({ series }: { series: Series[] }) {
  if (series.length < 2) return null;
  return (
    <Box tag="ul" style={{ display: 'flex', gap: '1rem', listStyle: 'none', padding: 0, margin: '0.5rem 0' }}>
      {series.map((serie) => (
        <li key={serie.name} style={{ display: 'flex', alignItems: 'center', gap: '0.4rem' }}>
          <svg width="12" height="12" aria-hidden="true">
            <rect width="12" height="12" fill={serie.colour} />
          </svg>
          <Typography variant="pi">{serie.name}</Typography>
        </li>
      ))}
    </Box>
  );
}

/** The chart's figures as a table, behind a disclosure so the page stays light to look at. */
function DataTable({ summary, series, rows, rowHeading }: ChartProps) {
  const { t } = useStaffTexts();
  return (
    <details>
      <summary>
        <Typography variant="pi">{t('dashboard.as-table')}</Typography>
      </summary>
      <Table colCount={series.length + 1} rowCount={rows.length + 1}>
        <caption style={{ textAlign: 'left' }}>
          <Typography variant="pi">{summary}</Typography>
        </caption>
        <TableHead headings={[rowHeading, ...series.map((serie) => serie.name)]} />
        <Tbody>
          {rows.map((row) => (
            <Tr key={row.label}>
              <Th scope="row">
                <Typography>{row.label}</Typography>
              </Th>
              {series.map((serie, index) => (
                <Td key={serie.name}>
                  <Typography>{row.values[index] ?? 0}</Typography>
                </Td>
              ))}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </details>
  );
}
