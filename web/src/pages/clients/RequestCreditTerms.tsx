import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Space,
  Typography,
} from 'antd';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { isApiError } from '../../api/errors';
import { queryKeys } from '../../api/keys';
import { useI18n } from '../../i18n/context';
import { checkAmount, formatMoney, MINOR_DIGITS, type CurrencyCode } from '../../money/money';
import type { Client } from './queries';

interface Values {
  paymentTerms: Client['paymentTerms'];
  creditAmount: string;
  creditDays: number | null;
  reason: string;
}

/** The form's field for each field the service names in a refusal (`creditTerms.creditLimit.amount`…). */
const FIELD_OF: Record<string, keyof Values> = {
  reason: 'reason',
  'creditTerms.paymentTerms': 'paymentTerms',
  'creditTerms.creditLimit': 'creditAmount',
  'creditTerms.creditLimit.amount': 'creditAmount',
  'creditTerms.creditLimit.currency': 'creditAmount',
  'creditTerms.creditDays': 'creditDays',
};

const pendingKey = (clientId: string) => [...queryKeys.approvalsAll, 'credit-terms', clientId] as const;

/**
 * A salesperson's way to credit (docs/domain.md, "Cash first"): they cannot set a client's terms, so they ask
 * a manager with a `credit_terms` approval that carries the terms and a reason; approved, the terms apply.
 * Shows the request still pending, if any, instead of asking twice. The limit is in the base currency.
 */
export function RequestCreditTerms({
  client,
  baseCurrency = 'CNY',
}: {
  client: Client;
  baseCurrency?: CurrencyCode;
}) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [form] = Form.useForm<Values>();
  const paymentTerms = Form.useWatch('paymentTerms', form);
  const pending = useQuery({
    queryKey: pendingKey(client.id),
    queryFn: () =>
      ok(
        api.GET('/api/v1/approvals', {
          params: { query: { clientId: client.id, type: 'credit_terms', state: 'pending', limit: 1 } },
        }),
      ),
  });
  const asked = pending.data?.items[0];

  const send = useMutation({
    mutationFn: (values: Values) =>
      ok(
        api.POST('/api/v1/approvals', {
          body: {
            type: 'credit_terms',
            clientId: client.id,
            reason: values.reason.trim(),
            creditTerms: {
              paymentTerms: values.paymentTerms,
              creditLimit: values.creditAmount.trim()
                ? { amount: values.creditAmount.trim(), currency: baseCurrency }
                : null,
              creditDays: values.creditDays,
            },
          },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.approvalsAll });
      void message.success(t('clients.creditRequest.sent'));
      setOpen(false);
    },
    onError: (error) => {
      const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
      const marks = new Map<keyof Values, string[]>();
      const elsewhere: string[] = [];
      for (const { field, message: text } of fields) {
        const name = FIELD_OF[field];
        if (name) marks.set(name, [...(marks.get(name) ?? []), text]);
        else elsewhere.push(`${field}: ${text}`);
      }
      form.setFields([...marks].map(([name, errors]) => ({ name, errors })));
      if (isApiError(error, 0)) setProblem(t('error.network'));
      else if (isApiError(error) && error.status >= 500)
        setProblem(t('error.server', { correlationId: error.correlationId ?? '—' }));
      else if (marks.size === 0 || elsewhere.length)
        setProblem([error instanceof Error ? error.message : String(error), ...elsewhere].join(' · '));
      else setProblem(null);
    },
  });

  const submit = async () => {
    try {
      send.mutate(await form.validateFields());
    } catch {
      // the form shows what is wrong
    }
  };

  const amountRule = {
    validator: (_rule: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const checked = checkAmount(value, baseCurrency);
      return checked.ok
        ? Promise.resolve()
        : Promise.reject(
            new Error(t('clients.form.amountDigits', { currency: baseCurrency, digits: checked.digits })),
          );
    },
  };
  const needsCredit = paymentTerms !== undefined && paymentTerms !== 'prepaid';

  if (asked?.creditTerms) {
    const terms = asked.creditTerms;
    return (
      <Alert
        type="info"
        showIcon
        className="client-credit-request"
        data-testid="credit-request-pending"
        title={t('clients.creditRequest.pending', { name: asked.requestedBy.name })}
        description={[
          t(`clients.terms.${terms.paymentTerms}`),
          terms.creditLimit ? formatMoney(terms.creditLimit) : null,
          terms.creditDays === null ? null : t('clients.days', { days: terms.creditDays }),
        ]
          .filter(Boolean)
          .join(' · ')}
      />
    );
  }

  return (
    <>
      <Button
        onClick={() => {
          setProblem(null);
          form.setFieldsValue({
            paymentTerms: client.paymentTerms === 'prepaid' ? 'monthly' : client.paymentTerms,
            creditAmount: client.creditLimit?.amount ?? '',
            creditDays: client.creditDays,
            reason: '',
          });
          setOpen(true);
        }}
        data-testid="credit-request"
      >
        {t('clients.creditRequest.button')}
      </Button>
      <Modal
        open={open}
        title={t('clients.creditRequest.title', { code: client.code })}
        okText={t('clients.creditRequest.send')}
        okButtonProps={{ 'data-testid': 'credit-request-send' }}
        cancelText={t('clients.creditRequest.cancel')}
        confirmLoading={send.isPending}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        forceRender
      >
        <Typography.Paragraph type="secondary">{t('clients.creditRequest.intro')}</Typography.Paragraph>
        {/* Named: its fields get ids of their own, not those of the client form on the same page. */}
        <Form
          form={form}
          name="credit-request"
          layout="vertical"
          onFinish={() => void submit()}
          data-testid="credit-request-form"
        >
          <Form.Item name="paymentTerms" label={t('clients.field.paymentTerms')}>
            <Radio.Group
              options={(['prepaid', 'collect', 'monthly'] as const).map((p) => ({
                value: p,
                label: t(`clients.terms.${p}`),
              }))}
            />
          </Form.Item>
          <Space size="middle" align="start" wrap>
            <Form.Item
              name="creditAmount"
              label={t('clients.field.creditLimit')}
              required={needsCredit}
              rules={[
                amountRule,
                ...(needsCredit
                  ? [{ required: true, whitespace: true, message: t('clients.creditRequest.limitRequired') }]
                  : []),
              ]}
            >
              <Input
                suffix={baseCurrency}
                inputMode={MINOR_DIGITS[baseCurrency] === 0 ? 'numeric' : 'decimal'}
                autoComplete="off"
                className="client-credit-amount"
                data-testid="credit-request-limit"
              />
            </Form.Item>
            <Form.Item
              name="creditDays"
              label={t('clients.field.creditDays')}
              required={needsCredit}
              rules={
                needsCredit ? [{ required: true, message: t('clients.creditRequest.daysRequired') }] : []
              }
            >
              <InputNumber min={0} max={365} precision={0} data-testid="credit-request-days" />
            </Form.Item>
          </Space>
          <Form.Item
            name="reason"
            label={t('clients.creditRequest.reason')}
            rules={[{ required: true, whitespace: true, message: t('clients.creditRequest.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} data-testid="credit-request-reason" />
          </Form.Item>
        </Form>
        {problem && <Alert type="error" showIcon title={problem} data-testid="credit-request-problem" />}
      </Modal>
    </>
  );
}
