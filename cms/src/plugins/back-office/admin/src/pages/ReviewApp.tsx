import { Layouts, Page } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { REVIEW_PERMISSION } from '../pluginId';
import { CallDashboardPage } from './CallDashboardPage';
import { CommitteePage } from './CommitteePage';
import { MyReviewsPage } from './MyReviewsPage';
import { ProposalPage } from './ProposalPage';
import { ProposalSummaryPage } from './ProposalSummaryPage';

/**
 * The project review's pages, under /admin/plugins/project-review: for the review committee
 * (reviewers hold only this; the back office holds it too, and sees the committee and the decision).
 */
export default function ReviewApp() {
  return (
    <Page.Protect permissions={REVIEW_PERMISSION}>
      <Layouts.Root>
        <Routes>
          <Route index element={<MyReviewsPage />} />
          <Route path="proposals/:documentId" element={<ProposalPage />} />
          <Route path="proposals/:documentId/summary" element={<ProposalSummaryPage />} />
          <Route path="calls/:documentId" element={<CommitteePage />} />
          <Route path="calls/:documentId/dashboard" element={<CallDashboardPage />} />
          <Route path="*" element={<Page.Error />} />
        </Routes>
      </Layouts.Root>
    </Page.Protect>
  );
}
