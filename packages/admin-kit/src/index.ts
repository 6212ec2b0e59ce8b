// @mymitt/admin-kit: what the MyMitt plugins' admin pages share. Plugins keep their pages and one typed
// service file per resource; they never import each other's files, only this kit.
export * from './request';
export * from './messages';
export * from './permissions';
export * from './actions';
export { ErrorBox, QueryState } from './states';
export { Cell, DataTable, SimpleTable, type SimpleRow } from './SimpleTable';
export { Stat } from './Stat';
export { Pager } from './Pager';
export { CsvUpload } from './CsvUpload';
export { FormErrors, FormField, NumberField, TextField, TextareaField } from './fields';
export { AdminPage } from './AdminPage';
