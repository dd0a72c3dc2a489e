import { Select } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../i18n/context';
import { useFieldAria } from './field-aria';
import { useParties, type Party, type PartyKind } from './queries';
import { useDebounced } from './useDebounced';

/** The service is asked once the typing pauses this long. */
const SEARCH_DELAY_MS = 250;

/** "BRIGHT-SZ · 深圳光明家具 · Bright Furniture": code first, then the name in the screen's language first. */
function partyLabel(party: Party, chineseFirst: boolean): string {
  const names = [party.name, party.nameLocal].filter((name): name is string => Boolean(name));
  if (chineseFirst) names.reverse();
  return [party.code, ...names].join(' · ');
}

/**
 * A client or carrier picker searching the service (code prefix, or part of the Chinese or English name) as
 * the operator types. Used inside a Form.Item, which passes `id`, `value` and `onChange`.
 */
export function PartyPicker(props: {
  kind: PartyKind;
  id?: string;
  value?: string;
  onChange?: (id: string | undefined) => void;
  placeholder: string;
}) {
  const { language } = useI18n();
  const [typed, setTyped] = useState('');
  const aria = useFieldAria(props.id);
  const q = useDebounced(typed.trim(), SEARCH_DELAY_MS);
  const { parties, loading } = useParties(props.kind, q, props.value);
  return (
    <Select
      id={props.id}
      className="booking-party"
      {...aria}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      loading={loading}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(value: string | undefined) => props.onChange?.(value)}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      options={parties.map((party) => ({
        value: party.id,
        label: partyLabel(party, language === 'zh'),
      }))}
    />
  );
}
