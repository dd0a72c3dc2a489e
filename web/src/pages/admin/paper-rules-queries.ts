import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, ok, type Schemas } from '../../api/client';

export type PaperRule = Schemas['PaperRuleDto'];
export type GatedAction = PaperRule['action'];
export type PaperSeverity = PaperRule['severity'];
export const PAPER_SEVERITIES: PaperSeverity[] = ['blocking', 'warning', 'waived'];
/** The actions a paper may gate, in the flow's order (src/papers/domain/paper-rules.ts). */
export const GATED_ACTIONS: GatedAction[] = [
  'confirm-booking',
  'request-space',
  'release-so',
  'pickup',
  'stuff',
  'gate-in',
  'declare-customs',
  'release-customs',
  'submit-si',
  'approve-bl',
  'release-bl',
];

const paperRuleKeys = { all: ['paper-rules'] as const };

/** Every rule (defaults first, then the overrides): a short list, not paged. */
export function usePaperRules() {
  return useQuery({
    queryKey: paperRuleKeys.all,
    queryFn: async () => (await ok(api.GET('/api/v1/paper-rules'))).items,
  });
}

/** The clients by id, for the overrides' client column (one page of 200; a client beyond it shows its id). */
export function useClientNames() {
  return useQuery({
    queryKey: ['clients', 'paper-rules'],
    queryFn: async () => (await ok(api.GET('/api/v1/clients', { params: { query: { limit: 200 } } }))).items,
    staleTime: 60_000,
  });
}

export function useCreatePaperRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CreatePaperRuleDto']) => ok(api.POST('/api/v1/paper-rules', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: paperRuleKeys.all }),
  });
}

export function useUpdatePaperRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ rule, severity }: { rule: PaperRule; severity: PaperSeverity }) =>
      ok(
        api.PUT('/api/v1/paper-rules/{id}', {
          params: { path: { id: rule.id }, header: ifMatch(rule.version) },
          body: { severity },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: paperRuleKeys.all }),
  });
}

export function useDeletePaperRule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (rule: PaperRule) =>
      ok(
        api.DELETE('/api/v1/paper-rules/{id}', {
          params: { path: { id: rule.id }, header: ifMatch(rule.version) },
        }),
      ),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: paperRuleKeys.all }),
  });
}
