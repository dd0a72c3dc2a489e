import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';
import { assessTyping, type ContainerNumberProblem, type TypingState } from './container-number';
import { useCarrierSearch } from './queries';
import { TIME_FORMAT } from './time';

/** A form field's name: a key, or the path to a nested one (`['cutoffs', 'cy']`), as the body has it. */
export type FieldName = string | (string | number)[];

/** A weight or volume as the API takes it: a positive decimal with up to 3 fraction digits. */
const MEASURE = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,3})?$/;

interface FieldProps {
  name: FieldName;
  label: MessageKey;
  required?: boolean;
  extra?: string;
}

/** A date and time, typed or picked, in port time (the form says which zone). */
export function TimeField({ name, label, required }: FieldProps) {
  const t = useT();
  return (
    <Form.Item name={name} label={t(label)} rules={[{ required }]}>
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format={TIME_FORMAT}
        needConfirm={false}
        placeholder={TIME_FORMAT}
        className="shipment-time"
      />
    </Form.Item>
  );
}

export function TextField({
  name,
  label,
  required,
  max,
  area,
}: FieldProps & { max: number; area?: boolean }) {
  const t = useT();
  return (
    <Form.Item name={name} label={t(label)} rules={[{ required, whitespace: required }, { max }]}>
      {/* No autoSize: it measures with a hidden textarea given a `style` attribute, which the CSP refuses. */}
      {area ? <Input.TextArea rows={2} maxLength={max} /> : <Input maxLength={max} />}
    </Form.Item>
  );
}

/** A weight or volume: typed as text so "18250.500" stays exactly that on its way to the service. */
export function MeasureField({ name, label, required }: FieldProps) {
  const t = useT();
  const rules: Rule[] = [{ required }, { pattern: MEASURE, message: t('shipment.form.measure') }];
  return (
    <Form.Item name={name} label={t(label)} rules={rules}>
      <Input inputMode="decimal" />
    </Form.Item>
  );
}

export function CountField({ name, label, required }: FieldProps) {
  const t = useT();
  return (
    <Form.Item
      name={name}
      label={t(label)}
      rules={[{ required }, { type: 'integer', min: 1, max: 10_000_000 }]}
    >
      <InputNumber min={1} max={10_000_000} precision={0} className="shipment-number" />
    </Form.Item>
  );
}

/** Why a container number is refused, in the user's words. */
export function useContainerProblem() {
  const t = useT();
  return (problem: ContainerNumberProblem): string => {
    switch (problem.reason) {
      case 'shape':
        return t('shipment.containerNumber.shape');
      case 'category':
        return t('shipment.containerNumber.category');
      case 'checkDigit':
        return t('shipment.containerNumber.checkDigit', {
          expected: problem.expected,
          actual: problem.actual,
        });
    }
  };
}

/**
 * What the field says under a container number as it is typed (ISO 6346, checked at every keystroke): a
 * hint while it is unfinished, the problem as soon as there is one, and the number as it will be saved once
 * its check digit is right. Said beside the form's own errors (a refusal of the service lands there).
 */
export function useContainerFeedback() {
  const t = useT();
  const problem = useContainerProblem();
  return (state: TypingState): { tone: 'hint' | 'error' | 'success'; text: string } | null => {
    switch (state.state) {
      case 'empty':
        return null;
      case 'partial':
        return { tone: 'hint', text: t('shipment.containerNumber.partial', { typed: state.value.length }) };
      case 'invalid':
        return { tone: 'error', text: problem(state) };
      case 'valid':
        return { tone: 'success', text: t('shipment.containerNumber.valid', { value: state.value }) };
    }
  };
}

/** The feedback line of a container number (shared by the form and the quick entry). */
export function ContainerFeedback({ state, id }: { state: TypingState; id?: string }) {
  const feedback = useContainerFeedback()(state);
  if (!feedback) return null;
  return (
    <span id={id} className={`container-feedback container-feedback-${feedback.tone}`} aria-live="polite">
      {feedback.text}
    </span>
  );
}

/** The container number, with its check digit verified as it is typed; the form refuses a number that fails it. */
export function ContainerNumberField({ name, autoFocus }: { name: FieldName; autoFocus?: boolean }) {
  const t = useT();
  const [state, setState] = useState<TypingState>({ state: 'empty' });
  return (
    <Form.Item
      name={name}
      label={t('field.containerNumber')}
      validateStatus={state.state === 'invalid' ? 'error' : undefined}
      extra={<ContainerFeedback state={state} />}
      // Checked as it is typed above; the rules run when the form is submitted (the line above says why).
      validateTrigger={[]}
      rules={[
        { required: true },
        {
          validator: (_, value: string | undefined) => {
            const result = assessTyping(value ?? '');
            if (result.state === 'invalid')
              return Promise.reject(new Error(t('shipment.containerNumber.fix')));
            if (result.state === 'partial')
              return Promise.reject(new Error(t('shipment.containerNumber.shape')));
            return Promise.resolve();
          },
        },
      ]}
    >
      <Input
        autoFocus={autoFocus}
        autoComplete="off"
        spellCheck={false}
        className="container-number-input"
        placeholder="MSKU 907032-3"
        onChange={(event) => setState(assessTyping(event.target.value))}
      />
    </Form.Item>
  );
}

/** A carrier, searched by code or name (GET /api/v1/carriers?q=). */
export function CarrierField({ name, required }: { name: FieldName; required?: boolean }) {
  const t = useT();
  const [q, setQ] = useState('');
  const carriers = useCarrierSearch(q, true);
  return (
    <Form.Item name={name} label={t('field.carrier')} rules={[{ required }]}>
      <Select
        showSearch={{ filterOption: false, onSearch: setQ }}
        loading={carriers.isFetching}
        options={(carriers.data ?? []).map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }))}
      />
    </Form.Item>
  );
}
