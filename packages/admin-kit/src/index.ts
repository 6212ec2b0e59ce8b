// @mymitt/admin-kit: what the MyMitt plugins' admin pages share. Plugins keep their pages and one typed
// service file per resource; they never import each other's files, only this kit.
export * from './request';
export * from './messages';
export * from './permissions';
export * from './actions';
export { ErrorBox, QueryState } from './states';
export {
  badgeColumn,
  Cell,
  Cells,
  DataTable,
  SimpleTable,
  StatusCell,
  TimeCell,
  TitleCell,
  type Column,
  type SimpleRow,
} from './SimpleTable';
export { Stat } from './Stat';
export { Pager } from './Pager';
export { CsvUpload } from './CsvUpload';
export {
  FilterSelect,
  FormCell,
  FormErrors,
  FormField,
  NumberField,
  RemoveRowButton,
  SelectField,
  TextField,
  TextareaField,
  ToggleField,
  errorAt,
  type SelectOption,
} from './fields';
export { AdminPage } from './AdminPage';
export { ColorBadge, EmptyState, FilterBar, InlineError, Panel, SuccessBox } from './Panel';
export { AddForm, BackLink, FormPage, fieldBinder, useFormSubmit } from './forms';
export { ActionButton, ApproveButton, ConfirmActionButton } from './buttons';
export { DialogAction } from './DialogAction';
export { ProgressMeter } from './ProgressMeter';
export { ReportPage } from './ReportPage';
export { QueuePage, QueueTable, useQueueFilter, type PagedRows } from './QueuePage';
export { PluginApp, PluginNav, pluginApp, type PluginNavSection, type PluginPage } from './PluginApp';
export { definePluginAdmin, type PluginAdminLoaders, type PluginAdminOptions } from './plugin-admin';
