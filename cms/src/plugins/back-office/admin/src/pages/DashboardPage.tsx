import * as React from 'react';
import { Box, Flex, Grid, Typography } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { HELP_CATEGORIES, MATCH_STATUSES, MUNICIPALITIES } from '@cb/domain';
import { useBackOffice, withQuery, type DashboardFigures } from '../api';
import { categoryName, municipalityName, statusLabel } from '../labels';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { COLOURS, ColumnChart, HorizontalBarChart, type ChartRow } from '../components/Charts';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';

const PERIODS = [4, 12, 26, 52].map((weeks) => ({ value: String(weeks), label: `Last ${weeks} weeks` }));
const CATEGORIES = HELP_CATEGORIES.map(({ code }) => ({ value: code, label: categoryName(code) }));
const PLACES = MUNICIPALITIES.map(({ code }) => ({ value: code, label: municipalityName(code) }));

/** Largest first, so the eye finds the big ones. */
const byCount = (counts: Record<string, number>, nameOf: (code: string) => string): ChartRow[] =>
  Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([code, count]) => ({ label: nameOf(code), values: [count] }));

export function DashboardPage() {
  const [weeks, setWeeks] = React.useState('12');
  const [municipality, setMunicipality] = React.useState<string | undefined>();
  const [category, setCategory] = React.useState<string | undefined>();
  const { data, problem, loading } = useBackOffice<DashboardFigures>(withQuery('/back-office/dashboard', { weeks, municipality, category }));
  return (
    <PageShell title="Dashboard" subtitle="Requests, offers, matches and how fast people hear from us">
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Flex gap={4} wrap="wrap" alignItems="flex-start">
          <Box minWidth="16rem">
            <ChoiceSelect name="dashboard-weeks" label="Period" value={weeks} choices={PERIODS} onChange={(value) => value && setWeeks(value)} />
          </Box>
          <Box minWidth="16rem">
            <ChoiceSelect
              name="dashboard-municipality"
              label="Municipality"
              placeholder="All of Brussels"
              value={municipality}
              choices={PLACES}
              onChange={setMunicipality}
              clearable
            />
          </Box>
          <Box minWidth="16rem">
            <ChoiceSelect
              name="dashboard-category"
              label="Kind of help"
              placeholder="Every kind of help"
              value={category}
              choices={CATEGORIES}
              onChange={setCategory}
              clearable
            />
          </Box>
        </Flex>
        <ProblemAlert problem={problem} title="The figures could not be loaded" />
        {loading && !data && <Page.Loading />}
        {data && <Figures figures={data} />}
      </Flex>
    </PageShell>
  );
}

function Figures({ figures }: { figures: DashboardFigures }) {
  const matchOutcomes = MATCH_STATUSES.map((status) => ({ label: statusLabel(status), values: [figures.outcomes[status] ?? 0] }));
  return (
    <>
      <KeyFigures figures={figures} />
      <Section title="Requests and offers per week" id="chart-weeks">
        <ColumnChart
          summary={`Requests and offers per week, over ${figures.weeks.length} weeks: ${sum(figures.weeks.map((week) => week.requests))} requests and ${sum(figures.weeks.map((week) => week.offers))} offers.`}
          rowHeading="Week"
          series={[
            { name: 'Requests', colour: COLOURS.primary },
            { name: 'Offers', colour: COLOURS.secondary },
          ]}
          rows={figures.weeks.map((week) => ({ label: week.week, values: [week.requests, week.offers] }))}
        />
      </Section>
      <Section title="Matches and their outcomes" id="chart-outcomes">
        <HorizontalBarChart
          summary={`Matches by status: ${describe(matchOutcomes)}.`}
          rowHeading="Status"
          series={[{ name: 'Matches', colour: COLOURS.primary }]}
          rows={matchOutcomes}
        />
      </Section>
      <Section title="Requests by kind of help" id="chart-categories">
        <Chart rows={byCount(figures.byCategory, categoryName)} what="Requests by kind of help" heading="Kind of help" />
      </Section>
      <Section title="Requests by municipality" id="chart-municipalities">
        <Chart rows={byCount(figures.byMunicipality, municipalityName)} what="Requests by municipality" heading="Municipality" />
      </Section>
    </>
  );
}

function Chart({ rows, what, heading }: { rows: ChartRow[]; what: string; heading: string }) {
  if (rows.length === 0) return <Typography>No requests in this period.</Typography>;
  return (
    <HorizontalBarChart summary={`${what}: ${describe(rows)}.`} rowHeading={heading} series={[{ name: 'Requests', colour: COLOURS.primary }]} rows={rows} />
  );
}

function KeyFigures({ figures }: { figures: DashboardFigures }) {
  const { median, p90, count } = figures.daysToFirstContact;
  const days = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value * 10) / 10} days`);
  const cards = [
    { label: 'Median time to first contact', value: days(median), note: `over ${count} requests` },
    { label: '9 in 10 contacted within', value: days(p90), note: 'from the request to the first contact' },
    { label: 'Referrals to initiatives', value: String(figures.referrals), note: 'in this period' },
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
const describe = (rows: ChartRow[]) => rows.map((row) => `${row.label} ${row.values[0] ?? 0}`).join(', ');
