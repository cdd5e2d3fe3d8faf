import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Alert, Flex, Loader } from '@strapi/design-system';
import type { ApiProblem } from '../api';
import { useStaffTexts } from '../i18n';

interface PageShellProps {
  title: string;
  subtitle?: string;
  primaryAction?: React.ReactNode;
  navigationAction?: React.ReactNode;
  children: React.ReactNode;
}

/** One page of the workspace: its title (also the document's), and its content in the admin's layout. */
export function PageShell({ title, subtitle, primaryAction, navigationAction, children }: PageShellProps) {
  const { t } = useStaffTexts();
  return (
    <Page.Main>
      <Page.Title>{t('workspace.documentTitle', { page: title })}</Page.Title>
      <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} navigationAction={navigationAction} />
      <Layouts.Content>{children}</Layouts.Content>
    </Page.Main>
  );
}

/** What the server said when a call failed, where staff look; staff may close it until the next problem. */
export function ProblemAlert({ problem, title }: { problem: ApiProblem | undefined; title?: string }) {
  const { t } = useStaffTexts();
  const [closed, setClosed] = React.useState<ApiProblem>();
  if (!problem || closed === problem) return null;
  // A refusal tied to a field names it in the message and again for the field: said once.
  const said = [...new Set([problem.message, ...Object.values(problem.fields)])].filter(Boolean);
  return (
    <Alert variant="danger" title={title ?? t('workspace.problem')} closeLabel={t('workspace.close')} onClose={() => setClosed(problem)}>
      {said.join(' · ')}
    </Alert>
  );
}

/**
 * While a page's data is on its way: the design system's spinner with words in the staff member's
 * language (Strapi's `Page.Loading` says "Loading content." in English, in a second `main`).
 */
export function Loading() {
  const { t } = useStaffTexts();
  return (
    <Flex justifyContent="center" padding={8}>
      <Loader>{t('workspace.loading')}</Loader>
    </Flex>
  );
}
