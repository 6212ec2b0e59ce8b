import { PluginApp } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import { READ_PERMISSIONS } from '../permissions';
import { HomePage } from './HomePage';

/** One page, no side nav. */
const App = () => (
  <PluginApp
    pluginId={PLUGIN_ID}
    title="Store"
    permissions={READ_PERMISSIONS}
    sections={[]}
    pages={[{ path: '', element: <HomePage /> }]}
  />
);

export default App;
