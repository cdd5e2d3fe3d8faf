import { Layouts, Page, SubNav } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { USE_PERMISSION, pagePath } from '../pluginId';
import { QueuePage } from './QueuePage';
import { RequestPage } from './RequestPage';
import { OfferPage } from './OfferPage';
import { FollowUpsPage } from './FollowUpsPage';
import { DashboardPage } from './DashboardPage';
import { IntakePage } from './IntakePage';
import { ProposalsPage } from './ProposalsPage';
import { PeoplePage } from './PeoplePage';
import { OutboxPage } from './OutboxPage';

/** The workspace's pages, each at a path under /admin/plugins/back-office. */
export const PAGES = [
  { path: '', label: 'Queue' },
  { path: 'follow-ups', label: 'Follow-ups' },
  { path: 'intake', label: 'Phone and social intake' },
  { path: 'dashboard', label: 'Dashboard' },
  { path: 'project-calls', label: 'Project-call review' },
  { path: 'people', label: 'Person data' },
  { path: 'outbox', label: 'Not sent' },
] as const;

function Navigation() {
  return (
    <SubNav.Main aria-label="Back office">
      <SubNav.Header label="Back office" />
      <SubNav.Content>
        <SubNav.Sections>
          {PAGES.map((page) => (
            <SubNav.Link key={page.path} to={page.path ? pagePath(page.path) : pagePath()} end={page.path === ''} label={page.label} />
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
