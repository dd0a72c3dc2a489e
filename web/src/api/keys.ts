/**
 * TanStack Query keys, one place for all screens: the live stream (live/useLiveUpdates.ts) invalidates by
 * them. Everything about one shipment starts with `['shipment', id]` (its page, events, next actions); lists
 * that may hold it start with `board` or `shipments`.
 */
export const queryKeys = {
  me: ['me'] as const,
  board: (filters: object) => ['board', filters] as const,
  boardAll: ['board'] as const,
  shipments: (query: object) => ['shipments', query] as const,
  shipmentsAll: ['shipments'] as const,
  shipment: (id: string) => ['shipment', id] as const,
  clients: (q: string) => ['clients', q] as const,
  carriers: (q: string) => ['carriers', q] as const,
  /** Approvals: the inbox, the header's count, credit positions beside them. */
  approvalsAll: ['approvals'] as const,
};
