import {
  App as AntApp,
  Alert,
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  Select,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, idempotencyKey, ok, type Schemas } from '../../api/client';
import { isApiError } from '../../api/errors';
import { queryKeys } from '../../api/keys';
import { useT } from '../../i18n/context';
import { checkAmount, CURRENCIES, formatMoney, type CurrencyCode } from '../../money/money';
import { PartySelect } from '../board/PartySelect';
import { fromMinor, toMinor } from '../debit-notes/minor';
import { NoteProblem } from '../debit-notes/NoteProblem';
import { noteKeys, type DebitNote } from '../debit-notes/queries';
import { businessOffset, toPickerTime, toRequestTime } from '../shipment/time';
import { payableKeys } from './queries';

interface Values {
  carrierId?: string;
  currency: CurrencyCode;
  amount?: string;
  paidAt?: Dayjs;
  reference?: string;
  /** What is typed against each open bill, by the note's id. */
  allocations: Record<string, string | undefined>;
}

/** The carrier's recorded bills in the currency with money open (not yet paid, or paid in part), due first. */
function useOpenBills(carrierId: string | undefined, currency: string) {
  return useQuery({
    queryKey: noteKeys.list({ openBills: true, carrierId, currency }),
    enabled: Boolean(carrierId),
    queryFn: async () => {
      const query = {
        carrierId,
        currency: currency as CurrencyCode,
        direction: 'payable' as const,
        limit: 200,
      };
      const [issued, partly] = await Promise.all([
        ok(api.GET('/api/v1/debit-notes', { params: { query: { ...query, status: 'issued' } } })),
        ok(api.GET('/api/v1/debit-notes', { params: { query: { ...query, status: 'partially_paid' } } })),
      ]);
      return [...issued.items, ...partly.items].sort(
        (a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.createdAt.localeCompare(b.createdAt),
      );
    },
  });
}

/**
 * "Pay a carrier": carrier, currency, amount, when and the bank's reference, then the amount allocated to
 * each of that carrier's open bills in that currency, what is left shown as it is typed. The service decides
 * (over-allocation, another currency, another carrier's bill): its reasons land on the fields they name.
 */
export function PayCarrier({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState(idempotencyKey);
  const carrierId = Form.useWatch('carrierId', form);
  const currency = Form.useWatch('currency', form) ?? 'CNY';
  const amount = Form.useWatch('amount', form);
  const typed = Form.useWatch('allocations', form) ?? {};
  const bills = useOpenBills(carrierId, currency);
  const openBills = bills.data ?? [];

  useEffect(() => form.setFieldValue('allocations', {}), [form, carrierId, currency]);

  const minorOf = (text: string | undefined) => {
    const checked = checkAmount(text ?? '', currency);
    return checked.ok ? toMinor(checked.amount, currency) : 0n;
  };
  const allocated = openBills.reduce((sum, n) => sum + minorOf(typed[n.id]), 0n);
  const paid = minorOf(amount);
  const left = paid - allocated;

  const record = useMutation({
    mutationFn: (body: Schemas['CreateCarrierPaymentDto']) =>
      ok(api.POST('/api/v1/carrier-payments', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: payableKeys.all });
      void queryClient.invalidateQueries({ queryKey: noteKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['debit-note'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shipmentsAll });
    },
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v?.carrierId || !v.paidAt) return;
    const total = checkAmount(v.amount ?? '', v.currency);
    if (!total.ok) return;
    const rows = openBills.flatMap((n) => {
      const checked = checkAmount(v.allocations?.[n.id] ?? '', v.currency);
      return v.allocations?.[n.id]?.trim() && checked.ok ? [{ note: n, amount: checked.amount }] : [];
    });
    try {
      await record.mutateAsync({
        carrierId: v.carrierId,
        amount: { amount: total.amount, currency: v.currency },
        paidAt: toRequestTime(v.paidAt),
        reference: (v.reference ?? '').trim(),
        allocations: rows.map((r) => ({
          debitNoteId: r.note.id,
          amount: { amount: r.amount, currency: v.currency },
        })),
      });
      void message.success(t('accounts.carrierPay.done'));
      setKey(idempotencyKey());
      form.resetFields();
      onClose();
    } catch (error) {
      // The service's reasons on the fields it names: allocations[i] is the i-th row sent.
      const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
      const marks = fields.flatMap(({ field, message: text }) => {
        const row = /^allocations\[(\d+)\]/.exec(field);
        if (row) {
          const note = rows[Number(row[1])]?.note;
          return note ? [{ name: ['allocations', note.id], errors: [text] }] : [];
        }
        if (field.startsWith('amount')) return [{ name: ['amount'], errors: [text] }];
        if (field === 'paidAt' || field === 'reference' || field === 'carrierId')
          return [{ name: [field], errors: [text] }];
        return [];
      });
      if (marks.length) form.setFields(marks as Parameters<typeof form.setFields>[0]);
      setKey(idempotencyKey());
    }
  };

  const amountRule = {
    validator: (_: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const checked = checkAmount(value, form.getFieldValue('currency') as CurrencyCode);
      if (checked.ok) return Promise.resolve();
      return Promise.reject(
        new Error(
          checked.fault === 'format'
            ? t('accounts.editor.amountFormat')
            : t('accounts.editor.amountDigits', { currency, digits: checked.digits }),
        ),
      );
    },
  };
  const label = (n: DebitNote) => n.carrierNumber ?? n.id.slice(0, 8);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={760}
      title={t('accounts.carrierPay.title')}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          onClick={() => void submit()}
          loading={record.isPending}
          data-testid="carrier-pay-submit"
        >
          {t('accounts.carrierPay.submit')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          currency: 'CNY',
          paidAt: toPickerTime(new Date().toISOString()),
          allocations: {},
        }}
        onValuesChange={() => record.reset()}
      >
        <Flex wrap gap={16}>
          <Form.Item
            name="carrierId"
            label={t('accounts.carrierPay.carrier')}
            htmlFor="carrier-pay-carrier"
            rules={[{ required: true, message: t('accounts.editor.required') }]}
          >
            <CarrierField />
          </Form.Item>
          <Form.Item name="currency" label={t('accounts.carrierPay.currency')} htmlFor="carrier-pay-currency">
            <Select
              id="carrier-pay-currency"
              style={{ width: 110 }}
              showSearch
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('accounts.carrierPay.amount')}
            rules={[{ required: true, message: t('accounts.editor.required') }, amountRule]}
          >
            <Input
              inputMode="decimal"
              className="accounts-money"
              style={{ width: 170 }}
              data-testid="carrier-pay-amount"
            />
          </Form.Item>
          <Form.Item
            name="paidAt"
            label={`${t('accounts.carrierPay.paidAt')} (${businessOffset()})`}
            htmlFor="carrier-pay-paid"
            rules={[{ required: true, message: t('accounts.editor.required') }]}
          >
            <DatePicker id="carrier-pay-paid" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item
            name="reference"
            label={t('accounts.carrierPay.reference')}
            rules={[
              { required: true, whitespace: true, message: t('accounts.editor.required') },
              { max: 100 },
            ]}
            style={{ minWidth: 240, flex: 1 }}
          >
            <Input data-testid="carrier-pay-reference" />
          </Form.Item>
        </Flex>
        <Typography.Title level={2} className="accounts-section-title">
          {t('accounts.carrierPay.allocate')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('accounts.carrierPay.allocateHint')}</Typography.Paragraph>
        {!carrierId ? (
          <Alert type="info" showIcon title={t('accounts.carrierPay.pickCarrier')} />
        ) : (
          <Table<DebitNote>
            size="small"
            rowKey="id"
            pagination={false}
            loading={bills.isFetching}
            dataSource={openBills}
            locale={{
              emptyText: (
                <span className="accounts-empty">{t('accounts.carrierPay.noOpen', { currency })}</span>
              ),
            }}
            data-testid="carrier-pay-bills"
            columns={[
              { title: t('accounts.bill.carrierNumber'), key: 'number', render: (_, n) => label(n) },
              { title: t('accounts.col.shipment'), key: 'shipment', render: (_, n) => n.shipmentReference },
              { title: t('accounts.col.due'), key: 'due', render: (_, n) => n.dueDate ?? '—' },
              {
                title: t('accounts.carrierPay.col.open'),
                key: 'balance',
                align: 'right',
                className: 'accounts-money',
                render: (_, n) => formatMoney(n.balance),
              },
              {
                title: t('accounts.payments.col.amount'),
                key: 'allocate',
                width: 220,
                render: (_, n) => (
                  <Flex gap={4} align="flex-start">
                    <Form.Item
                      name={['allocations', n.id]}
                      rules={[amountRule]}
                      style={{ marginBottom: 0, flex: 1 }}
                    >
                      <Input
                        inputMode="decimal"
                        className="accounts-money"
                        aria-label={t('accounts.carrierPay.allocation', { number: label(n) })}
                        data-testid={`pay-bill-${label(n)}`}
                      />
                    </Form.Item>
                    <Button
                      size="small"
                      onClick={() => form.setFieldValue(['allocations', n.id], n.balance.amount)}
                      aria-label={`${t('accounts.receipt.fillAll')} ${label(n)}`}
                    >
                      {t('accounts.receipt.fillAll')}
                    </Button>
                  </Flex>
                ),
              },
            ]}
          />
        )}
        <Flex justify="end" style={{ marginTop: 12 }}>
          {left < 0n ? (
            <Typography.Text type="danger" data-testid="carrier-pay-remaining" aria-live="polite">
              {t('accounts.carrierPay.over', {
                amount: formatMoney({ amount: fromMinor(paid, currency), currency }),
              })}
            </Typography.Text>
          ) : (
            <Typography.Text strong data-testid="carrier-pay-remaining" aria-live="polite">
              {t('accounts.carrierPay.remaining', {
                amount: formatMoney({ amount: fromMinor(left, currency), currency }),
              })}
            </Typography.Text>
          )}
        </Flex>
        {record.isError && (
          <div style={{ marginTop: 12 }}>
            <NoteProblem error={record.error} title={t('accounts.carrierPay.refused')} />
          </div>
        )}
      </Form>
    </Drawer>
  );
}

/** The carrier picker as a form control (value/onChange from Form.Item). */
function CarrierField({ value, onChange }: { value?: string; onChange?: (id: string | undefined) => void }) {
  const t = useT();
  return (
    <PartySelect
      kind="carriers"
      id="carrier-pay-carrier"
      value={value}
      placeholder={t('accounts.carrierPay.carrier')}
      onChange={(id) => onChange?.(id)}
    />
  );
}
