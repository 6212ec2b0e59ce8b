import { useState } from 'react';
import { Box, Button, Flex, Grid } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { CallList, ImportReport } from '../../../shared/contracts/call-admin';
import { RejectedRows } from '../components/RejectedRows';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import {
  AddForm,
  AdminPage,
  CsvUpload,
  fieldBinder,
  FormCell,
  Panel,
  QueryState,
  SelectField,
  type Column,
  SimpleTable,
  SuccessBox,
  TextField,
  TextareaField,
  useFormSubmit,
} from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import { useCallLists } from '../services/lists';

const EMPTY_LIST = { name: '', description: '' };

const CreateListForm = ({ onCreate }: { onCreate: (name: string, description: string) => Promise<void> }) => {
  const t = useMessages();
  const [form, setForm] = useState(EMPTY_LIST);
  const { errors, saving, submit } = useFormSubmit();
  const field = fieldBinder(form, setForm, errors);

  const create = async () => {
    const created = await submit(() => onCreate(form.name, form.description).then(() => true), {
      failure: t('lists.createFailed', 'The list could not be created.'),
      messageField: 'name',
    });
    if (created) setForm(EMPTY_LIST);
  };

  return (
    <Panel title={t('lists.create', 'New call list')}>
      <AddForm onSubmit={create} submitLabel={t('lists.createButton', 'Create')} saving={saving} buttonCol={2}>
        <TextField col={4} s={12} required label={t('lists.name', 'Name')} {...field('name')} />
        <TextareaField col={6} s={12} label={t('lists.description', 'Description')} {...field('description')} />
      </AddForm>
    </Panel>
  );
};

const ImportPanel = ({ lists, importCsv }: { lists: CallList[]; importCsv: ReturnType<typeof useCallLists>['importCsv'] }) => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const [listId, setListId] = useState<string>(lists[0] ? String(lists[0].id) : '');
  const [report, setReport] = useState<(ImportReport & { listName: string }) | null>(null);

  const upload = async (file: File, onProgress: Parameters<typeof importCsv>[2]) => {
    const list = lists.find((l) => String(l.id) === listId);
    if (!list) return;
    setReport(null);
    try {
      setReport({ ...(await importCsv(list.id, file, onProgress)), listName: list.name });
    } catch (error) {
      toggleNotification({ type: 'danger', message: (error as Error).message || t('import.failed', 'The import failed.') });
    }
  };

  return (
    <Panel
      title={t('import.title', 'Import contacts from a CSV file')}
      hint={t(
        'import.columns',
        'Columns: name (or first_name and last_name), phone (several separated by ;), phone2, street, city, state, zip, tags, external_id. Duplicate phones in a list are merged; numbers on the do-not-call registry load as do-not-call.'
      )}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Box maxWidth="400px">
          <SelectField
            name="importList"
            label={t('import.list', 'Into list')}
            value={listId}
            options={lists.map((list) => ({ value: String(list.id), label: list.name }))}
            onChange={setListId}
          />
        </Box>
        <CsvUpload t={t} label={t('import.upload', 'Upload and import')} onUpload={upload} disabled={!listId} />
        {report && (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <SuccessBox>
              {t(
                'import.report',
                '{list}: {inserted} contacts loaded, {merged} merged into existing contacts, {rejected} rows not loaded.',
                {
                  list: report.listName,
                  inserted: report.inserted,
                  merged: report.merged,
                  rejected: report.rejectedCount,
                }
              )}
            </SuccessBox>
            <RejectedRows rows={report.rejected} total={report.rejectedCount} />
          </Flex>
        )}
      </Flex>
    </Panel>
  );
};

/** Call lists with their counts (read); creating a list and importing CSVs (lists.manage). */
export const ListsPage = () => {
  const t = useMessages();
  const can = useCallcenterPermissions();
  const { state, createList, importCsv } = useCallLists();
  const { toggleNotification } = useNotification();

  const create = async (name: string, description: string) => {
    const list = await createList({ name, description: description.trim() || null });
    toggleNotification({ type: 'success', message: t('lists.created', 'List “{name}” created.', { name: list.name }) });
  };

  const columns: Array<Column<CallList>> = [
    { key: 'name', cell: (list) => list.name },
    { key: 'description', cell: (list) => list.description ?? '' },
    { key: 'active', cell: (list) => list.contacts.active },
    { key: 'done', cell: (list) => list.contacts.done },
    { key: 'dnc', cell: (list) => list.contacts.dnc },
    { key: 'total', cell: (list) => list.contacts.active + list.contacts.done + list.contacts.dnc },
  ];
  return (
    <AdminPage page="lists" permissions={PERMISSIONS.read}>
      <QueryState state={state}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            {can.canManageLists && <CreateListForm onCreate={create} />}
            {can.canManageLists && data.length > 0 && (
              <ImportPanel key={data.map((l) => l.id).join(',')} lists={data} importCsv={importCsv} />
            )}
            <SimpleTable prefix="lists" empty={t('lists.empty', 'No call lists yet.')} data={data} columns={columns} />
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
