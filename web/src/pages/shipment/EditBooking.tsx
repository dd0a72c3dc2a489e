import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Form, Input, InputNumber, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { api, ok, type Schemas } from '../../api/client';
import type { Me } from '../../auth/session';
import { useT } from '../../i18n/context';
import { checkAmount, isCurrency } from '../../money/money';
import { MoneyField } from '../booking/MoneyField';
import { CONTAINER_TYPES, containerTypeOf } from '../booking/container-types';
import type { AnySpec } from './action-forms';
import { ActionModal } from './ActionModal';
import { shipmentKeys, useCarrier, useCarrierSearch, type Shipment } from './queries';
import { patchShipment } from './write';
import { useMissing } from './WriteProblem';

type Field = 'commodity' | 'pod' | 'agreedRate' | 'carrierId' | 'remarks' | 'containers';
type Locks = Partial<Record<Field, string>>;

interface EditValues {
  commodity: string;
  pod: string;
  agreedRate?: { amount?: string; currency?: string };
  carrierId?: string | null;
  remarks?: string;
  remove?: string[];
  add?: { type?: string; quantity?: number }[];
}

/** Why each field is locked now (GET /shipments/:id/editable, the same words the PATCH refuses with). */
function useLocks(shipment: Shipment) {
  return useQuery({
    queryKey: [...shipmentKeys.all(shipment.id), 'editable', shipment.version],
    queryFn: async (): Promise<Locks> => {
      const fields = await ok(
        api.GET('/api/v1/shipments/{id}/editable', { params: { path: { id: shipment.id } } }),
      );
      return Object.fromEntries(fields.filter((f) => !f.editable).map((f) => [f.field, f.reason ?? '']));
    },
  });
}

const typeLabel = (code: string) => containerTypeOf(code)?.label ?? code;

/** The changes only: what differs from the shipment as the form opened (PATCH writes nothing for the rest). */
function editBody(v: EditValues, s: Shipment): Schemas['UpdateShipmentDto'] {
  const body: Schemas['UpdateShipmentDto'] = {};
  const commodity = v.commodity?.trim();
  if (commodity && commodity !== s.commodity) body.commodity = commodity;
  const pod = v.pod?.trim().toUpperCase();
  if (pod && pod !== s.pod) body.pod = pod;
  const amount = v.agreedRate?.amount?.trim();
  const currency = v.agreedRate?.currency;
  if (amount && currency && isCurrency(currency)) {
    const checked = checkAmount(amount, currency);
    const typed = checked.ok ? checked.amount : amount;
    if (typed !== s.agreedRate?.amount || currency !== s.agreedRate?.currency) {
      body.agreedRate = { amount: typed, currency };
    }
  } else if (!amount && s.agreedRate) {
    body.agreedRate = null;
  }
  if (v.carrierId !== undefined && (v.carrierId ?? null) !== s.carrierId)
    body.carrierId = v.carrierId ?? null;
  const remarks = v.remarks?.trim() ?? '';
  if (remarks !== (s.remarks ?? '')) body.remarks = remarks || null;
  const add = (v.add ?? []).flatMap((row) =>
    row.type && row.quantity ? [{ type: row.type, quantity: row.quantity }] : [],
  );
  if (add.length || v.remove?.length) {
    body.containers = {
      ...(add.length ? { add } : {}),
      ...(v.remove?.length ? { remove: v.remove } : {}),
    };
  }
  return body;
}

/** A locked field's reason, under it, in the user's words. */
function Locked({ reason }: { reason: string | undefined }) {
  const t = useT();
  const missing = useMissing();
  if (!reason) return null;
  return (
    <span className="shipment-edit-locked" data-testid="edit-locked">
      {t('shipment.edit.locked', { reason: missing(reason) })}
    </span>
  );
}

/** The carrier, searched by code or name; the current one is an option from the start (its name shows). */
function CarrierSelect({
  shipment,
  disabled,
  ...control
}: {
  shipment: Shipment;
  disabled: boolean;
  /** From the Form.Item around it. */
  value?: string | null;
  onChange?: (value: string | null) => void;
}) {
  const t = useT();
  const [q, setQ] = useState('');
  const current = useCarrier(shipment.carrierId, true).data;
  const found = useCarrierSearch(q, !disabled);
  const options = (found.data ?? []).map((c) => ({ value: c.id, label: `${c.code} · ${c.name}` }));
  if (current && !options.some((o) => o.value === current.id)) {
    options.unshift({ value: current.id, label: `${current.code} · ${current.name}` });
  }
  return (
    <Select
      {...control}
      onChange={(value: string | undefined) => control.onChange?.(value ?? null)}
      aria-label={t('field.carrier')}
      disabled={disabled}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      options={options}
    />
  );
}

function EditFields({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const locks = useLocks(shipment);
  if (locks.isPending) return <Skeleton active />;
  if (locks.isError) return <Alert type="error" showIcon title={locks.error.message} />;
  const lock = locks.data;
  const planned = shipment.containers.filter((c) => c.status === 'planned');
  return (
    <>
      <Typography.Paragraph type="secondary">{t('shipment.edit.resend')}</Typography.Paragraph>
      <Form.Item
        name="commodity"
        label={t('shipment.field.commodity')}
        rules={[{ required: !lock.commodity, whitespace: true }, { max: 500 }]}
        extra={lock.commodity && <Locked reason={lock.commodity} />}
      >
        <Input maxLength={500} disabled={Boolean(lock.commodity)} />
      </Form.Item>
      <Form.Item
        name="pod"
        label={t('shipment.field.pod')}
        rules={[
          { required: !lock.pod },
          { pattern: /^[A-Za-z]{2}[A-Za-z2-9]{3}$/, message: t('shipment.form.locode') },
        ]}
        extra={lock.pod && <Locked reason={lock.pod} />}
      >
        <Input maxLength={5} disabled={Boolean(lock.pod)} className="shipment-edit-pod" />
      </Form.Item>
      {lock.agreedRate ? (
        <Form.Item label={t('shipment.field.agreedRate')} extra={<Locked reason={lock.agreedRate} />}>
          <Input
            disabled
            aria-label={t('shipment.field.agreedRate')}
            value={
              shipment.agreedRate ? `${shipment.agreedRate.amount} ${shipment.agreedRate.currency}` : '—'
            }
          />
        </Form.Item>
      ) : (
        <MoneyField />
      )}
      <Form.Item
        name="carrierId"
        label={t('field.carrier')}
        extra={lock.carrierId && <Locked reason={lock.carrierId} />}
      >
        <CarrierSelect shipment={shipment} disabled={Boolean(lock.carrierId)} />
      </Form.Item>
      <fieldset className="shipment-fieldset" data-testid="edit-containers">
        <legend>{t('shipment.field.containers')}</legend>
        <Locked reason={lock.containers} />
        {!lock.containers && (
          <>
            <Form.Item name="remove" label={t('shipment.edit.planned')}>
              {planned.length ? (
                <Checkbox.Group
                  options={planned.map((c) => ({
                    value: c.id,
                    label: t('shipment.edit.remove', { seq: c.seq, type: typeLabel(c.type) }),
                  }))}
                />
              ) : (
                <Typography.Text type="secondary">{t('shipment.edit.noPlanned')}</Typography.Text>
              )}
            </Form.Item>
            <Typography.Text strong>{t('shipment.edit.add')}</Typography.Text>
            <Form.List name="add">
              {(rows, { add, remove }) => (
                <Flex vertical gap={4} className="shipment-edit-add">
                  {rows.map((row) => (
                    <Flex key={row.key} gap={8} align="flex-end" wrap>
                      <Form.Item
                        name={[row.name, 'type']}
                        label={t('shipment.edit.type')}
                        rules={[{ required: true }]}
                      >
                        <Select
                          className="shipment-edit-type"
                          options={CONTAINER_TYPES.map((c) => ({ value: c.code, label: c.label }))}
                        />
                      </Form.Item>
                      <Form.Item
                        name={[row.name, 'quantity']}
                        label={t('shipment.edit.quantity')}
                        rules={[{ required: true }, { type: 'integer', min: 1, max: 20 }]}
                      >
                        <InputNumber min={1} max={20} precision={0} className="shipment-number" />
                      </Form.Item>
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('shipment.edit.removeRow')}
                        className="shipment-edit-remove-row"
                        onClick={() => remove(row.name)}
                      />
                    </Flex>
                  ))}
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ type: '45G1', quantity: 1 })}
                    data-testid="edit-add-row"
                    className="shipment-edit-add-button"
                  >
                    {t('shipment.edit.addRow')}
                  </Button>
                </Flex>
              )}
            </Form.List>
          </>
        )}
      </fieldset>
      <Form.Item
        name="remarks"
        label={t('shipment.field.remarks')}
        rules={[{ max: 1000 }]}
        extra={lock.remarks && <Locked reason={lock.remarks} />}
      >
        <Input.TextArea rows={2} maxLength={1000} disabled={Boolean(lock.remarks)} />
      </Form.Item>
    </>
  );
}

const EDIT_SPEC = {
  wide: true,
  Fields: EditFields,
  initial: (s: Shipment): Partial<EditValues> => ({
    commodity: s.commodity,
    pod: s.pod,
    agreedRate: s.agreedRate
      ? { amount: s.agreedRate.amount, currency: s.agreedRate.currency }
      : { currency: 'USD' },
    carrierId: s.carrierId,
    remarks: s.remarks ?? '',
    remove: [],
    add: [],
  }),
  body: editBody,
} as unknown as AnySpec<Schemas['UpdateShipmentDto']>;

/** Whether the user may edit the booking: operators and admins (a manager changes the operator only). */
export function mayEditBooking(me: Me | null | undefined, shipment: Shipment): boolean {
  return Boolean(
    me?.permissions.includes('PATCH /api/v1/shipments/:id') &&
    me.role !== 'manager' &&
    shipment.status !== 'cancelled',
  );
}

/**
 * "Edit booking" on the shipment page: a form of what the stage still allows (PATCH /shipments/:id with
 * If-Match), the locked fields shown with why. What the client confirmed changing re-sends its confirmation.
 */
export function EditBooking({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="edit-booking">
        {t('shipment.edit.button')}
      </Button>
      {open && (
        <ActionModal
          action="edit"
          title={t('shipment.edit.button')}
          okText={t('shipment.edit.save')}
          subject={shipment.reference}
          doneText={t('shipment.edit.saved')}
          shipment={shipment}
          spec={EDIT_SPEC}
          send={(body, headers) =>
            patchShipment(shipment.id, body as Schemas['UpdateShipmentDto'], {
              'If-Match': headers['If-Match'],
            })
          }
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
