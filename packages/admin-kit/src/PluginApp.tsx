import type { ReactNode } from 'react';
import { Layouts, Page, SubNav } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';

/** One page of a plugin: its path under `/plugins/<pluginId>` ('' for the index) and, to be in the side nav, a section and label. */
export interface PluginPage {
  path: string;
  element: ReactNode;
  /** The key of the nav section that links to it; none: reached only from other pages (e.g. an edit page). */
  section?: string;
  label?: string;
  /** Whether the admin's role may open it (its link is hidden otherwise; the page itself checks again). */
  allowed?: boolean;
}

export interface PluginNavSection {
  key: string;
  label: string;
}

interface PluginNavProps {
  pluginId: string;
  title: string;
  sections: PluginNavSection[];
  pages: PluginPage[];
}

/** The side navigation: each section with the links the admin may follow; a section left without links is hidden. */
export const PluginNav = ({ pluginId, title, sections, pages }: PluginNavProps) => {
  const base = `/plugins/${pluginId}`;
  const shown = sections
    .map((section) => ({ section, links: pages.filter((p) => p.section === section.key && p.label && p.allowed !== false) }))
    .filter(({ links }) => links.length > 0);
  return (
    <SubNav.Main aria-label={title}>
      <SubNav.Header label={title} />
      <SubNav.Sections>
        {shown.map(({ section, links }) => (
          <SubNav.Section key={section.key} label={section.label}>
            {links.map((page) => (
              <SubNav.Link key={page.path} to={page.path ? `${base}/${page.path}` : base} end={!page.path} label={page.label!} />
            ))}
          </SubNav.Section>
        ))}
      </SubNav.Sections>
    </SubNav.Main>
  );
};

interface PluginAppProps extends PluginNavProps {
  /** Who may open the plugin at all (usually its `read` action). */
  permissions: Array<{ action: string; subject?: string | null }>;
}

/**
 * A plugin's `pages/App.tsx` from a route table: permission check, layout with the side nav (when there are sections), one
 * route per page and an error page for unknown paths. Each page still checks its own action.
 *
 *   <PluginApp pluginId={PLUGIN_ID} title={t('plugin.name', 'X')} permissions={PERMISSIONS.read}
 *     sections={[{ key: 'main', label: t('nav.main', 'Main') }]}
 *     pages={[{ path: '', element: <Dashboard />, section: 'main', label: t('nav.dashboard', 'Dashboard'), allowed: can.canRead },
 *             { path: 'items/:id', element: <EditPage /> }]} />
 */
export const PluginApp = ({ permissions, ...nav }: PluginAppProps) => {
  return (
    <Page.Protect permissions={permissions}>
      <Layouts.Root sideNav={nav.sections.length > 0 ? <PluginNav {...nav} /> : undefined}>
        <Routes>
          {nav.pages.map((page) =>
            page.path ? <Route key={page.path} path={page.path} element={page.element} /> : <Route key="" index element={page.element} />
          )}
          <Route path="*" element={<Page.Error />} />
        </Routes>
      </Layouts.Root>
    </Page.Protect>
  );
};
