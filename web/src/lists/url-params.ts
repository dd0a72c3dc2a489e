import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * A list's filters and page kept in the URL (`?status=issued&clientId=…&cursor=…`), so that a link to a
 * filtered list opens that list. Changing a filter goes back to the first page; `cursor` is the API's.
 * `names` are the filters the page knows; anything else in the URL is ignored.
 */
export function useListParams<N extends string>(names: readonly N[]) {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => {
    const out = {} as Partial<Record<N, string>>;
    for (const name of names) {
      const value = params.get(name)?.trim();
      if (value) out[name] = value;
    }
    return out;
    // names is a constant array at each call site
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params]);
  const cursor = params.get('cursor') ?? undefined;

  /** Sets (or, with undefined or '', removes) filters; the list starts again at its first page. */
  const setFilters = useCallback(
    (changes: Partial<Record<N, string | undefined>>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries<string | undefined>(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          next.delete('cursor');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  /** Moves to the page the cursor names (undefined: the first); a new history entry, so Back returns. */
  const setCursor = useCallback(
    (value: string | undefined) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('cursor', value);
        else next.delete('cursor');
        return next;
      }),
    [setParams],
  );

  return { filters, cursor, setFilters, setCursor };
}
