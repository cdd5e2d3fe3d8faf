import { Layouts, Page, SubNav } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { USE_PERMISSION, pagePath } from '../pluginId';
import { useStaffTexts } from '../i18n';
import { QueuePage } from './QueuePage';
import { RequestPage } from './RequestPage';
import { OfferPage } from './OfferPage';
import { FollowUpsPage } from './FollowUpsPage';
import { ScreeningQueuePage } from './ScreeningQueuePage';
import { DashboardPage } from './DashboardPage';
import { IntakePage } from './IntakePage';
import { ProposalsPage } from './ProposalsPage';
import { PeoplePage } from './PeoplePage';
import { OutboxPage } from './OutboxPage';

/** The workspace's pages, each at a path under /admin/plugins/back-office, named in the menu (short enough for it at 1024 px). */
export const PAGES = [
  { path: '', label: 'queue.title' },
  { path: 'screening', label: 'screening-queue.title' },
  { path: 'follow-ups', label: 'follow-ups.title' },
  { path: 'intake', label: 'intake.nav' },
  { path: 'dashboard', label: 'dashboard.title' },
  { path: 'project-calls', label: 'proposals.nav' },
  { path: 'people', label: 'people.title' },
  { path: 'outbox', label: 'outbox.title' },
] as const;

function Navigation() {
  const { t } = useStaffTexts();
  return (
    <SubNav.Main aria-label={t('workspace.name')}>
      <SubNav.Header label={t('workspace.name')} />
      <SubNav.Content>
        <SubNav.Sections>
          {PAGES.map((page) => (
            <SubNav.Link key={page.path} to={page.path ? pagePath(page.path) : pagePath()} end={page.path === ''} label={t(page.label)} />
          ))}
        </SubNav.Sections>
      </SubNav.Content>
    </SubNav.Main>
  );
}

export default function App() {
  return (
    <Page.Protect permissions={USE_PERMISSION}>
      <Layouts.Root sideNav={<Navigation />}>
        <Routes>
          <Route index element={<QueuePage />} />
          <Route path="requests/:documentId" element={<RequestPage />} />
          <Route path="offers/:documentId" element={<OfferPage />} />
          <Route path="screening" element={<ScreeningQueuePage />} />
          <Route path="follow-ups" element={<FollowUpsPage />} />
          <Route path="intake" element={<IntakePage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="project-calls" element={<ProposalsPage />} />
          <Route path="project-calls/:documentId" element={<ProposalsPage />} />
          <Route path="people" element={<PeoplePage />} />
          <Route path="outbox" element={<OutboxPage />} />
          <Route path="*" element={<Page.Error />} />
        </Routes>
      </Layouts.Root>
    </Page.Protect>
  );
}
