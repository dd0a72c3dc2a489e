import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '../../api/errors';
import type { Me } from '../../auth/session';
import { useT } from '../../i18n/context';
import { checkAmount, CURRENCIES, formatMoney, isCurrency, type CurrencyCode } from '../../money/money';
import { problemText } from '../approvals/problem';
import { useCarrierNames } from '../admin/fee-rules-queries';
import {
  useAddCharge,
  useCharges,
  useDraftFromCharges,
  useUpdateCharge,
  useVoidCharge,
  type Charge,
} from './charges-queries';
import type { Shipment } from './queries';

const KINDS: Charge['kind'][] = ['doc_print', 'lift', 'heavy_select', 'empty_return', 'inspection', 'other'];
/** "None" in a select: antd's Select cannot hold null as a value. */
const NONE = '';

interface AddValues {
  kind: Charge['kind'];
  description: string;
  amount: string;
  currency: CurrencyCode;
  containerId: string;
  carrierId: string;
  rebillable: boolean;
}

/** Add a charge by hand: what, how much, on which box and whose bill, and whether the client pays it. */
function AddChargeModal({ shipment, onClose }: { shipment: Shipment; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<AddValues>();
  const add = useAddCharge(shipment.id);
  const carriers = useCarrierNames();
  const currency = Form.useWatch('currency', form);
  const submit = async () => {
    let v: AddValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    add.mutate(
      {
        kind: v.kind,
        description: v.description.trim() || undefined,
        cost: { amount: v.amount.trim(), currency: v.currency },
        containerId: v.containerId || null,
        carrierId: v.carrierId || null,
        rebillable: v.rebillable,
      },
      {
        onSuccess: () => {
          void message.success(t('fees.charges.added'));
          onClose();
        },
        onError: (error) => {
          const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
          const map: Record<string, keyof AddValues> = {
            'cost.amount': 'amount',
            'cost.currency': 'currency',
            containerId: 'containerId',
            carrierId: 'carrierId',
            description: 'description',
          };
          form.setFields(
            fields.flatMap((f) => (map[f.field] ? [{ name: map[f.field]!, errors: [f.message] }] : [])),
          );
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t('fees.charges.addTitle')}
      okText={t('fees.charges.add')}
      okButtonProps={{ 'data-testid': 'charge-form-ok' }}
      cancelText={t('fees.cancel')}
      confirmLoading={add.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AddValues>
        form={form}
        layout="vertical"
        initialValues={{
          kind: 'other',
          description: '',
          currency: 'CNY',
          containerId: NONE,
          carrierId: NONE,
          rebillable: true,
        }}
      >
        <Space size="middle" align="start" wrap>
          <Form.Item name="kind" label={t('fees.charges.kind')}>
            <Select
              style={{ minWidth: 160 }}
              options={KINDS.map((k) => ({ value: k, label: t(`fees.kind.${k}`) }))}
              data-testid="charge-kind"
            />
          </Form.Item>
          <Form.Item name="containerId" label={t('fees.charges.container')}>
            <Select
              style={{ minWidth: 160 }}
              options={[
                { value: NONE, label: t('fees.charges.noContainer') },
                ...shipment.containers.map((c) => ({ value: c.id, label: c.containerNumber ?? `#${c.seq}` })),
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item
          name="description"
          label={t('fees.charges.description')}
          extra={t('fees.charges.descriptionHelp')}
        >
          <Input maxLength={200} data-testid="charge-description" />
        </Form.Item>
        <Form.Item label={t('fees.charges.cost')} htmlFor="charge-amount" required>
          <Space.Compact>
            <Form.Item
              name="amount"
              noStyle
              rules={[
                {
                  validator: (_r: unknown, value: string | undefined) => {
                    if (!value?.trim()) return Promise.reject(new Error(t('fees.required')));
                    const c: CurrencyCode = isCurrency(currency) ? currency : 'CNY';
                    const checked = checkAmount(value, c);
                    return checked.ok
                      ? Promise.resolve()
                      : Promise.reject(
                          new Error(t('fees.amountDigits', { currency: c, digits: checked.digits })),
                        );
                  },
                },
              ]}
            >
              <Input id="charge-amount" inputMode="decimal" autoComplete="off" data-testid="charge-amount" />
            </Form.Item>
            <Form.Item name="currency" noStyle>
              <Select
                aria-label={t('fees.rules.currency')}
                style={{ width: 100 }}
                options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="carrierId" label={t('fees.charges.carrier')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[
              { value: NONE, label: t('fees.charges.noCarrier') },
              ...(carriers.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` })),
            ]}
          />
        </Form.Item>
        <Form.Item name="rebillable" valuePropName="checked">
          <Checkbox>{t('fees.charges.rebillable')}</Checkbox>
        </Form.Item>
      </Form>
      {add.isError && <Alert type="error" showIcon title={problemText(add.error, t)} />}
    </Modal>
  );
}

/** Void a charge, with the reason (required). */
function VoidChargeModal({
  charge,
  shipmentId,
  onClose,
}: {
  charge: Charge;
  shipmentId: string;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [reason, setReason] = useState('');
  const voidCharge = useVoidCharge(shipmentId);
  return (
    <Modal
      open
      title={t('fees.charges.voidTitle')}
      okText={t('fees.charges.void')}
      okButtonProps={{ danger: true, disabled: !reason.trim(), 'data-testid': 'charge-void-ok' }}
      cancelText={t('fees.cancel')}
      confirmLoading={voidCharge.isPending}
      onOk={() =>
        voidCharge.mutate(
          { id: charge.id, reason: reason.trim() },
          {
            onSuccess: () => {
              void message.success(t('fees.charges.voidDone'));
              onClose();
            },
          },
        )
      }
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('fees.charges.voidReason')} htmlFor="charge-void-reason" required>
          <Input.TextArea
            id="charge-void-reason"
            maxLength={500}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="charge-void-reason"
          />
        </Form.Item>
      </Form>
      {voidCharge.isError && <Alert type="error" showIcon title={problemText(voidCharge.error, t)} />}
    </Modal>
  );
}

/** Each currency's total of the live charges: "CNY 1,230.00 · USD 40.00". */
function totals(charges: Charge[]): string {
  const sums = new Map<string, bigint>();
  for (const c of charges) {
    if (c.voidedAt) continue;
    const [whole = '0', frac = ''] = c.cost.amount.split('.');
    sums.set(c.cost.currency, (sums.get(c.cost.currency) ?? 0n) + BigInt(`${whole}${frac}`));
  }
  return [...sums]
    .map(([currency, minor]) => {
      const digits =
        charges.find((c) => c.cost.currency === currency)!.cost.amount.split('.')[1]?.length ?? 0;
      const text = minor.toString().padStart(digits + 1, '0');
      const amount = digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text;
      return formatMoney({ amount, currency });
    })
    .join(' · ');
}

/**
 * The shipment's charges (staff only; docs/console.md "Charges"): what each stage recorded from the fee rules,
 * the inspection fee, and charges added by hand; whether each is re-billed to the client, the note it is on,
 * void with a reason. Accounts and managers start the receivable draft (landing on it) or the carriers' payable
 * drafts from here.
 */
export function ChargesCard({ shipment, me }: { shipment: Shipment; me: Me | null | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const may = (permission: string) => me?.permissions.includes(permission) ?? false;
  const charges = useCharges(shipment.id);
  const update = useUpdateCharge(shipment.id);
  const draft = useDraftFromCharges(shipment.id);
  const [adding, setAdding] = useState(false);
  const [voiding, setVoiding] = useState<Charge | null>(null);
  const writes = may('POST /api/v1/shipments/:id/charges');
  const drafts = may('POST /api/v1/shipments/:id/debit-notes/from-charges');
  const rows = charges.data ?? [];

  const start = (direction: 'receivable' | 'payable') =>
    draft.mutate(direction, {
      onSuccess: (notes) => {
        if (notes.length === 1) void navigate(`/debit-notes/${notes[0]!.id}`);
        else {
          void message.success(t('fees.charges.draftsMade', { count: notes.length }));
          document.querySelector('[data-testid="shipment-billing"]')?.scrollIntoView({ block: 'start' });
        }
      },
      onError: (error) =>
        void message.error(
          isApiError(error, 409) && error.code === 'NOTHING_TO_BILL'
            ? t('fees.charges.nothingToBill')
            : problemText(error, t),
        ),
    });

  const noteLink = (note: Charge['receivableNote']) =>
    note ? (
      <Link to={`/debit-notes/${note.id}`} data-testid="charge-note-link">
        {note.number ?? t('fees.charges.draft')}
      </Link>
    ) : null;

  return (
    <Card
      size="small"
      className="shipment-charges"
      data-testid="charges-card"
      title={<h2 className="shipment-card-title">{t('fees.charges.title')}</h2>}
      extra={
        <Flex gap={8} wrap>
          {writes && (
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => setAdding(true)}
              data-testid="charge-add"
            >
              {t('fees.charges.add')}
            </Button>
          )}
          {drafts && (
            <>
              <Button
                disabled={draft.isPending}
                onClick={() => start('receivable')}
                data-testid="charges-start-receivable"
              >
                {t('fees.charges.startReceivable')}
              </Button>
              <Button
                disabled={draft.isPending}
                onClick={() => start('payable')}
                data-testid="charges-start-payable"
              >
                {t('fees.charges.startPayable')}
              </Button>
            </>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={8}>
        {charges.isError ? (
          <Alert type="error" showIcon title={problemText(charges.error, t)} />
        ) : (
          <Table<Charge>
            size="small"
            rowKey="id"
            pagination={false}
            loading={charges.isPending}
            dataSource={rows}
            scroll={{ x: 'max-content' }}
            rowClassName={(c) => (c.voidedAt ? 'charge-void' : '')}
            locale={{ emptyText: t('fees.charges.empty') }}
            data-testid="charges-table"
            columns={[
              {
                key: 'kind',
                title: t('fees.charges.kind'),
                render: (_, c) => (
                  <Flex vertical>
                    <span>
                      {t(`fees.kind.${c.kind}`)} <Tag bordered={false}>{t(`fees.source.${c.source}`)}</Tag>
                    </span>
                    {c.kind === 'other' || c.source === 'manual' ? (
                      <Typography.Text type="secondary">{c.description}</Typography.Text>
                    ) : null}
                    {c.voidedAt && (
                      <Typography.Text type="danger">
                        {t('fees.charges.voided', { reason: c.voidReason ?? '' })}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
              },
              {
                key: 'container',
                title: t('fees.charges.container'),
                render: (_, c) => (
                  <span className="mono">
                    {c.containerNumber ?? (c.containerId ? '—' : t('fees.charges.noContainer'))}
                  </span>
                ),
              },
              {
                key: 'cost',
                title: t('fees.charges.cost'),
                align: 'right',
                render: (_, c) => (
                  <span className="money" style={c.voidedAt ? { textDecoration: 'line-through' } : undefined}>
                    {formatMoney(c.cost)}
                  </span>
                ),
              },
              {
                key: 'carrier',
                title: t('fees.charges.carrier'),
                render: (_, c) => c.carrierName ?? <Typography.Text type="secondary">—</Typography.Text>,
              },
              {
                key: 'rebillable',
                title: t('fees.charges.rebillable'),
                render: (_, c) => (
                  <Switch
                    size="small"
                    checked={c.rebillable}
                    disabled={
                      !writes || Boolean(c.voidedAt || c.receivableNote || c.payableNote) || update.isPending
                    }
                    aria-label={t('fees.charges.rebillableOf', { kind: t(`fees.kind.${c.kind}`) })}
                    onChange={(rebillable) =>
                      update.mutate(
                        { id: c.id, body: { rebillable } },
                        { onError: (error) => void message.error(problemText(error, t)) },
                      )
                    }
                  />
                ),
              },
              {
                key: 'drafted',
                title: t('fees.charges.drafted'),
                render: (_, c) => (
                  <Flex vertical>
                    {noteLink(c.receivableNote)}
                    {noteLink(c.payableNote)}
                  </Flex>
                ),
              },
              ...(writes
                ? [
                    {
                      key: 'actions',
                      title: '',
                      render: (_: unknown, c: Charge) =>
                        c.voidedAt || c.receivableNote || c.payableNote ? null : (
                          <Button
                            size="small"
                            danger
                            onClick={() => setVoiding(c)}
                            aria-label={t('fees.charges.voidOf', { kind: t(`fees.kind.${c.kind}`) })}
                          >
                            {t('fees.charges.void')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        )}
        {rows.some((c) => !c.voidedAt) && (
          <Typography.Text type="secondary" data-testid="charges-total">
            {t('fees.charges.total', { totals: totals(rows) })}
          </Typography.Text>
        )}
      </Flex>
      {adding && <AddChargeModal shipment={shipment} onClose={() => setAdding(false)} />}
      {voiding && (
        <VoidChargeModal charge={voiding} shipmentId={shipment.id} onClose={() => setVoiding(null)} />
      )}
    </Card>
  );
}
