import { CheckCircleFilled, LoadingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Flex, Input, Segmented, Typography, type InputRef } from 'antd';
import { useRef, useState, type KeyboardEvent } from 'react';
import { idempotencyKey } from '../../api/client';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';
import { useShipmentLabels } from '../../shipments/labels';
import { assessTyping, type TypingState } from './container-number';
import { CONTAINER_STEPS, STEP_FROM } from './container-steps';
import { ContainerFeedback } from './fields';
import { shipmentQuery, type Shipment } from './queries';
import {
  ifMatchHeader,
  sendContainerAction,
  useShipmentWrite,
  type ContainerActionName,
  type WriteHeaders,
} from './write';
import { WriteProblem } from './WriteProblem';

type FieldKind = 'container' | 'text' | 'count' | 'measure';
interface QuickField {
  name: string;
  label: MessageKey;
  kind: FieldKind;
  required?: boolean;
}

/** The fields each step asks for in the quick entry, in the order Enter walks through them. */
const FIELDS: Record<ContainerActionName, readonly QuickField[]> = {
  pickup: [
    { name: 'containerNumber', label: 'field.containerNumber', kind: 'container', required: true },
    { name: 'sealNumber', label: 'field.sealNumber', kind: 'text', required: true },
  ],
  stuff: [
    { name: 'packages', label: 'shipment.field.packages', kind: 'count' },
    { name: 'grossWeightKg', label: 'shipment.field.grossWeightKg', kind: 'measure' },
    { name: 'vgmKg', label: 'shipment.field.vgmKg', kind: 'measure' },
  ],
  'gate-in': [{ name: 'terminal', label: 'shipment.field.terminal', kind: 'text' }],
};

const MEASURE = /^(?:0|[1-9]\d{0,11})(?:\.\d{1,3})?$/;
const COUNT = /^[1-9]\d{0,7}$/;

/** What is wrong with a field's value, or null; said in the user's words. */
function fieldProblem(field: QuickField, value: string): MessageKey | null {
  const text = value.trim();
  if (!text) return field.required ? 'shipment.quick.required' : null;
  if (field.kind === 'container')
    return assessTyping(text).state === 'valid' ? null : 'shipment.containerNumber.fix';
  if (field.kind === 'count') return COUNT.test(text) ? null : 'shipment.quick.count';
  if (field.kind === 'measure') return MEASURE.test(text) ? null : 'shipment.form.measure';
  return null;
}

function bodyOf(step: ContainerActionName, values: Record<string, string>): object {
  const v = (name: string) => values[name]?.trim() || undefined;
  switch (step) {
    case 'pickup':
      return { containerNumber: v('containerNumber'), sealNumber: v('sealNumber') };
    case 'stuff': {
      const packages = v('packages');
      return {
        packages: packages ? Number(packages) : undefined,
        grossWeightKg: v('grossWeightKg'),
        vgmKg: v('vgmKg'),
      };
    }
    case 'gate-in':
      return { terminal: v('terminal') };
  }
}

interface Row {
  containerId: string;
  seq: number;
  typeLabel: string;
  containerNumber: string | null;
  values: Record<string, string>;
  phase: 'typing' | 'queued' | 'saving' | 'saved' | 'error';
  error?: unknown;
  /** The Idempotency-Key of this row's save, kept until it succeeds (a refusal gives it back). */
  key?: string;
  problem?: { field: string; message: MessageKey };
}

/**
 * Several containers in a row, by keyboard only (a barcode scanner types and presses Enter): Enter moves to
 * the next field, and on a row's last field saves the row and moves to the next row at once. Saves go one
 * after another, each with If-Match the version the previous one answered, so the operator's own saves never
 * meet each other's 412; someone else's change does, and the rows keep what was typed.
 */
export function QuickEntry({
  shipment,
  stepOpen,
  onDone,
}: {
  shipment: Shipment;
  stepOpen: (step: ContainerActionName) => boolean;
  onDone: () => void;
}) {
  const t = useT();
  const labels = useShipmentLabels();
  const waiting = (step: ContainerActionName) =>
    shipment.containers.some((c) => c.status === STEP_FROM[step]);
  const [step, setStep] = useState<ContainerActionName>(
    () => CONTAINER_STEPS.find((s) => stepOpen(s) && waiting(s)) ?? 'pickup',
  );
  return (
    <section className="quick-entry" aria-labelledby="quick-entry-title" data-testid="quick-entry">
      <Flex align="center" gap={12} wrap className="quick-entry-head">
        <Typography.Title level={3} id="quick-entry-title" className="quick-entry-title">
          {t('shipment.quick.title')}
        </Typography.Title>
        <Segmented<ContainerActionName>
          value={step}
          onChange={setStep}
          aria-label={t('shipment.quick.step')}
          options={CONTAINER_STEPS.map((s) => ({
            value: s,
            label: labels.action(s),
            disabled: !stepOpen(s) || !waiting(s),
          }))}
        />
      </Flex>
      <Typography.Paragraph type="secondary" className="quick-entry-hint">
        {t('shipment.quick.hint')}
      </Typography.Paragraph>
      <QuickRows key={step} step={step} shipment={shipment} onDone={onDone} />
    </section>
  );
}

function QuickRows({
  step,
  shipment,
  onDone,
}: {
  step: ContainerActionName;
  shipment: Shipment;
  onDone: () => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const fields = FIELDS[step];
  // The rows are the containers waiting for this step when it was chosen: a saved row stays in view, done.
  const [rows, setRows] = useState<Row[]>(() =>
    shipment.containers
      .filter((c) => c.status === STEP_FROM[step])
      .map((c) => ({
        containerId: c.id,
        seq: c.seq,
        typeLabel: c.typeLabel,
        containerNumber: c.containerNumber,
        values: {},
        phase: 'typing',
      })),
  );
  const rowsRef = useRef(rows);
  const version = useRef(shipment.version);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const inputs = useRef(new Map<string, InputRef | null>());
  const doneButton = useRef<HTMLButtonElement>(null);
  const [reloading, setReloading] = useState(false);
  const write = useShipmentWrite(
    shipment.id,
    (v: { containerId: string; body: object; headers: WriteHeaders }) =>
      sendContainerAction(step, shipment.id, v.containerId, v.body, v.headers),
  );

  const update = (index: number, change: Partial<Row> | ((row: Row) => Partial<Row>)) => {
    const next = rowsRef.current.map((row, i) =>
      i === index ? { ...row, ...(typeof change === 'function' ? change(row) : change) } : row,
    );
    rowsRef.current = next;
    setRows(next);
  };

  const save = async (index: number) => {
    const row = rowsRef.current[index]!;
    const key = row.key ?? idempotencyKey();
    update(index, { phase: 'saving', key, error: undefined });
    try {
      const answer = await write.mutateAsync({
        containerId: row.containerId,
        body: bodyOf(step, row.values),
        headers: { ...ifMatchHeader(version.current), 'Idempotency-Key': key },
      });
      version.current = answer.version;
      update(index, { phase: 'saved', key: undefined });
    } catch (error) {
      update(index, { phase: 'error', error });
    }
  };

  const focus = (row: number, field: number) => {
    const target = inputs.current.get(`${row}:${field}`);
    if (target) target.focus();
    else doneButton.current?.focus();
  };

  /** The next row still to be typed, after this one. */
  const nextOpenRow = (after: number) =>
    rowsRef.current.findIndex((r, i) => i > after && (r.phase === 'typing' || r.phase === 'error'));

  const onKeyDown = (index: number, fieldIndex: number) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const field = fields[fieldIndex]!;
    const value = event.currentTarget.value;
    const problem = fieldProblem(field, value);
    if (problem) {
      update(index, { problem: { field: field.name, message: problem } });
      return;
    }
    update(index, { problem: undefined });
    if (fieldIndex < fields.length - 1) {
      focus(index, fieldIndex + 1);
      return;
    }
    // The row's last field: check the row, queue its save, and go on to the next row without waiting.
    const row = rowsRef.current[index]!;
    const wrong = fields
      .map((f) => [f, fieldProblem(f, row.values[f.name] ?? '')] as const)
      .find(([, p]) => p);
    if (wrong) {
      update(index, { problem: { field: wrong[0].name, message: wrong[1]! } });
      focus(index, fields.indexOf(wrong[0]));
      return;
    }
    update(index, { phase: 'queued' });
    queue.current = queue.current.then(() => save(index));
    const next = nextOpenRow(index);
    if (next >= 0) focus(next, 0);
    else doneButton.current?.focus();
  };

  const setValue = (index: number, name: string, value: string) =>
    update(index, (row) => ({ values: { ...row.values, [name]: value }, problem: undefined }));

  /** After a 412: the shipment as it is now; the rows that failed keep their values, to be sent again. */
  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...shipmentQuery(shipment.id), staleTime: 0 });
      version.current = fresh.version;
      rowsRef.current.forEach(
        (row, i) => row.phase === 'error' && update(i, { phase: 'typing', error: undefined }),
      );
      const first = rowsRef.current.findIndex((r) => r.phase === 'typing');
      if (first >= 0) focus(first, 0);
    } finally {
      setReloading(false);
    }
  };

  if (rows.length === 0) {
    return <Alert type="info" showIcon title={t('shipment.quick.nothing')} />;
  }
  const busy = rows.some((r) => r.phase === 'queued' || r.phase === 'saving');
  const firstOpen = rows.findIndex((r) => r.phase === 'typing' || r.phase === 'error');
  return (
    <>
      <table className="quick-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            {fields.map((f) => (
              <th scope="col" key={f.name}>
                {t(f.label)}
              </th>
            ))}
            <th scope="col">{t('shipment.quick.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const locked = row.phase === 'queued' || row.phase === 'saving' || row.phase === 'saved';
            return (
              <tr
                key={row.containerId}
                data-testid={`quick-row-${row.seq}`}
                className={`quick-row quick-row-${row.phase}`}
              >
                <th scope="row" className="quick-row-name">
                  #{row.seq} {row.typeLabel}
                  {row.containerNumber && <div className="mono">{row.containerNumber}</div>}
                </th>
                {fields.map((field, fieldIndex) => {
                  const value = row.values[field.name] ?? '';
                  const typing: TypingState | null = field.kind === 'container' ? assessTyping(value) : null;
                  const problem = row.problem?.field === field.name ? row.problem.message : null;
                  const describedBy = `quick-${row.seq}-${field.name}-note`;
                  return (
                    <td key={field.name}>
                      <Input
                        ref={(el) => {
                          inputs.current.set(`${index}:${fieldIndex}`, el);
                        }}
                        value={value}
                        readOnly={locked}
                        // The first row waiting gets the focus when the entry opens: scan at once.
                        autoFocus={index === firstOpen && fieldIndex === 0}
                        autoComplete="off"
                        spellCheck={false}
                        inputMode={field.kind === 'count' || field.kind === 'measure' ? 'decimal' : undefined}
                        status={problem || typing?.state === 'invalid' ? 'error' : undefined}
                        className={field.kind === 'container' ? 'container-number-input' : undefined}
                        aria-label={`${t(field.label)} #${row.seq}`}
                        aria-invalid={Boolean(problem) || typing?.state === 'invalid'}
                        aria-describedby={describedBy}
                        data-testid={`quick-${row.seq}-${field.name}`}
                        onChange={(event) => setValue(index, field.name, event.target.value)}
                        onKeyDown={onKeyDown(index, fieldIndex)}
                      />
                      <div id={describedBy} className="quick-note">
                        {typing && !locked && <ContainerFeedback state={typing} />}
                        {problem && (
                          <span className="container-feedback container-feedback-error">{t(problem)}</span>
                        )}
                      </div>
                    </td>
                  );
                })}
                <td className="quick-state" data-testid={`quick-${row.seq}-state`} data-phase={row.phase}>
                  <RowState
                    row={row}
                    shipmentId={shipment.id}
                    onReload={() => void reload()}
                    reloading={reloading}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <Flex justify="flex-end" gap={8} className="quick-entry-foot">
        <Button
          ref={doneButton}
          type="primary"
          onClick={onDone}
          loading={busy}
          data-testid="quick-entry-done"
        >
          {t('shipment.quick.done')}
        </Button>
      </Flex>
    </>
  );
}

function RowState({
  row,
  shipmentId,
  onReload,
  reloading,
}: {
  row: Row;
  shipmentId: string;
  onReload: () => void;
  reloading: boolean;
}) {
  const t = useT();
  switch (row.phase) {
    case 'typing':
      return null;
    case 'queued':
    case 'saving':
      return (
        <span className="quick-saving">
          <LoadingOutlined aria-hidden /> {t('shipment.quick.saving')}
        </span>
      );
    case 'saved':
      return (
        <span className="quick-saved">
          <CheckCircleFilled aria-hidden /> {t('shipment.quick.saved')}
        </span>
      );
    case 'error':
      return (
        <WriteProblem error={row.error} shipmentId={shipmentId} onReload={onReload} reloading={reloading} />
      );
  }
}
