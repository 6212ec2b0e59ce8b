import { useState } from 'react';
import { Box, Flex } from '@strapi/design-system';
import { SelectField, TextField, type SelectOption } from '@mymitt/admin-kit';
import { useMessages } from '../hooks/messages';
import { useSales } from '../services/reports';
import { ORDER_STATUSES, type OrderFilters } from '../../../shared/contracts/orders';

const ANY = 'any';

interface OrderFilterBarProps {
  filters: OrderFilters;
  /** A changed filter (the page goes back to 1). */
  onChange: (filters: OrderFilters) => void;
}

/** Status, shipping state and product filters above the orders table (products: those with sales). */
export const OrderFilterBar = ({ filters, onChange }: OrderFilterBarProps) => {
  const t = useMessages();
  const sales = useSales().state;
  const products: SelectOption[] =
    sales.status === 'ready' ? sales.value.data.byProduct.map((p) => ({ value: p.productDocumentId, label: p.name })) : [];
  const any = { value: ANY, label: t('orders.any', 'Any') };
  const set = (change: Partial<OrderFilters>) => onChange({ ...filters, ...change, page: 1 });
  const [stateText, setStateText] = useState(filters.state ?? '');
  /** The state filter applies once two letters are typed, and is lifted when the field is emptied. */
  const typeState = (text: string) => {
    setStateText(text);
    if (/^[A-Za-z]{2}$/.test(text)) set({ state: text.toUpperCase() });
    else if (!text && filters.state) set({ state: undefined });
  };
  return (
    <Box background="neutral0" padding={4} shadow="filterShadow" hasRadius>
      <Flex gap={4} wrap="wrap" alignItems="flex-start">
        <Box minWidth="14rem">
          <SelectField
            name="status"
            label={t('orders.status', 'Status')}
            value={filters.status ?? ANY}
            options={[any, ...ORDER_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`, status) }))]}
            onChange={(value) => set({ status: value === ANY ? undefined : (value as OrderFilters['status']) })}
          />
        </Box>
        <Box width="10rem">
          <TextField
            name="state"
            label={t('orders.state', 'State')}
            placeholder="NH"
            maxLength={2}
            value={stateText}
            onChange={typeState}
          />
        </Box>
        <Box minWidth="18rem">
          <SelectField
            name="product"
            label={t('orders.product', 'Product')}
            value={filters.productDocumentId ?? ANY}
            options={[any, ...products]}
            onChange={(value) => set({ productDocumentId: value === ANY ? undefined : value })}
          />
        </Box>
      </Flex>
    </Box>
  );
};
