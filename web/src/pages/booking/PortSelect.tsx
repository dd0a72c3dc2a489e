import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useI18n } from '../../i18n/context';
import { useFieldAria } from './field-aria';
import { normalizeLocode, portOf, searchPorts, type Port } from './ports';

/** Enough to scroll through; typing two letters narrows it to a handful. */
const SHOWN = 60;

/**
 * A port by UN/LOCODE: searches the common ports by code and by Chinese or English name, and takes any
 * other UN/LOCODE typed in full (the service checks only its form). The value is the code.
 */
export function PortSelect(props: {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder: string;
  className?: string;
}) {
  const { language, t } = useI18n();
  const [typed, setTyped] = useState('');
  const aria = useFieldAria(props.id);

  const options = useMemo(() => {
    const label = (port: Port) =>
      language === 'zh' ? `${port.code} ${port.zh} ${port.en}` : `${port.code} ${port.en} ${port.zh}`;
    const found = searchPorts(typed).slice(0, SHOWN);
    const result = found.map((port) => ({ value: port.code, label: label(port) }));
    // A full UN/LOCODE not on the list is offered as typed, first, so Enter takes it.
    const code = normalizeLocode(typed);
    if (code && !portOf(code)) result.unshift({ value: code, label: t('booking.portTyped', { code }) });
    // The value shown must be among the options: a copied lane may name a port the list lacks.
    if (props.value && !result.some((option) => option.value === props.value)) {
      const known = portOf(props.value);
      result.push({ value: props.value, label: known ? label(known) : props.value });
    }
    return result;
  }, [typed, language, t, props.value]);

  return (
    <Select
      id={props.id}
      className={props.className ?? 'booking-port'}
      {...aria}
      allowClear
      showSearch={{ filterOption: false, onSearch: setTyped }}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(value: string | undefined) => props.onChange?.(value)}
      onOpenChange={(open) => {
        if (!open) setTyped('');
      }}
      options={options}
    />
  );
}
