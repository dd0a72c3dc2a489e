import { useSearchParams } from 'react-router';

/** The board's filters, kept in the address so a reload, a link or the back button keeps them. */
export interface BoardFilters {
  /** Only the shipments assigned to the caller (their `operatorId`). */
  mine?: 'true';
  clientId?: string;
  carrierId?: string;
  /** Ports of loading and discharge, UN/LOCODE. */
  pol?: string;
  pod?: string;
  /** ETD days, `YYYY-MM-DD`, both ends included (the business time zone's days). */
  etdFrom?: string;
  etdTo?: string;
}

const KEYS = ['mine', 'clientId', 'carrierId', 'pol', 'pod', 'etdFrom', 'etdTo'] as const;

/** The filters an address's query string holds (the router's loader reads them too, router.tsx). */
export function boardFiltersOf(params: URLSearchParams): BoardFilters {
  const filters: BoardFilters = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (!value) continue;
    if (key === 'mine') {
      if (value === 'true') filters.mine = 'true';
    } else filters[key] = value;
  }
  return filters;
}

export function useBoardFilters(): [BoardFilters, (change: Partial<BoardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = boardFiltersOf(params);
  const update = (change: Partial<BoardFilters>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [filters, update];
}
