import * as React from 'react';
import { Box, Flex, Grid, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { HELP_CATEGORIES, MATCH_STATUSES, MUNICIPALITIES } from '@cb/domain';
import { useBackOffice, withQuery, type DashboardFigures } from '../api';
import { useLabels, type Labels } from '../labels';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { COLOURS, ColumnChart, HorizontalBarChart, type ChartRow } from '../components/Charts';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';

const PERIODS = [4, 12, 26, 52];

/** Largest first, so the eye finds the big ones. */
const byCount = (counts: Record<string, number>, nameOf: (code: string) => string): ChartRow[] =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([code, count]) => ({ label: nameOf(code), values: [count] }));

export function DashboardPage() {
  const { t, categoryName, municipalityName } = useLabels();
  const [weeks, setWeeks] = React.useState('12');
  const [municipality, setMunicipality] = React.useState<string | undefined>();
  const [category, setCategory] = React.useState<string | undefined>();
  const { data, problem, loading } = useBackOffice<DashboardFigures>(withQuery('/back-office/dashboard', { weeks, municipality, category }));
  return (
    <PageShell title={t('dashboard.title')} subtitle={t('dashboard.subtitle')}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Flex gap={4} wrap="wrap" alignItems="flex-start">
          <Box minWidth="16rem">
            <ChoiceSelect
              name="dashboard-weeks"
              label={t('dashboard.period')}
              value={weeks}
              choices={PERIODS.map((count) => ({ value: String(count), label: t('dashboard.last-weeks', { weeks: count }) }))}
              onChange={(value) => value && setWeeks(value)}
            />
          </Box>
          <Box minWidth="16rem">
            <ChoiceSelect
              name="dashboard-municipality"
              label={t('workspace.municipality')}
              placeholder={t('dashboard.all-brussels')}
              value={municipality}
              choices={MUNICIPALITIES.map(({ code }) => ({ value: code, label: municipalityName(code) }))}
              onChange={setMunicipality}
              clearable
            />
          </Box>
          <Box minWidth="16rem">
            <ChoiceSelect
              name="dashboard-category"
              label={t('workspace.category')}
              placeholder={t('dashboard.every-category')}
              value={category}
              choices={HELP_CATEGORIES.map(({ code }) => ({ value: code, label: categoryName(code) }))}
              onChange={setCategory}
              clearable
            />
          </Box>
        </Flex>
        <ProblemAlert problem={problem} title={t('dashboard.load-failed')} />
        {loading && !data && <Loading />}
        {data && <Figures figures={data} />}
      </Flex>
    </PageShell>
  );
}

function Figures({ figures }: { figures: DashboardFigures }) {
  const labels = useLabels();
  const { t, statusLabel, categoryName, municipalityName, languageName, weekOfYear } = labels;
  const unmet = figures.unmetDemand;
  const matchOutcomes = MATCH_STATUSES.map((status) => ({ label: statusLabel(status), values: [figures.outcomes[status] ?? 0] }));
  return (
    <>
      <KeyFigures figures={figures} />
      <Section title={t('dashboard.per-week')} id="chart-weeks">
        <ColumnChart
          summary={t('dashboard.per-week.summary', {
            weeks: figures.weeks.length,
            requests: sum(figures.weeks.map((week) => week.requests)),
            offers: sum(figures.weeks.map((week) => week.offers)),
          })}
          rowHeading={t('dashboard.week')}
          series={[
            { name: t('dashboard.requests'), colour: COLOURS.primary },
            { name: t('dashboard.offers'), colour: COLOURS.secondary },
          ]}
          rows={figures.weeks.map((week) => ({ label: weekOfYear(week.week), values: [week.requests, week.offers] }))}
        />
      </Section>
      <Section title={t('dashboard.outcomes')} id="chart-outcomes">
        <HorizontalBarChart
          summary={t('dashboard.outcomes.summary', { list: describe(labels, matchOutcomes) })}
          rowHeading={t('workspace.status')}
          series={[{ name: t('dashboard.matches'), colour: COLOURS.primary }]}
          rows={matchOutcomes}
        />
      </Section>
      <Section title={t('dashboard.by-category')} id="chart-categories">
        <Chart rows={byCount(figures.byCategory, categoryName)} what={t('dashboard.by-category')} heading={t('workspace.category')} />
      </Section>
      <Section title={t('dashboard.by-municipality')} id="chart-municipalities">
        <Chart rows={byCount(figures.byMunicipality, municipalityName)} what={t('dashboard.by-municipality')} heading={t('workspace.municipality')} />
      </Section>
      <Section title={t('dashboard.loneliness')} id="loneliness">
        <LonelinessTable groups={figures.loneliness} />
      </Section>
      <Section title={t('dashboard.unmet')} id="unmet-demand">
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography tag="p">{t('dashboard.unmet.note', { requests: unmet.requests })}</Typography>
          {unmet.requests > 0 && (
            <>
              <Chart rows={byCount(unmet.byLanguage, languageName)} what={t('dashboard.unmet.by-language')} heading={t('dashboard.language')} />
              <Chart rows={byCount(unmet.byMunicipality, municipalityName)} what={t('dashboard.unmet.by-municipality')} heading={t('workspace.municipality')} />
              <Chart rows={byCount(unmet.byCategory, categoryName)} what={t('dashboard.unmet.by-category')} heading={t('workspace.category')} />
            </>
          )}
        </Flex>
      </Section>
    </>
  );
}

/** Per month and outcome: how many were measured twice and the mean change, or only "fewer than 5". */
function LonelinessTable({ groups }: { groups: DashboardFigures['loneliness'] }) {
  const { t, number } = useLabels();
  if (groups.length === 0) return <Typography tag="p">{t('dashboard.loneliness.none')}</Typography>;
  const change = (value: number) => `${value > 0 ? '+' : ''}${number(value, 1)}`;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Typography tag="p" textColor="neutral600">
        {t('dashboard.loneliness.note')}
      </Typography>
      <Table colCount={6} rowCount={groups.length + 1}>
        <Thead>
          <Tr>
            <Th scope="col">{t('dashboard.loneliness.month')}</Th>
            <Th scope="col">{t('dashboard.loneliness.outcome')}</Th>
            <Th scope="col">{t('dashboard.loneliness.count')}</Th>
            <Th scope="col">{t('dashboard.loneliness.change')}</Th>
            <Th scope="col">{t('dashboard.loneliness.change-emotional')}</Th>
            <Th scope="col">{t('dashboard.loneliness.change-social')}</Th>
          </Tr>
        </Thead>
        <Tbody>
          {groups.map(({ month, outcome, group }) => (
            <Tr key={`${month}-${outcome}`}>
              <Td>{month}</Td>
              <Td>{t(`dashboard.outcome.${outcome}`)}</Td>
              {group.shown ? (
                <>
                  <Td>{number(group.count)}</Td>
                  <Td>{change(group.meanChange.overall)}</Td>
                  <Td>{change(group.meanChange.emotional)}</Td>
                  <Td>{change(group.meanChange.social)}</Td>
                </>
              ) : (
                <Td colSpan={4}>{t('dashboard.fewer-than', { count: group.fewerThan })}</Td>
              )}
            </Tr>
          ))}
        </Tbody>
      </Table>
    </Flex>
  );
}

function Chart({ rows, what, heading }: { rows: ChartRow[]; what: string; heading: string }) {
  const labels = useLabels();
  const { t } = labels;
  if (rows.length === 0) return <Typography>{t('dashboard.no-requests')}</Typography>;
  return (
    <HorizontalBarChart
      summary={t('dashboard.chart.summary', { what, list: describe(labels, rows) })}
      rowHeading={heading}
      series={[{ name: t('dashboard.requests'), colour: COLOURS.primary }]}
      rows={rows}
    />
  );
}

function KeyFigures({ figures }: { figures: DashboardFigures }) {
  const { t, number } = useLabels();
  const { median, p90, count } = figures.daysToFirstContact;
  const days = (value: number | null | undefined) => (value === null || value === undefined ? '—' : t('workspace.days', { days: Math.round(value * 10) / 10 }));
  const cards = [
    { label: t('dashboard.median'), value: days(median), note: t('dashboard.median.note', { count }) },
    { label: t('dashboard.p90'), value: days(p90), note: t('dashboard.p90.note') },
    { label: t('dashboard.referrals'), value: number(figures.referrals), note: t('dashboard.referrals.note') },
  ];
  return (
    <Grid.Root gap={4} tag="ul">
      {cards.map((card) => (
        <Grid.Item key={card.label} col={4} s={12} tag="li" direction="column" alignItems="stretch">
          <Box background="neutral0" padding={5} shadow="filterShadow" hasRadius>
            <Typography variant="sigma" textColor="neutral600" tag="p">
              {card.label}
            </Typography>
            <Typography variant="alpha" tag="p">
              {card.value}
            </Typography>
            <Typography variant="pi" textColor="neutral600" tag="p">
              {card.note}
            </Typography>
          </Box>
        </Grid.Item>
      ))}
    </Grid.Root>
  );
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const describe = ({ list, number }: Labels, rows: ChartRow[]) => list(rows.map((row) => `${row.label} ${number(row.values[0] ?? 0)}`));
