import { useParams } from 'react-router-dom';
import { Flex } from '@strapi/design-system';
import { BackButton } from '@strapi/strapi/admin';

import type { HelpOfferDetails } from '../../../server/contracts';
import { useBackOffice } from '../api';
import { useStaffTexts } from '../i18n';
import { staffDate, useLabels } from '../labels';
import { CaseTimeline, textOf } from '../components/CaseTimeline';
import { OfferActions } from '../components/OfferActions';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { DetailsList } from '../components/DetailsList';
import { Section } from '../components/Section';
import { ScreeningSection } from '../components/ScreeningSection';
import { AvailabilitySection } from '../components/AvailabilitySection';

/** One help offer: who offers what, its load, what staff do with it, and its notes and history. */
export function OfferPage() {
  const { documentId = '' } = useParams();
  const { t, locale } = useStaffTexts();
  const offer = useBackOffice<HelpOfferDetails>(`/back-office/offers/${encodeURIComponent(documentId)}`);
  const data = offer.data;
  return (
    <PageShell
      title={data ? t('case.offer.title', { reference: data.reference }) : t('case.offer.fallbackTitle')}
      subtitle={data ? `${textOf(t, `status.${data.caseStatus}`)} · ${staffDate(locale, data.createdAt)}` : undefined}
      navigationAction={<BackButton />}
    >
      <ProblemAlert problem={offer.problem} title={t('case.offer.notLoaded')} />
      {!data && offer.loading && <Loading />}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <OfferDetails offer={data} />
          <ScreeningSection documentId={documentId} onChanged={offer.reload} />
          <AvailabilitySection offer={data} onChanged={offer.reload} />
          <OfferActions offer={data} onChanged={offer.reload} />
          <CaseTimeline entries={data.timeline} notePath={`/back-office/offers/${encodeURIComponent(documentId)}/notes`} onChanged={offer.reload} />
        </Flex>
      )}
    </PageShell>
  );
}

function OfferDetails({ offer }: { offer: HelpOfferDetails }) {
  const { t, vocabularyLabel, list, categoryName, municipalityName, languageName } = useLabels();
  const { locale } = useStaffTexts();
  const times = offer.availableTimes.map((code) => vocabularyLabel('availableTimes', code));
  const rows: [string, string][] = [
    [t('case.field.status'), textOf(t, `status.${offer.caseStatus}`)],
    [t('case.field.name'), offer.contactName],
    ...(offer.organisationName ? ([[t('case.offer.organisation'), offer.organisationName]] as [string, string][]) : []),
    [t('case.field.phone'), offer.phone ?? '—'],
    [t('case.field.email'), offer.email ?? '—'],
    [t('case.field.channel'), textOf(t, `channel.${offer.channel}`)],
    [t('case.field.description'), offer.description],
    // What screening and matching weigh: the kind of help, where, in which languages, when.
    [t('workspace.category'), list(offer.categories.map(categoryName))],
    [t('workspace.municipality'), offer.anywhereInBrussels ? t('mail.new.anywhere') : list(offer.municipalities.map(municipalityName))],
    [t('workspace.languages'), list(offer.languages.map(languageName))],
    [t('request.times'), times.length > 0 ? list(times) : t('request.times.not-given')],
    [t('request.availability'), offer.availability ?? '—'],
    [
      t('case.field.interests'),
      offer.interests.length > 0 ? list(offer.interests.map((code) => vocabularyLabel('interests', code))) : t('case.field.interests.none'),
    ],
    [t('case.field.capacity'), t('case.offer.capacity', { count: offer.capacity })],
    [
      t('availability.title'),
      offer.awayFrom && offer.awayUntil
        ? t('availability.away', { from: staffDate(locale, offer.awayFrom), until: staffDate(locale, offer.awayUntil) })
        : t('availability.notAway'),
    ],
    [t('case.field.matches'), t('case.offer.openMatches', { count: offer.openMatches })],
  ];
  return (
    <Section title={t('case.offer.details')} id="offer-details">
      <DetailsList rows={rows} />
    </Section>
  );
}
