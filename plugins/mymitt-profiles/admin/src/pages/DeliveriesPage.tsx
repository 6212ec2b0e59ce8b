import { useState } from 'react';
import { Badge, Flex, Grid, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';
import {
  ActionButton,
  AdminPage,
  FilterBar,
  FilterSelect,
  FormCell,
  Pager,
  QueryState,
  SimpleTable,
  Stat,
  type Column,
} from '@mymitt/admin-kit';
import type { Delivery, DeliveryCounts, DeliveryFilter } from '../../../shared/contracts/deliveries';
import { useMessages } from '../hooks/use-messages';
import { PERMISSIONS } from '../permissions';
import { useDeliveries } from '../services/deliveries';

const FILTERS: Array<Exclude<DeliveryFilter, 'all'>> = ['failed', 'retrying', 'pending', 'delivered'];

/** A pending item whose last attempt failed is waiting for its retry. */
const shownStatus = (item: Delivery) => (item.status === 'pending' && item.lastError ? 'retrying' : item.status);
const when = (at: string | null) => (at ? new Date(at).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }) : '—');

const Counts = ({ counts }: { counts: DeliveryCounts }) => {
  const t = useMessages();
  return (
    <Grid.Root gap={4}>
      {FILTERS.map((status) => (
        <FormCell key={status} col={3} s={6}>
          <Stat label={t(`deliveries.filter.${status}`, status)} value={counts[status].toLocaleString()} />
        </FormCell>
      ))}
    </Grid.Root>
  );
};

/**
 * Mail deliveries (ACTIONS.deliveriesManage): the outbox's items — notices, receipts, other plugins' durable
 * effects — by status, failed ones first; a failed or retrying item can be tried again now. Never the payload.
 */
export const DeliveriesPage = () => {
  const t = useMessages();
  const [status, setStatus] = useState<DeliveryFilter | undefined>('failed');
  const [page, setPage] = useState(1);
  const deliveries = useDeliveries(status ?? 'all', page);

  const columns: Array<Column<Delivery>> = [
    {
      key: 'what',
      cell: (item) => (
        <>
          <Typography fontWeight="bold" tag="p">
            {item.handler}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {item.key}
          </Typography>
        </>
      ),
    },
    {
      key: 'statusColumn',
      cell: (item) => (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Badge variant={item.status === 'failed' ? 'danger' : item.status === 'delivered' ? 'success' : 'warning'}>
            {t(`deliveries.status.${shownStatus(item)}`, shownStatus(item))}
          </Badge>
          <Typography variant="pi" textColor="neutral600">
            {t('deliveries.attempts', 'Attempts')}: {item.attempts}
          </Typography>
        </Flex>
      ),
    },
    {
      key: 'lastError',
      cell: (item) =>
        item.lastError ? (
          // Relay answers can be long: they wrap in a column of their own width.
          <Typography variant="pi" textColor="danger600" tag="p" style={{ whiteSpace: 'normal', maxWidth: '28rem', overflowWrap: 'anywhere' }}>
            {item.lastError}
          </Typography>
        ) : (
          '—'
        ),
    },
    {
      key: 'when',
      cell: (item) => (
        <>
          <Typography variant="pi" tag="p">
            {t('deliveries.created', 'Created')}: {when(item.createdAt)}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {item.status === 'delivered'
              ? `${t('deliveries.status.delivered', 'Delivered')}: ${when(item.deliveredAt)}`
              : `${t('deliveries.nextAttempt', 'Next attempt')}: ${when(item.nextAttemptAt)}`}
          </Typography>
        </>
      ),
    },
    {
      key: 'actions',
      cell: (item) =>
        shownStatus(item) === 'failed' || shownStatus(item) === 'retrying' ? (
          <ActionButton
            icon={<ArrowClockwise />}
            action={() => deliveries.retry(item.id)}
            success={t('deliveries.retried', 'Queued again: it is tried now.')}
            failure={t('deliveries.retryFailed', 'That did not work. Try again.')}
          >
            {t('deliveries.retry', 'Retry')}
          </ActionButton>
        ) : (
          ''
        ),
    },
  ];

  return (
    <AdminPage page="deliveries" permissions={PERMISSIONS.deliveries}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <FilterBar>
          <FilterSelect
            name="status"
            label={t('deliveries.filter', 'Show')}
            anyLabel={t('deliveries.filter.all', 'All deliveries')}
            value={status}
            options={FILTERS.map((value) => ({ value, label: t(`deliveries.filter.${value}`, value) }))}
            onChange={(value) => (setStatus(value as DeliveryFilter | undefined), setPage(1))}
          />
        </FilterBar>
        <QueryState state={deliveries.state}>
          {(body) => (
            <Flex direction="column" alignItems="stretch" gap={4}>
              <Counts counts={body.meta.counts} />
              <SimpleTable
                prefix="deliveries"
                data={body.data}
                columns={columns}
                empty={t(`deliveries.empty.${body.meta.status}`, 'Nothing here.')}
              />
              <Pager pagination={body.meta.pagination} onPage={setPage} t={t} />
            </Flex>
          )}
        </QueryState>
      </Flex>
    </AdminPage>
  );
};
