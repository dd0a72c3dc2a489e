import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, ok } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { BoardFilters } from './useBoardFilters';

/** The board (GET /api/v1/board) with these filters: for the page, and for the router to start early. */
export const boardQuery = (filters: BoardFilters) =>
  queryOptions({
    queryKey: queryKeys.board(filters),
    queryFn: () => ok(api.GET('/api/v1/board', { params: { query: filters } })),
    // The live stream marks it stale on every change; this is only the floor for a stream that is down.
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });
