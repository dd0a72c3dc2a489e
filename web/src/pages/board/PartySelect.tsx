import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useDeferredValue, useState } from 'react';
import { api, ok } from '../../api/client';
import { queryKeys } from '../../api/keys';

interface Party {
  id: string;
  code: string;
  name: string;
  nameLocal?: string | null;
}

const PAGE = 50;

/** The first clients or carriers matching what is typed (code, name, local name), and the one selected. */
function useParties(kind: 'clients' | 'carriers', q: string, selected: string | undefined) {
  const list = useQuery({
    queryKey: kind === 'clients' ? queryKeys.clients(q) : queryKeys.carriers(q),
    queryFn: async (): Promise<Party[]> => {
      const query = { q: q || undefined, limit: PAGE };
      const page =
        kind === 'clients'
          ? await ok(api.GET('/api/v1/clients', { params: { query } }))
          : await ok(api.GET('/api/v1/carriers', { params: { query } }));
      return page.items;
    },
    staleTime: 60_000,
  });
  const missing = Boolean(selected) && !list.data?.some((p) => p.id === selected);
  const one = useQuery({
    queryKey: [kind, 'one', selected],
    enabled: missing,
    queryFn: async (): Promise<Party> => {
      const path = { id: selected! };
      return kind === 'clients'
        ? ok(api.GET('/api/v1/clients/{id}', { params: { path } }))
        : ok(api.GET('/api/v1/carriers/{id}', { params: { path } }));
    },
    staleTime: 60_000,
  });
  const parties = [...(list.data ?? [])];
  if (missing && one.data) parties.unshift(one.data);
  return { parties, loading: list.isFetching };
}

/** A searchable client or carrier picker; empty is "all". */
export function PartySelect(props: {
  kind: 'clients' | 'carriers';
  id: string;
  value: string | undefined;
  placeholder: string;
  onChange: (id: string | undefined) => void;
}) {
  const [typed, setTyped] = useState('');
  const q = useDeferredValue(typed.trim());
  const { parties, loading } = useParties(props.kind, q, props.value);
  return (
    <Select
      id={props.id}
      className="party-select"
      style={{ width: 240 }}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={loading}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(value: string | undefined) => props.onChange(value)}
      onClear={() => setTyped('')}
      options={parties.map((p) => ({
        value: p.id,
        label: `${p.code} · ${p.nameLocal ? `${p.nameLocal} ` : ''}${p.name}`,
      }))}
    />
  );
}
