import { useState } from 'react';
import { Badge, Box, Button, Field, Flex, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Download, Plus } from '@strapi/icons';
import { useNotification } from '@strapi/strapi/admin';
import type { DncImportReport } from '../../../shared/contracts/dnc';
import { RejectedRows } from '../components/RejectedRows';
import { useMessages } from '../hooks/use-messages';
import { AdminPage, CsvUpload, QueryState, SimpleTable, TextField } from '@mymitt/admin-kit';
import { PERMISSIONS } from '../permissions';
import { apiErrorMessage, apiValidationErrors, type UploadProgress } from '../services/admin-request';
import { useDncRegistry } from '../services/dnc';
import { EntryActions } from '../components/dnc/EntryActions';

const ANY = 'any';

const AddNumberForm = ({ onAdd }: { onAdd: ReturnType<typeof useDncRegistry>['add'] }) => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const [phone, setPhone] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      const entry = await onAdd({ phone, reason: reason.trim() || null });
      toggleNotification({
        type: 'success',
        message: t('dnc.added', '{phone} is on the registry and out of every list.', { phone: entry.phone }),
      });
      setPhone('');
      setReason('');
      setErrors({});
    } catch (error) {
      const fields = apiValidationErrors(error);
      setErrors(
        Object.keys(fields).length ? fields : { phone: apiErrorMessage(error) ?? t('dnc.addFailed', 'The number could not be added.') }
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit}>
      <Grid.Root gap={4}>
        <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
          <TextField
            name="phone"
            required
            error={errors.phone}
            label={t('dnc.phone', 'Phone number')}
            value={phone}
            placeholder="(603) 555-0100"
            onChange={(value) => setPhone(value)}
          />
        </Grid.Item>
        <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
          <TextField
            name="reason"
            error={errors.reason}
            label={t('dnc.reason', 'Reason')}
            value={reason}
            onChange={(value) => setReason(value)}
          />
        </Grid.Item>
        <Grid.Item col={3} s={12} direction="column" alignItems="stretch" justifyContent="flex-end">
          <Button type="submit" startIcon={<Plus />} loading={saving} disabled={!phone.trim()}>
            {t('dnc.add', 'Add to the registry')}
          </Button>
        </Grid.Item>
      </Grid.Root>
    </form>
  );
};

/** The do-not-call registry (dnc.manage, TEL-03): search, add, import, export, correct with audit. */
export const DncPage = () => {
  const t = useMessages();
  const { toggleNotification } = useNotification();
  const [phoneFilter, setPhoneFilter] = useState('');
  const [active, setActive] = useState(ANY);
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [importReport, setImportReport] = useState<DncImportReport | null>(null);
  // The server normalises any US format; the filter is sent once it has ten digits.
  const digits = phoneFilter.replace(/\D/g, '');
  const registry = useDncRegistry({
    page,
    phone: digits.length >= 10 ? phoneFilter : undefined,
    active: active === ANY ? undefined : (active as 'true' | 'false'),
  });

  const exportCsv = async () => {
    setExporting(true);
    try {
      await registry.exportCsv();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('export.failed', 'The export could not be downloaded.') });
    } finally {
      setExporting(false);
    }
  };

  const importCsv = async (file: File, onProgress: (progress: UploadProgress) => void) => {
    setImportReport(null);
    try {
      setImportReport(await registry.importCsv(file, onProgress));
    } catch (error) {
      toggleNotification({ type: 'danger', message: (error as Error).message || t('import.failed', 'The import failed.') });
    }
  };

  const title = t('dnc.title', 'Do-not-call registry');
  return (
    <AdminPage
      permissions={PERMISSIONS.dncManage}
      title={title}
      subtitle={t('dnc.subtitle', 'A number on the registry is out of every list at once and stays out through re-imports.')}
      primaryAction={
        <Button variant="secondary" startIcon={<Download />} onClick={exportCsv} loading={exporting}>
          {t('dnc.export', 'Export CSV')}
        </Button>
      }
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Typography variant="delta" tag="h2">
            {t('dnc.addTitle', 'Add a number')}
          </Typography>
          <Box paddingTop={4}>
            <AddNumberForm onAdd={registry.add} />
          </Box>
        </Box>
        <Box background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Typography variant="delta" tag="h2">
            {t('dnc.importTitle', 'Import numbers')}
          </Typography>
          <Typography tag="p" variant="pi" textColor="neutral600">
            {t('dnc.importHint', 'A CSV file with a phone column; every valid number is added.')}
          </Typography>
          <Flex direction="column" alignItems="stretch" gap={3} paddingTop={4}>
            <CsvUpload t={t} label={t('dnc.importButton', 'Upload and import')} onUpload={importCsv} />
            {importReport && (
              <>
                <Box background="success100" padding={4} hasRadius>
                  <Typography textColor="success700">
                    {t('dnc.importReport', '{added} numbers added or reactivated; {rejected} rows refused.', {
                      added: importReport.added,
                      rejected: importReport.rejected.length,
                    })}
                  </Typography>
                </Box>
                <RejectedRows rows={importReport.rejected} total={importReport.rejected.length} />
              </>
            )}
          </Flex>
        </Box>

        <Flex direction="column" alignItems="stretch" gap={3}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Field.Root name="search" hint={t('dnc.searchHint', 'A full number, any format')}>
              <Field.Label>{t('dnc.search', 'Find a number')}</Field.Label>
              <TextInput
                value={phoneFilter}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => (setPhoneFilter(e.target.value), setPage(1))}
              />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="active">
              <Field.Label>{t('dnc.state', 'State')}</Field.Label>
              <SingleSelect value={active} onChange={(value: string | number) => (setActive(String(value)), setPage(1))}>
                <SingleSelectOption value={ANY}>{t('dnc.any', 'Any')}</SingleSelectOption>
                <SingleSelectOption value="true">{t('dnc.activeOnly', 'On the registry')}</SingleSelectOption>
                <SingleSelectOption value="false">{t('dnc.inactiveOnly', 'Removed (corrected)')}</SingleSelectOption>
              </SingleSelect>
            </Field.Root>
          </Flex>
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
                <Flex gap={2} justifyContent="space-between">
                  <Typography variant="pi">{t('dnc.count', '{total} numbers', { total: body.meta.pagination.total })}</Typography>
                  <Flex gap={2}>
                    <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                      {t('pager.previous', 'Previous')}
                    </Button>
                    <Button variant="tertiary" disabled={page >= body.meta.pagination.pageCount} onClick={() => setPage(page + 1)}>
                      {t('pager.next', 'Next')}
                    </Button>
                  </Flex>
                </Flex>
              </Flex>
            )}
          </QueryState>
        </Flex>
      </Flex>
    </AdminPage>
  );
};
