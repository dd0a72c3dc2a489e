import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';

export type CarrierPayment = Schemas['CarrierPaymentDto'];
export type PayablesAgingRow = Schemas['PayablesAgingRowDto'];

/** Keys of the payables screen: everything under `['payables', …]`, refreshed after a carrier payment. */
export const payableKeys = {
  all: ['payables'] as const,
  aging: (asOf: string | undefined) => ['payables', 'aging', asOf ?? 'today'] as const,
  payments: (query: object) => ['payables', 'payments', query] as const,
};

export function usePayablesAging(asOf: string | undefined) {
  return useQuery({
    queryKey: payableKeys.aging(asOf),
    queryFn: () => ok(api.GET('/api/v1/payables/aging', { params: { query: { asOf } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCarrierPayments(query: {
  carrierId?: string;
  currency?: Schemas['CarrierPaymentDto']['amount']['currency'];
  cursor?: string;
  limit: number;
}) {
  return useQuery({
    queryKey: payableKeys.payments(query),
    queryFn: () => ok(api.GET('/api/v1/carrier-payments', { params: { query: query as never } })),
    placeholderData: keepPreviousData,
  });
}
