import { useSearchParams } from 'react-router';

/** The board's filters, kept in the address so a reload, a link or the back button keeps them. */
export interface BoardFilters {
  clientId?: string;
  carrierId?: string;
  // Later: `mine` and `operatorId` (the assigned operator), once the board's filter bar offers them.
}

const KEYS = ['clientId', 'carrierId'] as const;

export function useBoardFilters(): [BoardFilters, (change: Partial<BoardFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: BoardFilters = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
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
