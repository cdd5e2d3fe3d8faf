import * as React from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Alert } from '@strapi/design-system';
import type { ApiProblem } from '../api';

interface PageShellProps {
  title: string;
  subtitle?: string;
  primaryAction?: React.ReactNode;
  navigationAction?: React.ReactNode;
  children: React.ReactNode;
}

/** One page of the workspace: its title (also the document's), and its content in the admin's layout. */
export function PageShell({ title, subtitle, primaryAction, navigationAction, children }: PageShellProps) {
  return (
    <Page.Main>
      <Page.Title>{`${title} · Back office`}</Page.Title>
      <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} navigationAction={navigationAction} />
      <Layouts.Content>{children}</Layouts.Content>
    </Page.Main>
  );
}

/** What the server said when a call failed, where staff look; staff may close it until the next problem. */
export function ProblemAlert({ problem, title = 'That did not work' }: { problem: ApiProblem | undefined; title?: string }) {
  const [closed, setClosed] = React.useState<ApiProblem>();
  if (!problem || closed === problem) return null;
  const fields = Object.values(problem.fields);
  return (
    <Alert variant="danger" title={title} closeLabel="Close" onClose={() => setClosed(problem)}>
      {[problem.message, ...fields].filter(Boolean).join(' · ')}
    </Alert>
  );
}
