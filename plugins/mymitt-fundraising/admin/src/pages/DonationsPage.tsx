import { useState } from 'react';
import {
  Badge,
  Box,
  Button,
  Field,
  Flex,
  NumberInput,
  SingleSelect,
  SingleSelectOption,
  TextInput,
  Typography,
} from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { AdminPage, QueryState, SimpleTable } from '@mymitt/admin-kit';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { apiErrorMessage, useDonationSearch, useFinanceActions } from '../services/finance';
import type { DonationResult } from '../../../shared/contracts/finance';

const STATUSES = ['succeeded', 'partially_refunded', 'refunded', 'disputed', 'pending', 'failed'];
const ANY = 'any';

/** Refund button: full by default, or the amount typed; the refund number makes a double click harmless. */
const RefundAction = ({ donation, onDone }: { donation: DonationResult; onDone: () => void }) => {
  const t = useMessages();
  const { refund } = useFinanceActions();
  const { toggleNotification } = useNotification();
  const [dollars, setDollars] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  if (!['succeeded', 'partially_refunded'].includes(donation.status)) return null;

  const submit = async () => {
    setBusy(true);
    try {
      await refund(donation.id, {
        refundNumber: donation.refundCount + 1,
        amountCents: dollars ? Math.round(dollars * 100) : undefined,
      });
      toggleNotification({ type: 'success', message: t('refund.sent', 'Refund requested; the ledger updates when Stripe confirms it.') });
      onDone();
    } catch (error) {
      toggleNotification({ type: 'danger', message: apiErrorMessage(error) ?? t('refund.failed', 'The refund failed.') });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex gap={2}>
      <NumberInput
        aria-label={t('refund.amount', 'Amount in dollars (empty: all)')}
        placeholder={usd(donation.netCents)}
        value={dollars}
        onValueChange={(value) => setDollars(value ?? undefined)}
        size="S"
      />
      <Button variant="danger-light" size="S" onClick={submit} loading={busy}>
        {t('refund.button', 'Refund')}
      </Button>
    </Flex>
  );
};

/** Donation search with donor identities (ACTIONS.donorsRead) and the refund action (ACTIONS.moneyManage). */
export const DonationsPage = () => {
  const t = useMessages();
  const can = useFinancePermissions();
  const [q, setQ] = useState('');
  const [amount, setAmount] = useState<number | undefined>(undefined);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState(ANY);
  const [page, setPage] = useState(1);
  const { state, reload } = useDonationSearch({
    q: q.trim() || undefined,
    amountCents: amount ? Math.round(amount * 100) : undefined,
    from: /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined,
    to: /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : undefined,
    status: status === ANY ? undefined : status,
    page,
  });

  const title = t('donations.title', 'Donations');
  const headers = [
    t('donations.date', 'Date'),
    t('donations.donor', 'Donor'),
    t('donations.amount', 'Amount'),
    t('donations.net', 'Net'),
    t('donations.status', 'Status'),
    t('donations.method', 'Method'),
    ...(can.canManageMoney ? [t('donations.refund', 'Refund')] : []),
  ];
  return (
    <AdminPage
      permissions={PERMISSIONS.donorsRead}
      title={title}
      subtitle={t('donations.subtitle', 'Search by donor name or email, amount, date and status.')}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius>
          <Flex gap={4} wrap="wrap" alignItems="flex-end">
            <Field.Root name="q">
              <Field.Label>{t('donations.search', 'Name or email')}</Field.Label>
              <TextInput value={q} onChange={(e: React.ChangeEvent<HTMLInputElement>) => (setQ(e.target.value), setPage(1))} />
            </Field.Root>
            <Field.Root name="amount">
              <Field.Label>{t('donations.amountDollars', 'Amount ($)')}</Field.Label>
              <NumberInput value={amount} onValueChange={(value) => (setAmount(value ?? undefined), setPage(1))} />
            </Field.Root>
            <Field.Root name="from">
              <Field.Label>{t('donations.from', 'From (YYYY-MM-DD)')}</Field.Label>
              <TextInput value={from} onChange={(e: React.ChangeEvent<HTMLInputElement>) => (setFrom(e.target.value), setPage(1))} />
            </Field.Root>
            <Field.Root name="to">
              <Field.Label>{t('donations.to', 'To (YYYY-MM-DD)')}</Field.Label>
              <TextInput value={to} onChange={(e: React.ChangeEvent<HTMLInputElement>) => (setTo(e.target.value), setPage(1))} />
            </Field.Root>
            <Field.Root name="status">
              <Field.Label>{t('donations.status', 'Status')}</Field.Label>
              <SingleSelect value={status} onChange={(value: string | number) => (setStatus(String(value)), setPage(1))}>
                <SingleSelectOption value={ANY}>{t('donations.anyStatus', 'Any')}</SingleSelectOption>
                {STATUSES.map((s) => (
                  <SingleSelectOption key={s} value={s}>
                    {t(`status.${s}`, s)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Flex>
        </Box>
        <QueryState state={state}>
          {(body) => (
            <Flex direction="column" alignItems="stretch" gap={2}>
              <SimpleTable
                headers={headers}
                rows={body.data.map((d) => ({
                  key: d.id,
                  cells: [
                    new Date(d.createdAt).toLocaleDateString(),
                    <Box key="donor">
                      <Typography fontWeight="bold">{`${d.donor.firstName} ${d.donor.lastName}`}</Typography>
                      <Typography variant="pi" textColor="neutral600" tag="p">
                        {`${d.donor.email} · ${d.donor.city}, ${d.donor.state}`}
                      </Typography>
                    </Box>,
                    usd(d.amountCents),
                    usd(d.netCents),
                    <Badge key="status">{t(`status.${d.status}`, d.status)}</Badge>,
                    d.method + (d.recurring ? ' · monthly' : ''),
                    ...(can.canManageMoney ? [<RefundAction key="refund" donation={d} onDone={reload} />] : []),
                  ],
                }))}
              />
              <Flex gap={2} justifyContent="space-between">
                <Typography variant="pi">{t('donations.count', '{total} donations', { total: body.meta.pagination.total })}</Typography>
                <Flex gap={2}>
                  <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                    {t('pager.previous', 'Previous')}
                  </Button>
                  <Button
                    variant="tertiary"
                    disabled={page * body.meta.pagination.pageSize >= body.meta.pagination.total}
                    onClick={() => setPage(page + 1)}
                  >
                    {t('pager.next', 'Next')}
                  </Button>
                </Flex>
              </Flex>
            </Flex>
          )}
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
