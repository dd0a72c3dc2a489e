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

interface Values {
  clientId?: string;
  currency: CurrencyCode;
  amount?: string;
  receivedAt?: Dayjs;
  reference?: string;
  /** What is typed against each open note, by the note's id. */
  allocations: Record<string, string | undefined>;
}

/** The client's open receivable notes in the currency: issued, paid in part or not at all (oldest first). */
function useOpenNotes(clientId: string | undefined, currency: string) {
  return useQuery({
    queryKey: noteKeys.list({ open: true, clientId, currency }),
    enabled: Boolean(clientId),
    queryFn: async () => {
      const query = {
        clientId,
        currency: currency as CurrencyCode,
        direction: 'receivable' as const,
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
 * "Record a receipt": client, currency, amount, when and the bank's reference, then the amount allocated to
 * each of that client's open notes in that currency, with what is left to allocate shown as it is typed. The
 * service decides (over-allocation, a note in another currency): its reasons land on the fields they name.
 */
export function RecordReceipt({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [key, setKey] = useState(idempotencyKey);
  const clientId = Form.useWatch('clientId', form);
  const currency = Form.useWatch('currency', form) ?? 'CNY';
  const amount = Form.useWatch('amount', form);
  const typed = Form.useWatch('allocations', form) ?? {};
  const notes = useOpenNotes(clientId, currency);
  const openNotes = notes.data ?? [];

  useEffect(() => form.setFieldValue('allocations', {}), [form, clientId, currency]);

  const minorOf = (text: string | undefined) => {
    const checked = checkAmount(text ?? '', currency);
    return checked.ok ? toMinor(checked.amount, currency) : 0n;
  };
  const allocated = openNotes.reduce((sum, n) => sum + minorOf(typed[n.id]), 0n);
  const received = minorOf(amount);
  const left = received - allocated;

  const record = useMutation({
    mutationFn: (body: Schemas['CreatePaymentDto']) =>
      ok(api.POST('/api/v1/payments', { body, headers: { 'Idempotency-Key': key } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: noteKeys.paymentsAll });
      void queryClient.invalidateQueries({ queryKey: noteKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['debit-note'] });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shipmentsAll });
    },
  });

  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v?.clientId || !v.receivedAt) return;
    const total = checkAmount(v.amount ?? '', v.currency);
    if (!total.ok) return;
    const rows = openNotes.flatMap((n) => {
      const checked = checkAmount(v.allocations?.[n.id] ?? '', v.currency);
      return v.allocations?.[n.id]?.trim() && checked.ok ? [{ note: n, amount: checked.amount }] : [];
    });
    try {
      await record.mutateAsync({
        clientId: v.clientId,
        amount: { amount: total.amount, currency: v.currency },
        receivedAt: toRequestTime(v.receivedAt),
        reference: (v.reference ?? '').trim(),
        allocations: rows.map((r) => ({
          debitNoteId: r.note.id,
          amount: { amount: r.amount, currency: v.currency },
        })),
      });
      void message.success(t('accounts.receipt.done'));
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
        if (field === 'receivedAt' || field === 'reference' || field === 'clientId')
          return [{ name: [field], errors: [text] }];
        return [];
      });
      if (marks.length) form.setFields(marks as Parameters<typeof form.setFields>[0]);
      // A refusal changes nothing: the same key may be retried after a correction only with the same body.
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

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={720}
      title={t('accounts.receipt.title')}
      destroyOnHidden
      extra={
        <Button
          type="primary"
          onClick={() => void submit()}
          loading={record.isPending}
          data-testid="receipt-submit"
        >
          {t('accounts.receipt.submit')}
        </Button>
      }
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{
          currency: 'CNY',
          receivedAt: toPickerTime(new Date().toISOString()),
          allocations: {},
        }}
        onValuesChange={() => record.reset()}
      >
        <Flex wrap gap={16}>
          <Form.Item
            name="clientId"
            label={t('accounts.receipt.client')}
            htmlFor="receipt-client"
            rules={[{ required: true, message: t('accounts.editor.required') }]}
          >
            <ClientField />
          </Form.Item>
          <Form.Item name="currency" label={t('accounts.receipt.currency')} htmlFor="receipt-currency">
            <Select
              id="receipt-currency"
              style={{ width: 110 }}
              showSearch
              options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('accounts.receipt.amount')}
            rules={[{ required: true, message: t('accounts.editor.required') }, amountRule]}
          >
            <Input
              inputMode="decimal"
              className="accounts-money"
              style={{ width: 170 }}
              data-testid="receipt-amount"
            />
          </Form.Item>
          <Form.Item
            name="receivedAt"
            label={`${t('accounts.receipt.receivedAt')} (${businessOffset()})`}
            htmlFor="receipt-received"
            rules={[{ required: true, message: t('accounts.editor.required') }]}
          >
            <DatePicker id="receipt-received" showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item
            name="reference"
            label={t('accounts.receipt.reference')}
            rules={[
              { required: true, whitespace: true, message: t('accounts.editor.required') },
              { max: 100 },
            ]}
            style={{ minWidth: 240, flex: 1 }}
          >
            <Input data-testid="receipt-reference" />
          </Form.Item>
        </Flex>
        <Typography.Title level={2} className="accounts-section-title">
          {t('accounts.receipt.allocate')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('accounts.receipt.allocateHint')}</Typography.Paragraph>
        {!clientId ? (
          <Alert type="info" showIcon title={t('accounts.receipt.pickClient')} />
        ) : (
          <Table<DebitNote>
            size="small"
            rowKey="id"
            pagination={false}
            loading={notes.isFetching}
            dataSource={openNotes}
            locale={{
              emptyText: <span className="accounts-empty">{t('accounts.receipt.noOpen', { currency })}</span>,
            }}
            data-testid="receipt-notes"
            columns={[
              { title: t('accounts.col.number'), key: 'number', render: (_, n) => n.number },
              { title: t('accounts.col.shipment'), key: 'shipment', render: (_, n) => n.shipmentReference },
              { title: t('accounts.col.due'), key: 'due', render: (_, n) => n.dueDate ?? '—' },
              {
                title: t('accounts.col.balance'),
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
                        aria-label={t('accounts.receipt.allocation', { number: n.number ?? '' })}
                        data-testid={`allocate-${n.number ?? n.id}`}
                      />
                    </Form.Item>
                    <Button
                      size="small"
                      onClick={() => form.setFieldValue(['allocations', n.id], n.balance.amount)}
                      aria-label={`${t('accounts.receipt.fillAll')} ${n.number ?? ''}`}
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
            <Typography.Text type="danger" data-testid="receipt-remaining" aria-live="polite">
              {t('accounts.receipt.over', {
                amount: formatMoney({ amount: fromMinor(received, currency), currency }),
              })}
            </Typography.Text>
          ) : (
            <Typography.Text strong data-testid="receipt-remaining" aria-live="polite">
              {t('accounts.receipt.remaining', {
                amount: formatMoney({ amount: fromMinor(left, currency), currency }),
              })}
            </Typography.Text>
          )}
        </Flex>
        {record.isError && (
          <div style={{ marginTop: 12 }}>
            <NoteProblem error={record.error} title={t('accounts.receipt.refused')} />
          </div>
        )}
      </Form>
    </Drawer>
  );
}

/** The client picker as a form control (value/onChange from Form.Item). */
function ClientField({ value, onChange }: { value?: string; onChange?: (id: string | undefined) => void }) {
  const t = useT();
  return (
    <PartySelect
      kind="clients"
      id="receipt-client"
      value={value}
      placeholder={t('accounts.receipt.client')}
      onChange={(id) => onChange?.(id)}
    />
  );
}
