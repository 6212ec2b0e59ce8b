import fs from 'fs';
import path from 'path';

/**
 * The kit reads some texts by convention instead of a `t(id, default)` call with an English default:
 * `<AdminPage page="x">` / `<QueuePage page="x">` (x.title, x.subtitle), QueuePage `columns` (x.<key>),
 * SimpleTable `prefix="x"` with `{ key: 'k' }` columns (x.k, unless the column gives its `label`), and
 * the route table of `pluginApp` (plugin.name, nav.<section>, nav.<page>). Each such id must be in the
 * plugin's en.json and es.json, or the admin shows the raw id.
 */
const PLUGINS = ['mymitt-callcenter', 'mymitt-profiles', 'mymitt-fundraising', 'mymitt-store'];
/** At least this many conventional ids found (so a regex that stops matching fails here, not silently). */
const AT_LEAST: Record<string, number> = { 'mymitt-callcenter': 20, 'mymitt-profiles': 20, 'mymitt-fundraising': 20, 'mymitt-store': 0 };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]);

/** The ids one file uses by convention. */
function conventionalIds(text: string): string[] {
  const pages = all(text, /\bpage="(\w+)"/g);
  const ids = pages.flatMap((page) => [`${page}.title`, `${page}.subtitle`]);
  const queueColumns = all(text, /\bcolumns=\{\[((?:'\w+',? ?)+)\]\}/g).flatMap((list) => all(list, /'(\w+)'/g));
  ids.push(...pages.flatMap((page) => queueColumns.map((key) => `${page}.${key}`)));
  const prefixes = [...new Set(all(text, /\bprefix="(\w+)"/g))];
  const keys = [...text.matchAll(/\{\s*key: '(\w+)',\s*(label:)?/g)].filter((m) => !m[2]).map((m) => m[1]);
  // A file's columns are under one of its tables' prefixes; a single prefix names them exactly.
  if (prefixes.length === 1) ids.push(...keys.map((key) => `${prefixes[0]}.${key}`));
  if (/\bpluginApp\(/.test(text)) {
    ids.push('plugin.name');
    ids.push(...all(text, /\bsection: '(\w+)'/g).map((key) => `nav.${key}`));
    ids.push(...all(text, /\bnav: '(\w+)'/g).map((key) => `nav.${key}`));
  }
  return ids;
}

describe.each(PLUGINS)('%s admin translations', (plugin) => {
  const admin = path.resolve(__dirname, '../../plugins', plugin, 'admin/src');
  const catalog = (locale: string): Record<string, string> =>
    JSON.parse(fs.readFileSync(path.join(admin, 'translations', `${locale}.json`), 'utf8'));
  const en = catalog('en');
  const es = catalog('es');
  const used = [...new Set(sourceFiles(admin).flatMap((file) => conventionalIds(fs.readFileSync(file, 'utf8'))))].sort();

  it('has every id the kit reads by convention in English and Spanish', () => {
    expect(used.length).toBeGreaterThanOrEqual(AT_LEAST[plugin]);
    expect(used.filter((id) => !en[id])).toEqual([]);
    expect(used.filter((id) => !es[id])).toEqual([]);
  });

  it('has the same ids in en.json and es.json', () => {
    expect(Object.keys(es).filter((id) => !(id in en))).toEqual([]);
    expect(Object.keys(en).filter((id) => !(id in es))).toEqual([]);
  });
});
