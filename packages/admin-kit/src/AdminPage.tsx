import type { ReactNode } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { usePluginMessages, type Translate } from './messages';

interface AdminPageProps {
  /** The RBAC actions that may open the page (`Page.Protect`); none: no check here (the parent checks). */
  permissions?: Array<{ action: string; subject?: string | null }>;
  /** The header's texts as they are; or `page` names them: `<page>.title` and `<page>.subtitle` of `messages` (by default the plugin's, from `PluginApp`). */
  title?: string;
  subtitle?: string;
  messages?: Translate;
  page?: string;
  primaryAction?: ReactNode;
  /** A row of filters / actions between the header and the content. */
  startActions?: ReactNode;
  endActions?: ReactNode;
  children: ReactNode;
}

/**
 * A plugin page: permission check, document title, header (with its primary action), optional action row, content.
 * `<AdminPage page="dnc" …>` reads its header from the plugin's `dnc.title` and `dnc.subtitle` messages.
 */
export const AdminPage = ({ permissions, primaryAction, startActions, endActions, children, ...texts }: AdminPageProps) => {
  const { title, subtitle } = headerTexts({ ...texts, messages: usePluginMessages(texts.messages) });
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

function headerTexts({ title, subtitle, messages: t, page }: Pick<AdminPageProps, 'title' | 'subtitle' | 'messages' | 'page'>) {
  if (!t || !page) return { title: title ?? '', subtitle };
  return { title: title ?? t(`${page}.title`, page), subtitle: subtitle ?? t(`${page}.subtitle`, '') };
}
