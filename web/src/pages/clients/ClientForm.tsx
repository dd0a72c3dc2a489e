import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  ConfigProvider,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  type ThemeConfig,
} from 'antd';
import { useState } from 'react';
import { normalizeTaxId } from '../../../../src/clients/domain/tax-id';
import { api, idempotencyKey, ifMatch, ok } from '../../api/client';
import { isApiError } from '../../api/errors';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/context';
import { checkAmount, CURRENCIES, isCurrency, MINOR_DIGITS, type CurrencyCode } from '../../money/money';
import { clientKeys, setsCreditTerms, type Client } from './queries';

/** Hints and error messages that read 4.5:1 on white (Ant Design's own greys and red are lighter). */
const READABLE: ThemeConfig = {
  token: { colorTextPlaceholder: '#6b6b6b', colorTextDescription: '#595959', colorError: '#cf1322' },
};

interface Values {
  code: string;
  name: string;
  nameLocal: string;
  emails: string[];
  address: string;
  taxId: string;
  language: 'zh' | 'en';
  grade: Client['grade'];
  paymentTerms: Client['paymentTerms'];
  creditAmount: string;
  creditCurrency: string;
  creditDays: number | null;
}

/** The form's field for each field the service names in a refusal (`creditLimit.amount` → creditAmount). */
const FIELD_OF: Record<string, keyof Values> = {
  code: 'code',
  name: 'name',
  nameLocal: 'nameLocal',
  address: 'address',
  taxId: 'taxId',
  language: 'language',
  grade: 'grade',
  paymentTerms: 'paymentTerms',
  creditLimit: 'creditAmount',
  'creditLimit.amount': 'creditAmount',
  'creditLimit.currency': 'creditCurrency',
  creditDays: 'creditDays',
};

function valuesOf(client: Client | undefined, baseCurrency: string): Values {
  return {
    code: client?.code ?? '',
    name: client?.name ?? '',
    nameLocal: client?.nameLocal ?? '',
    emails: client?.emails ?? [],
    address: client?.address ?? '',
    taxId: client?.taxId ?? '',
    language: client?.language ?? 'zh',
    grade: client?.grade ?? 'b',
    paymentTerms: client?.paymentTerms ?? 'prepaid',
    creditAmount: client?.creditLimit?.amount ?? '',
    creditCurrency: client?.creditLimit?.currency ?? baseCurrency,
    creditDays: client?.creditDays ?? null,
  };
}

/** What the user typed, as the service takes it: empty optional text is null (cleared) on edit. */
function bodyOf(values: Values, withCredit: boolean) {
  const text = (value: string) => (value.trim() ? value.trim() : null);
  const common = {
    name: values.name.trim(),
    nameLocal: text(values.nameLocal),
    emails: values.emails.map((e) => e.trim()).filter(Boolean),
    address: text(values.address),
    // Sent as typed (spaces, lower case and full-width characters are folded by the service).
    taxId: text(values.taxId),
    language: values.language,
    grade: values.grade,
  };
  const credit = withCredit
    ? {
        paymentTerms: values.paymentTerms,
        creditLimit: values.creditAmount.trim()
          ? { amount: values.creditAmount.trim(), currency: values.creditCurrency as CurrencyCode }
          : null,
        creditDays: values.creditDays,
      }
    : {};
  return { ...common, ...credit };
}

/**
 * Create or edit a client (POST /clients, PATCH /clients/:id with If-Match). Credit terms (payment terms,
 * credit limit, credit days) are a manager's or admin's: for anyone else they are shown, not editable, and
 * never sent, so a salesperson's edit cannot touch them (the service refuses it anyway, naming the fields).
 * The service's refusals come back on the fields they name.
 */
export function ClientForm({
  client,
  open,
  onClose,
  onSaved,
  baseCurrency = 'CNY',
}: {
  client?: Client;
  open: boolean;
  onClose: () => void;
  onSaved: (client: Client) => void;
  baseCurrency?: string;
}) {
  const { t } = useI18n();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  // One key per attempt: a retry of the same request replays its answer; after a refusal the user changes
  // the form, and the next attempt is another request (the same key with another body would be refused).
  const [key, setKey] = useState(idempotencyKey);
  const credit = setsCreditTerms(me);
  const paymentTerms = Form.useWatch('paymentTerms', form);
  const creditCurrency = Form.useWatch('creditCurrency', form);
  const digits = isCurrency(creditCurrency) ? MINOR_DIGITS[creditCurrency] : 2;

  const save = useMutation({
    mutationFn: async (values: Values): Promise<Client> => {
      if (client) {
        return ok(
          api.PATCH('/api/v1/clients/{id}', {
            params: { path: { id: client.id }, header: ifMatch(client.version) },
            body: bodyOf(values, credit),
          }),
        );
      }
      const body = bodyOf(values, credit);
      return ok(
        api.POST('/api/v1/clients', {
          headers: { 'Idempotency-Key': key },
          body: {
            code: values.code.trim(),
            name: body.name,
            emails: body.emails,
            grade: body.grade,
            language: body.language,
            paymentTerms: values.paymentTerms,
            ...(body.nameLocal ? { nameLocal: body.nameLocal } : {}),
            ...(body.address ? { address: body.address } : {}),
            ...(body.taxId ? { taxId: body.taxId } : {}),
            ...(credit && body.creditLimit ? { creditLimit: body.creditLimit } : {}),
            ...(credit && values.creditDays !== null ? { creditDays: values.creditDays } : {}),
          },
        }),
      );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(clientKeys.one(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['clients'] });
      onSaved(saved);
    },
    onError: (error) => {
      if (isApiError(error) && error.status >= 400 && error.status < 500) setKey(idempotencyKey());
      if (isApiError(error, 412)) {
        setProblem(t('clients.form.stale'));
        void queryClient.invalidateQueries({ queryKey: clientKeys.one(client?.id ?? '') });
        return;
      }
      const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
      const marks = new Map<keyof Values, string[]>();
      const elsewhere: string[] = [];
      for (const { field, message } of fields) {
        const name = FIELD_OF[field] ?? (field.startsWith('emails') ? 'emails' : undefined);
        if (name) marks.set(name, [...(marks.get(name) ?? []), message]);
        else elsewhere.push(`${field}: ${message}`);
      }
      form.setFields([...marks].map(([name, errors]) => ({ name, errors })));
      if (isApiError(error, 0)) setProblem(t('error.network'));
      else if (isApiError(error) && error.status >= 500)
        setProblem(t('error.server', { correlationId: error.correlationId ?? '—' }));
      else if (isApiError(error) && error.code === 'CONFLICT') setProblem(t('clients.form.codeTaken'));
      else if (marks.size === 0 || elsewhere.length)
        setProblem([error instanceof Error ? error.message : String(error), ...elsewhere].join(' · '));
      else setProblem(t('clients.form.fieldErrors'));
    },
  });

  const amountRule = {
    validator: (_rule: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.resolve();
      const current: CurrencyCode = isCurrency(form.getFieldValue('creditCurrency'))
        ? (form.getFieldValue('creditCurrency') as CurrencyCode)
        : 'CNY';
      const checked = checkAmount(value, current);
      if (checked.ok) return Promise.resolve();
      return Promise.reject(
        new Error(t('clients.form.amountDigits', { currency: current, digits: checked.digits })),
      );
    },
  };

  return (
    <Modal
      open={open}
      title={client ? t('clients.form.editTitle', { code: client.code }) : t('clients.form.newTitle')}
      okText={t('clients.form.save')}
      cancelText={t('clients.form.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
      okButtonProps={{ 'data-testid': 'client-save' }}
    >
      <ConfigProvider theme={READABLE}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={valuesOf(client, baseCurrency)}
          onFinish={(values) => {
            setProblem(null);
            // Tidy the amount to the currency's digits before it is sent ("80000" → "80000.00").
            const checked =
              values.creditAmount?.trim() && isCurrency(values.creditCurrency)
                ? checkAmount(values.creditAmount, values.creditCurrency)
                : null;
            save.mutate(checked?.ok ? { ...values, creditAmount: checked.amount } : values);
          }}
          onValuesChange={() => setProblem(null)}
          data-testid="client-form"
        >
          {problem && (
            <Alert
              type="error"
              showIcon
              title={problem}
              className="client-form-problem"
              data-testid="client-form-problem"
            />
          )}
          <Space size="middle" className="client-form-row" align="start">
            <Form.Item
              name="code"
              label={t('clients.field.code')}
              extra={client ? undefined : t('clients.form.codeHint')}
              rules={[{ required: true, message: t('clients.form.required') }]}
            >
              <Input disabled={Boolean(client)} autoComplete="off" maxLength={20} />
            </Form.Item>
            <Form.Item name="grade" label={t('clients.field.grade')}>
              <Radio.Group
                optionType="button"
                options={(['a', 'b', 'c'] as const).map((g) => ({
                  value: g,
                  label: t(`clients.grade.${g}`),
                }))}
              />
            </Form.Item>
          </Space>
          <Form.Item
            name="name"
            label={t('clients.field.name')}
            rules={[{ required: true, message: t('clients.form.required') }]}
          >
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
          <Form.Item name="nameLocal" label={t('clients.field.nameLocal')}>
            <Input autoComplete="off" maxLength={200} />
          </Form.Item>
          <Form.Item
            name="emails"
            label={t('clients.field.emails')}
            extra={t('clients.form.emailsHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('clients.form.emailsRequired') }]}
          >
            <Select mode="tags" tokenSeparators={[',', ';', ' ']} open={false} suffixIcon={null} />
          </Form.Item>
          <Form.Item name="address" label={t('clients.field.address')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item
            name="taxId"
            label={t('clients.field.taxId')}
            extra={t('clients.form.taxIdHint')}
            rules={[
              {
                // The service's own check (GB 32100-2015 check character), so a typo shows before saving.
                validator: (_, value: string | undefined) =>
                  !value?.trim() || normalizeTaxId(value).ok
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('clients.form.taxIdInvalid'))),
              },
            ]}
          >
            <Input autoComplete="off" maxLength={40} className="mono" data-testid="client-tax-id" />
          </Form.Item>
          <Form.Item
            name="language"
            label={t('clients.field.language')}
            extra={t('clients.form.languageHint')}
          >
            <Radio.Group
              options={[
                { value: 'zh', label: t('clients.language.zh') },
                { value: 'en', label: t('clients.language.en') },
              ]}
            />
          </Form.Item>
          <fieldset className="client-credit" data-testid="client-credit-fields">
            <legend>{t('clients.credit.title')}</legend>
            {!credit && (
              <p className="client-credit-note" data-testid="credit-readonly-note">
                {t('clients.credit.managerOnly')}
              </p>
            )}
            <Form.Item name="paymentTerms" label={t('clients.field.paymentTerms')}>
              <Radio.Group
                disabled={!credit}
                options={(['prepaid', 'collect', 'monthly'] as const).map((p) => ({
                  value: p,
                  label: t(`clients.terms.${p}`),
                }))}
              />
            </Form.Item>
            <Space size="middle" align="start" className="client-form-row">
              <Form.Item
                label={t('clients.field.creditLimit')}
                htmlFor="client-credit-amount"
                required={credit && paymentTerms !== 'prepaid'}
              >
                <Space.Compact>
                  <Form.Item name="creditAmount" noStyle rules={[amountRule]}>
                    <Input
                      id="client-credit-amount"
                      disabled={!credit}
                      inputMode={digits === 0 ? 'numeric' : 'decimal'}
                      autoComplete="off"
                      className="client-credit-amount"
                    />
                  </Form.Item>
                  <Form.Item name="creditCurrency" noStyle>
                    <Select
                      aria-label={t('clients.field.creditCurrency')}
                      disabled={!credit}
                      className="client-credit-currency"
                      options={CURRENCIES.map((c) => ({ value: c, label: c }))}
                    />
                  </Form.Item>
                </Space.Compact>
              </Form.Item>
              <Form.Item
                name="creditDays"
                label={t('clients.field.creditDays')}
                required={credit && paymentTerms !== 'prepaid'}
              >
                <InputNumber min={0} max={365} precision={0} disabled={!credit} />
              </Form.Item>
            </Space>
          </fieldset>
        </Form>
      </ConfigProvider>
    </Modal>
  );
}
