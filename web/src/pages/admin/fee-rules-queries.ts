import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, ok, type Schemas } from '../../api/client';

export type FeeRule = Schemas['FeeRuleDto'];
export type FeeKind = FeeRule['kind'];
export const FEE_KINDS: FeeKind[] = ['doc_print', 'lift', 'heavy_select', 'empty_return', 'inspection'];

const feeRuleKeys = {
  all: ['fee-rules'] as const,
  page: (kind: string, cursor: string | undefined) => ['fee-rules', kind, cursor ?? ''] as const,
};

export function useFeeRules(kind: FeeKind | undefined, cursor: string | undefined) {
  return useQuery({
    queryKey: feeRuleKeys.page(kind ?? '', cursor),
    queryFn: () => ok(api.GET('/api/v1/fee-rules', { params: { query: { kind, cursor, limit: 100 } } })),
  });
}

/** Every carrier by id, for the rules' carrier column and the form's choice (one page of 200 is plenty). */
export function useCarrierNames() {
  return useQuery({
    queryKey: ['carriers', 'fee-rules'],
    queryFn: async () => (await ok(api.GET('/api/v1/carriers', { params: { query: { limit: 200 } } }))).items,
    staleTime: 60_000,
  });
}

export function useCreateFeeRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreateFeeRuleDto']) => ok(api.POST('/api/v1/fee-rules', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: feeRuleKeys.all }),
  });
}

export function useUpdateFeeRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rule, body }: { rule: FeeRule; body: Schemas['UpdateFeeRuleDto'] }) =>
      ok(
        api.PATCH('/api/v1/fee-rules/{id}', {
          params: { path: { id: rule.id }, header: ifMatch(rule.version) },
          body,
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: feeRuleKeys.all }),
  });
}

export function useDeleteFeeRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: FeeRule) =>
      ok(
        api.DELETE('/api/v1/fee-rules/{id}', {
          params: { path: { id: rule.id }, header: ifMatch(rule.version) },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: feeRuleKeys.all }),
  });
}
