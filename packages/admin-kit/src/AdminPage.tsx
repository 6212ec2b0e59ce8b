import type { ReactNode } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';

interface AdminPageProps {
  /** The RBAC actions that may open the page (`Page.Protect`); none: no check here (the parent checks). */
  permissions?: Array<{ action: string; subject?: string | null }>;
  title: string;
  subtitle?: string;
  primaryAction?: ReactNode;
  /** A row of filters / actions between the header and the content. */
  startActions?: ReactNode;
  endActions?: ReactNode;
  children: ReactNode;
}

/** A plugin page: permission check, document title, header (with its primary action), optional action row, content. */
export const AdminPage = ({ permissions, title, subtitle, primaryAction, startActions, endActions, children }: AdminPageProps) => {
  const page = (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Layouts.Header title={title} subtitle={subtitle} primaryAction={primaryAction} />
      {(startActions || endActions) && <Layouts.Action startActions={startActions} endActions={endActions} />}
      <Layouts.Content>{children}</Layouts.Content>
    </Page.Main>
  );
  return permissions ? <Page.Protect permissions={permissions}>{page}</Page.Protect> : page;
};
