import { useCallback } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { adminUrlFor, useAdminGet, useCsvDownload } from '@mymitt/admin-kit';
import { PLUGIN_ID } from '../plugin-id';
import type { OrderFilters, OrderPage, RefundRequest, Shipment, StaffOrder } from '../../../shared/contracts/orders';

const adminUrl = adminUrlFor(PLUGIN_ID);

/** Orders with their buyers, newest first: `filters[status|state|product][$eq]` and the page. */
export const useOrders = ({ status, state, productDocumentId, page }: OrderFilters) =>
  useAdminGet<OrderPage>(
    adminUrl('/orders', {
      'filters[status][$eq]': status,
      'filters[state][$eq]': state,
      'filters[product][$eq]': productDocumentId,
      'pagination[page]': page,
      'pagination[pageSize]': 20,
    })
  );

/** How many orders have one status (the dashboard's "to ship"): one row fetched, the total counted. */
export const useOrderCount = (status: OrderFilters['status']) =>
  useAdminGet<OrderPage>(adminUrl('/orders', { 'filters[status][$eq]': status, 'pagination[pageSize]': 1 }));

export const useOrder = (documentId: string) => useAdminGet<{ data: StaffOrder }>(adminUrl(`/orders/${encodeURIComponent(documentId)}`));

/** Fulfil, ship and refund (each answers the order as it now is) and the packing list. */
export function useOrderActions() {
  const { post } = useFetchClient();
  const download = useCsvDownload();
  const path = (documentId: string, action: string) => adminUrl(`/orders/${encodeURIComponent(documentId)}/${action}`);
  return {
    fulfil: useCallback((documentId: string) => post<{ data: StaffOrder }>(path(documentId, 'fulfil'), {}), [post]),
    ship: useCallback((documentId: string, shipment: Shipment) => post<{ data: StaffOrder }>(path(documentId, 'ship'), shipment), [post]),
    refund: useCallback((documentId: string, request: RefundRequest) => post(path(documentId, 'refunds'), request), [post]),
    downloadPackingList: useCallback(() => download(adminUrl('/orders/packing-list.csv'), 'packing-list.csv'), [download]),
  };
}
