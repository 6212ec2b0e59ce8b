import { useState } from 'react';
import { Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Textarea, Typography } from '@strapi/design-system';
import { Plus } from '@strapi/icons';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import type { CallList, ImportReport } from '../../../shared/contracts/call-admin';
import { RejectedRows } from '../components/RejectedRows';
import { useCallcenterPermissions } from '../hooks/use-callcenter-permissions';
import { useMessages } from '../hooks/use-messages';
import { AdminPage, CsvUpload, QueryState, SimpleTable, TextField, TextareaField } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import { apiErrorMessage, apiValidationErrors } from '../services/admin-request';
import { useCallLists } from '../services/lists';

const CreateListForm = ({ onCreate }: { onCreate: (name: string, description: string) => Promise<void> }) => {
  const t = useMessages();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await onCreate(name, description);
      setName('');
      setDescription('');
      setErrors({});
    } catch (error) {
      const fields = apiValidationErrors(error);
      setErrors(
        Object.keys(fields).length ? fields : { name: apiErrorMessage(error) ?? t('lists.createFailed', 'The list could not be created.') }
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
        <Typography variant="delta" tag="h2">
          {t('lists.create', 'New call list')}
        </Typography>
        <Grid.Root gap={4} paddingTop={4}>
          <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
            <TextField
              name="name"
              required
              error={errors.name}
              label={t('lists.name', 'Name')}
              value={name}
              onChange={(value) => setName(value)}
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextareaField
              name="description"
              error={errors.description}
              label={t('lists.description', 'Description')}
              value={description}
              onChange={(value) => setDescription(value)}
            />
          </Grid.Item>
          <Grid.Item col={2} s={12} direction="column" alignItems="stretch" justifyContent="flex-end">
            <Button type="submit" startIcon={<Plus />} loading={saving}>
              {t('lists.createButton', 'Create')}
            </Button>
          </Grid.Item>
        </Grid.Root>
      </Box>
    </form>
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
    <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
      <Typography variant="delta" tag="h2">
        {t('import.title', 'Import contacts from a CSV file')}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {t(
          'import.columns',
          'Columns: name (or first_name and last_name), phone (several separated by ;), phone2, street, city, state, zip, tags, external_id. Duplicate phones in a list are merged; numbers on the do-not-call registry load as do-not-call.'
        )}
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
        <Field.Root name="importList" maxWidth="400px">
          <Field.Label>{t('import.list', 'Into list')}</Field.Label>
          <SingleSelect value={listId} onChange={(value: string | number) => setListId(String(value))}>
            {lists.map((list) => (
              <SingleSelectOption key={list.id} value={String(list.id)}>
                {list.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <CsvUpload t={t} label={t('import.upload', 'Upload and import')} onUpload={upload} disabled={!listId} />
        {report && (
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Box background="success100" padding={4} hasRadius>
              <Typography textColor="success700">
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
              </Typography>
            </Box>
            <RejectedRows rows={report.rejected} total={report.rejectedCount} />
          </Flex>
        )}
      </Flex>
    </Box>
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

  const title = t('lists.title', 'Call lists');
  return (
    <AdminPage
      permissions={PERMISSIONS.read}
      title={title}
      subtitle={t('lists.subtitle', 'Contacts to call, imported from CSV files; phone banks call one list each.')}
    >
      <QueryState state={state}>
        {({ data }) => (
          <Flex direction="column" alignItems="stretch" gap={6}>
            {can.canManageLists && <CreateListForm onCreate={create} />}
            {can.canManageLists && data.length > 0 && (
              <ImportPanel key={data.map((l) => l.id).join(',')} lists={data} importCsv={importCsv} />
            )}
            {data.length === 0 ? (
              <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
                <Typography>{t('lists.empty', 'No call lists yet.')}</Typography>
              </Box>
            ) : (
              <SimpleTable
                headers={[
                  t('lists.name', 'Name'),
                  t('lists.description', 'Description'),
                  t('lists.active', 'To call'),
                  t('lists.done', 'Done'),
                  t('lists.dnc', 'Do not call'),
                  t('lists.total', 'Total'),
                ]}
                rows={data.map((list) => ({
                  key: list.id,
                  cells: [
                    list.name,
                    list.description ?? '',
                    list.contacts.active,
                    list.contacts.done,
                    list.contacts.dnc,
                    list.contacts.active + list.contacts.done + list.contacts.dnc,
                  ],
                }))}
              />
            )}
          </Flex>
        )}
      </QueryState>
    </AdminPage>
  );
};
