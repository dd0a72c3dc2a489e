import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../i18n/context';
import { checkAmount, CURRENCIES, isCurrency, type CurrencyCode } from '../../money/money';
import type { Shipment } from '../shipment/queries';
import { NoteProblem } from './NoteProblem';
import { useCreateDraft } from './queries';

interface Values {
  currency: CurrencyCode;
  description: string;
  amount: string;
  lineCurrency: CurrencyCode;
}

/**
 * "New debit note": a receivable draft to the shipment's client, its first line the agreed rate when there is
 * one; created at once (POST /shipments/:id/debit-notes) and opened in the editor for the rest.
 */
export function NewNoteButton({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const create = useCreateDraft(shipment.id);
  const agreed = shipment.agreedRate;
  // The agreed freight as the first line, in its own currency, and the note in that currency too: a line in
  // another currency needs a rate, which the editor asks for (and the preview says when one is missing).
  const agreedCurrency = agreed && isCurrency(agreed.currency) ? agreed.currency : 'CNY';
  const initial: Values = {
    currency: agreedCurrency,
    description: t('accounts.billing.defaultLine'),
    amount: agreed?.amount ?? '',
    lineCurrency: agreedCurrency,
  };
  const submit = async () => {
    const v = await form.validateFields();
    const amount = checkAmount(v.amount, v.lineCurrency);
    if (!amount.ok) return;
    const note = await create.mutateAsync({
      direction: 'receivable',
      partyId: shipment.clientId,
      currency: v.currency,
      lines: [
        { description: v.description.trim(), amount: { amount: amount.amount, currency: v.lineCurrency } },
      ],
    });
    setOpen(false);
    void navigate(`/debit-notes/${note.id}`);
  };
  const options = CURRENCIES.map((c) => ({ value: c, label: c }));
  return (
    <>
      <Button icon={<PlusOutlined aria-hidden />} onClick={() => setOpen(true)} data-testid="new-debit-note">
        {t('accounts.billing.new')}
      </Button>
      <Modal
        open={open}
        title={t('accounts.billing.newTitle')}
        okText={t('accounts.billing.create')}
        okButtonProps={{ loading: create.isPending, 'data-testid': 'new-note-create' }}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" initialValues={initial} requiredMark={false}>
          <Form.Item name="currency" label={t('accounts.editor.currency')} htmlFor="new-note-currency">
            <Select id="new-note-currency" options={options} showSearch style={{ width: 120 }} />
          </Form.Item>
          <Form.Item
            name="description"
            label={t('accounts.editor.description')}
            rules={[
              { required: true, whitespace: true, message: t('accounts.editor.required') },
              { max: 200 },
            ]}
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
                    const currency = form.getFieldValue('lineCurrency') as CurrencyCode;
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
              <Input inputMode="decimal" data-testid="new-note-amount" />
            </Form.Item>
            <Form.Item
              name="lineCurrency"
              label={t('accounts.editor.lineCurrency')}
              htmlFor="new-note-line-currency"
            >
              <Select id="new-note-line-currency" options={options} showSearch style={{ width: 110 }} />
            </Form.Item>
          </Flex>
        </Form>
        <NoteProblem error={create.error} />
      </Modal>
    </>
  );
}
