import { useState } from 'react';
import { Badge, Button, Flex, Grid, Typography } from '@strapi/design-system';
import { Download, Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { DncImportReport } from '../../../shared/contracts/dnc';
import { RejectedRows } from '../components/RejectedRows';
import { useMessages } from '../hooks/use-messages';
import {
  AddForm,
  AdminPage,
  CsvUpload,
  fieldBinder,
  FormCell,
  Pager,
  FilterBar,
  Panel,
  QueryState,
  FilterSelect,
  SimpleTable,
  SuccessBox,
  TextField,
  useAdminAction,
  useFormSubmit,
} from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import type { UploadProgress } from '../services/admin-request';
import { useDncRegistry } from '../services/dnc';
import { EntryActions } from '../components/dnc/EntryActions';

const EMPTY_ENTRY = { phone: '', reason: '' };

const AddNumberForm = ({ onAdd }: { onAdd: ReturnType<typeof useDncRegistry>['add'] }) => {
  const t = useMessages();
  const [form, setForm] = useState(EMPTY_ENTRY);
  const { errors, saving, submit } = useFormSubmit();
  const field = fieldBinder(form, setForm, errors);

  const add = async () => {
    const entry = await submit(() => onAdd({ phone: form.phone, reason: form.reason.trim() || null }), {
      success: (added) => t('dnc.added', '{phone} is on the registry and out of every list.', { phone: added.phone }),
      failure: t('dnc.addFailed', 'The number could not be added.'),
      messageField: 'phone',
    });
    if (entry) setForm(EMPTY_ENTRY);
  };

  return (
    <AddForm onSubmit={add} submitLabel={t('dnc.add', 'Add to the registry')} saving={saving} disabled={!form.phone.trim()} buttonCol={3}>
      <TextField col={4} s={12} required label={t('dnc.phone', 'Phone number')} placeholder="(603) 555-0100" {...field('phone')} />
      <TextField col={5} s={12} label={t('dnc.reason', 'Reason')} {...field('reason')} />
    </AddForm>
  );
};

/** The do-not-call registry (dnc.manage, TEL-03): search, add, import, export, correct with audit. */
export const DncPage = () => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const { busy: exporting, run } = useAdminAction();
  const [phoneFilter, setPhoneFilter] = useState('');
  const [active, setActive] = useState<string>();
  const [page, setPage] = useState(1);
  const [importReport, setImportReport] = useState<DncImportReport | null>(null);
  // The server normalises any US format; the filter is sent once it has ten digits.
  const digits = phoneFilter.replace(/\D/g, '');
  const registry = useDncRegistry({
    page,
    phone: digits.length >= 10 ? phoneFilter : undefined,
    active: active as 'true' | 'false' | undefined,
  });

  const exportCsv = () => run(true, registry.exportCsv, { failure: t('export.failed', 'The export could not be downloaded.') });

  const importCsv = async (file: File, onProgress: (progress: UploadProgress) => void) => {
    setImportReport(null);
    try {
      setImportReport(await registry.importCsv(file, onProgress));
    } catch (error) {
      toggleNotification({ type: 'danger', message: (error as Error).message || t('import.failed', 'The import failed.') });
    }
  };

  return (
    <AdminPage
      page="dnc"
      permissions={PERMISSIONS.dncManage}
      primaryAction={
        <Button variant="secondary" startIcon={<Download />} onClick={exportCsv} loading={exporting === true}>
          {t('dnc.export', 'Export CSV')}
        </Button>
      }
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Panel title={t('dnc.addTitle', 'Add a number')}>
          <AddNumberForm onAdd={registry.add} />
        </Panel>
        <Panel
          title={t('dnc.importTitle', 'Import numbers')}
          hint={t('dnc.importHint', 'A CSV file with a phone column; every valid number is added.')}
        >
          <Flex direction="column" alignItems="stretch" gap={3}>
            <CsvUpload t={t} label={t('dnc.importButton', 'Upload and import')} onUpload={importCsv} />
            {importReport && (
              <>
                <SuccessBox>
                  {t('dnc.importReport', '{added} numbers added or reactivated; {rejected} rows refused.', {
                    added: importReport.added,
                    rejected: importReport.rejected.length,
                  })}
                </SuccessBox>
                <RejectedRows rows={importReport.rejected} total={importReport.rejected.length} />
              </>
            )}
          </Flex>
        </Panel>

        <Flex direction="column" alignItems="stretch" gap={3}>
          <FilterBar>
            <TextField
              name="search"
              hint={t('dnc.searchHint', 'A full number, any format')}
              label={t('dnc.search', 'Find a number')}
              value={phoneFilter}
              onChange={(value) => (setPhoneFilter(value), setPage(1))}
            />
            <FilterSelect
              name="active"
              label={t('dnc.state', 'State')}
              anyLabel={t('dnc.any', 'Any')}
              value={active}
              options={[
                { value: 'true', label: t('dnc.activeOnly', 'On the registry') },
                { value: 'false', label: t('dnc.inactiveOnly', 'Removed (corrected)') },
              ]}
              onChange={(value) => (setActive(value), setPage(1))}
            />
          </FilterBar>
          <QueryState state={registry.state}>
            {(body) => (
              <Flex direction="column" alignItems="stretch" gap={2}>
                <SimpleTable
                  headers={[
                    t('dnc.phone', 'Phone number'),
                    t('dnc.reason', 'Reason'),
                    t('dnc.source', 'Source'),
                    t('dnc.state', 'State'),
                    t('dnc.updated', 'Updated'),
                    t('dnc.actions', 'Actions'),
                  ]}
                  rows={body.data.map((entry) => ({
                    key: entry.phone,
                    cells: [
                      entry.phone,
                      entry.reason ?? '',
                      t(`dncSource.${entry.source}`, entry.source),
                      <Badge
                        key="state"
                        backgroundColor={entry.active ? 'danger100' : 'neutral150'}
                        textColor={entry.active ? 'danger700' : 'neutral700'}
                      >
                        {entry.active ? t('dnc.activeOnly', 'On the registry') : t('dnc.inactiveOnly', 'Removed (corrected)')}
                      </Badge>,
                      entry.updatedAt ? new Date(entry.updatedAt).toLocaleString() : '',
                      <EntryActions key="actions" entry={entry} registry={registry} />,
                    ],
                  }))}
                />
                <Typography variant="pi">{t('dnc.count', '{total} numbers', { total: body.meta.pagination.total })}</Typography>
                <Pager pagination={body.meta.pagination} onPage={setPage} t={t} />
              </Flex>
            )}
          </QueryState>
        </Flex>
      </Flex>
    </AdminPage>
  );
};
