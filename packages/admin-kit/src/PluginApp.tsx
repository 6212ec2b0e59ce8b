import type { ReactNode } from 'react';
import { Layouts, Page, SubNav } from '@strapi/strapi/admin';
import { Route, Routes } from 'react-router-dom';
import { PluginMessages, type Translate } from './messages';

/** One page of a plugin: its path under `/plugins/<pluginId>` ('' for the index) and, to be in the side nav, a section and label. */
export interface PluginPage {
  path: string;
  element: ReactNode;
  /** The key of the nav section that links to it; none: reached only from other pages (e.g. an edit page). */
  section?: string;
  label?: string;
  /** With the app's `messages`: the link's label is the `nav.<nav>` message. */
  nav?: string;
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

interface PluginAppTexts {
  /** The nav's title; with `messages`, the `plugin.name` message by default. */
  title?: string;
  /** A section's key alone: its label is the `nav.<key>` message. */
  sections: Array<PluginNavSection | string>;
  pages: PluginPage[];
  messages?: Translate;
}

/** Labels by convention (`plugin.name`, `nav.<key>`) where the table gives keys. */
function navTexts({ title, sections, pages, messages: t }: PluginAppTexts): Omit<PluginNavProps, 'pluginId'> {
  const label = (key: string) => (t ? t(`nav.${key}`, key) : key);
  return {
    title: title ?? (t ? t('plugin.name', '') : ''),
    sections: sections.map((section) => (typeof section === 'string' ? { key: section, label: label(section) } : section)),
    pages: pages.map((page) => (page.nav && !page.label ? { ...page, label: label(page.nav) } : page)),
  };
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

interface PluginAppProps extends PluginAppTexts {
  pluginId: string;
  /** Who may open the plugin at all (usually its `read` action). */
  permissions: Array<{ action: string; subject?: string | null }>;
}

/**
 * A plugin's `pages/App.tsx` from a route table: permission check, layout with the side nav (when there are sections), one
 * route per page and an error page for unknown paths. Each page still checks its own action.
 *
 *   <PluginApp pluginId={PLUGIN_ID} messages={t} permissions={PERMISSIONS.read} sections={['main']}
 *     pages={[{ path: '', element: <Dashboard />, section: 'main', nav: 'dashboard', allowed: can.canRead },
 *             { path: 'items/:id', element: <EditPage /> }]} />
 *
 * reads its title from `plugin.name` and the labels from `nav.main` and `nav.dashboard`; `title`, a section's
 * `{ key, label }` and a page's `label` give them as they are instead.
 */
export const PluginApp = ({ permissions, pluginId, ...texts }: PluginAppProps) => {
  const nav = { pluginId, ...navTexts(texts) };
  return (
    <PluginMessages.Provider value={texts.messages}>
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
    </PluginMessages.Provider>
  );
};

interface PluginAppSpec<Can> {
  pluginId: string;
  /** Who may open the plugin at all (usually its `read` action). */
  permissions: Array<{ action: string; subject?: string | null }>;
  useMessages: () => Translate;
  /** The plugin's permissions hook; the route table gets its answer to decide which links to show. */
  usePermissions: () => Can;
}

/** The side-nav sections in the order the route table first names them. */
const sectionsOf = (pages: PluginPage[]) => [...new Set(pages.flatMap((page) => (page.section ? [page.section] : [])))];

/**
 * A plugin's whole `pages/App.tsx` from its route table; labels by convention (`plugin.name`, `nav.<section>`,
 * `nav.<page>`), sections in the order the pages name them:
 *
 *   export default pluginApp({ pluginId: PLUGIN_ID, permissions: PERMISSIONS.read, useMessages, usePermissions }, (can) => [
 *     { path: '', element: <Dashboard />, section: 'main', nav: 'dashboard', allowed: can.canRead },
 *     { path: 'items/:id', element: <EditPage /> },
 *   ]);
 */
export function pluginApp<Can>(
  { pluginId, permissions, useMessages, usePermissions }: PluginAppSpec<Can>,
  routes: (can: Can) => PluginPage[]
) {
  return function App() {
    const messages = useMessages();
    const pages = routes(usePermissions());
    return <PluginApp pluginId={pluginId} messages={messages} permissions={permissions} sections={sectionsOf(pages)} pages={pages} />;
  };
}
