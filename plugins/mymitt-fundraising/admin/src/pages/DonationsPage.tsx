import { useState } from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { AdminPage, FilterBar, NumberField, QueryState, FilterSelect, SimpleTable, TextField } from '@mymitt/admin-kit';
import { useFinancePermissions } from '../hooks/use-finance-permissions';
import { useMessages, usd } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useDonationSearch } from '../services/finance';
import { RefundAction } from '../components/RefundAction';
import type { DonationResult } from '../../../shared/contracts/finance';

const STATUSES = ['succeeded', 'partially_refunded', 'refunded', 'disputed', 'pending', 'failed'];

/** The fundraising page (by title) and drive (by name) a gift counted toward. */
const CreditedTo = ({ donation }: { donation: DonationResult }) => {
  const names = [donation.page?.title, donation.campaignName].filter(Boolean);
  return names.length ? (
    <Box maxWidth="16rem">
      {names.map((name) => (
        <Typography key={name} tag="p" ellipsis>
          {name}
        </Typography>
      ))}
    </Box>
  ) : (
    <Typography textColor="neutral600">—</Typography>
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
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState(1);
  const { state, reload } = useDonationSearch({
    q: q.trim() || undefined,
    amountCents: amount ? Math.round(amount * 100) : undefined,
    from: /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined,
    to: /^\d{4}-\d{2}-\d{2}$/.test(to) ? to : undefined,
    status,
    page,
  });

  const headers = [
    t('donations.date', 'Date'),
    t('donations.donor', 'Donor'),
    t('donations.amount', 'Amount (net)'),
    t('donations.status', 'Status'),
    t('donations.credit', 'Credited to'),
    ...(can.canManageMoney ? [t('donations.refund', 'Refund')] : []),
  ];
  return (
    <AdminPage permissions={PERMISSIONS.donorsRead} page="donations">
      <Flex direction="column" alignItems="stretch" gap={4}>
        <FilterBar>
          <TextField name="q" label={t('donations.search', 'Name or email')} value={q} onChange={(value) => (setQ(value), setPage(1))} />
          <NumberField
            name="amount"
            label={t('donations.amountDollars', 'Amount ($)')}
            value={amount}
            onChange={(value) => (setAmount(value), setPage(1))}
          />
          <TextField
            name="from"
            label={t('donations.from', 'From (YYYY-MM-DD)')}
            value={from}
            onChange={(value) => (setFrom(value), setPage(1))}
          />
          <TextField name="to" label={t('donations.to', 'To (YYYY-MM-DD)')} value={to} onChange={(value) => (setTo(value), setPage(1))} />
          <FilterSelect
            name="status"
            label={t('donations.status', 'Status')}
            anyLabel={t('donations.anyStatus', 'Any')}
            value={status}
            options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`, s) }))}
            onChange={(value) => (setStatus(value), setPage(1))}
          />
        </FilterBar>
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
                    <Box key="amount">
                      <Typography>{usd(d.amountCents)}</Typography>
                      <Typography variant="pi" textColor="neutral600" tag="p">
                        {`${usd(d.netCents)} · ${t(`method.${d.method}`, d.method)}${d.recurring ? ` · ${t('donations.monthly', 'monthly')}` : ''}`}
                      </Typography>
                    </Box>,
                    <Badge key="status">{t(`status.${d.status}`, d.status)}</Badge>,
                    <CreditedTo key="credit" donation={d} />,
                    ...(can.canManageMoney ? [<RefundAction key="refund" donation={d} onDone={reload} />] : []),
                  ],
                }))}
              />
              <Flex gap={2} justifyContent="space-between">
                <Typography variant="pi">
                  {t('donations.count', '{total, plural, one {# donation} other {# donations}}', { total: body.meta.pagination.total })}
                </Typography>
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
