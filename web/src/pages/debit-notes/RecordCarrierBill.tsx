import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/context';
import { checkAmount, CURRENCIES, type CurrencyCode } from '../../money/money';
import { PartySelect } from '../board/PartySelect';
import type { Shipment } from '../shipment/queries';
import { DateField } from './DateField';
import { NoteProblem } from './NoteProblem';
import { useCreateDraft } from './queries';

interface Values {
  carrierId?: string;
  carrierNumber?: string;
  dueDate?: string;
  currency: CurrencyCode;
  description: string;
  amount: string;
}

/**
 * "Record a carrier bill": the carrier's bill on this shipment as a payable draft: the carrier (the
 * shipment's by default), its invoice number and due date, the currency and a first line. Created at once
 * (POST /shipments/:id/debit-notes, direction payable) and opened in the editor for more lines and "Record".
 */
export function RecordCarrierBill({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const create = useCreateDraft(shipment.id);
  const initial: Values = {
    carrierId: shipment.carrierId ?? undefined,
    currency: 'CNY',
    description: t('accounts.billing.defaultLine'),
    amount: '',
  };
  const submit = async () => {
    const v = await form.validateFields();
    const amount = checkAmount(v.amount, v.currency);
    if (!amount.ok || !v.carrierId) return;
    try {
      const note = await create.mutateAsync({
        direction: 'payable',
        partyId: v.carrierId,
        carrierNumber: (v.carrierNumber ?? '').trim(),
        dueDate: v.dueDate,
        currency: v.currency,
        lines: [
          { description: v.description.trim(), amount: { amount: amount.amount, currency: v.currency } },
        ],
      });
      setOpen(false);
      void navigate(`/debit-notes/${note.id}`);
    } catch (error) {
      // The service's reasons on the fields it names.
      const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
      const names: Record<string, keyof Values> = {
        partyId: 'carrierId',
        carrierNumber: 'carrierNumber',
        dueDate: 'dueDate',
        currency: 'currency',
      };
      const marks = fields.flatMap(({ field, message }) => {
        const name = names[field] ?? (field.startsWith('lines[0].amount') ? 'amount' : undefined);
        return name ? [{ name, errors: [message] }] : [];
      });
      if (marks.length) form.setFields(marks);
    }
  };
  const required = { required: true, whitespace: true, message: t('accounts.editor.required') };
  return (
    <>
      <Button
        icon={<PlusOutlined aria-hidden />}
        onClick={() => setOpen(true)}
        data-testid="record-carrier-bill"
      >
        {t('accounts.bill.new')}
      </Button>
      <Modal
        open={open}
        title={t('accounts.bill.title')}
        okText={t('accounts.bill.create')}
        okButtonProps={{ loading: create.isPending, 'data-testid': 'carrier-bill-create' }}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
          <Form.Item
            name="carrierId"
            label={t('accounts.bill.carrier')}
            htmlFor="carrier-bill-carrier"
            rules={[{ required: true, message: t('accounts.editor.required') }]}
          >
            <CarrierField />
          </Form.Item>
          <Flex gap={8} wrap>
            <Form.Item
              name="carrierNumber"
              label={t('accounts.bill.carrierNumber')}
              rules={[required, { max: 40 }]}
              style={{ flex: 1, minWidth: 200 }}
            >
              <Input data-testid="carrier-bill-number" />
            </Form.Item>
            <Form.Item
              name="dueDate"
              label={t('accounts.bill.dueDate')}
              htmlFor="carrier-bill-due"
              rules={[{ required: true, message: t('accounts.editor.required') }]}
            >
              <DateField id="carrier-bill-due" data-testid="carrier-bill-due" />
            </Form.Item>
          </Flex>
          <Form.Item
            name="description"
            label={t('accounts.editor.description')}
            rules={[required, { max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Flex gap={8}>
            <Form.Item
              name="amount"
              label={t('accounts.editor.amount')}
              style={{ flex: 1 }}
              rules={[
                {
                  validator: (_, value: string | undefined) => {
                    const currency = form.getFieldValue('currency') as CurrencyCode;
                    const checked = checkAmount(value ?? '', currency);
                    if (checked.ok) return Promise.resolve();
                    return Promise.reject(
                      new Error(
                        checked.fault === 'format'
                          ? t('accounts.editor.amountFormat')
                          : t('accounts.editor.amountDigits', { currency, digits: checked.digits }),
                      ),
                    );
                  },
                },
              ]}
            >
              <Input inputMode="decimal" className="accounts-money" data-testid="carrier-bill-amount" />
            </Form.Item>
            <Form.Item name="currency" label={t('accounts.editor.currency')} htmlFor="carrier-bill-currency">
              <Select
                id="carrier-bill-currency"
                options={CURRENCIES.map((c) => ({ value: c, label: c }))}
                showSearch
                style={{ width: 110 }}
              />
            </Form.Item>
          </Flex>
        </Form>
        <NoteProblem error={create.error} />
      </Modal>
    </>
  );
}

/** The carrier picker as a form control (value/onChange from Form.Item). */
function CarrierField({ value, onChange }: { value?: string; onChange?: (id: string | undefined) => void }) {
  const t = useT();
  return (
    <PartySelect
      kind="carriers"
      id="carrier-bill-carrier"
      value={value}
      placeholder={t('accounts.bill.carrier')}
      onChange={(id) => onChange?.(id)}
    />
  );
}
