import { Form, Input, Select, Space } from 'antd';
import { useI18n } from '../../i18n/context';
import {
  checkAmount,
  CURRENCIES,
  DEFAULT_CURRENCY,
  isCurrency,
  MINOR_DIGITS,
  type CurrencyCode,
} from '../../money/money';

/** "0.00" for dollars, "0" for yen, "0.000" for dinars: the placeholder shows the currency's digits. */
function sample(digits: number): string {
  return digits === 0 ? '0' : `0.${'0'.repeat(digits)}`;
}

function currencyOf(value: unknown): CurrencyCode {
  return isCurrency(value) ? value : DEFAULT_CURRENCY;
}

/**
 * The agreed rate: an amount typed as text with its currency beside it. The amount is checked against the
 * currency's minor digits (JPY 0, USD 2, KWD 3) and written out with exactly those digits when the field is
 * left; what is sent is that decimal string, never a float. Optional: a booking may be taken before the rate.
 */
export function MoneyField() {
  const { t } = useI18n();
  const form = Form.useFormInstance();
  const currency = currencyOf(Form.useWatch<unknown>(['agreedRate', 'currency']));
  const digits = MINOR_DIGITS[currency];

  /** The amount typed, tidied to the currency's digits once it is a valid amount of it. */
  const tidy = () => {
    const amount = form.getFieldValue(['agreedRate', 'amount']) as string | undefined;
    if (!amount?.trim()) return;
    const checked = checkAmount(amount, currencyOf(form.getFieldValue(['agreedRate', 'currency'])));
    if (checked.ok && checked.amount !== amount) form.setFieldValue(['agreedRate', 'amount'], checked.amount);
  };

  return (
    <Form.Item
      label={t('booking.agreedRate')}
      htmlFor="booking-rate-amount"
      extra={t('booking.amountHint', { currency, digits })}
    >
      <Space.Compact className="booking-money">
        <Form.Item
          name={['agreedRate', 'amount']}
          noStyle
          rules={[
            {
              validator: (_rule, value: string | undefined) => {
                if (!value?.trim()) return Promise.resolve();
                // Read from the form, not this render: the currency may have changed a moment ago.
                const current = currencyOf(form.getFieldValue(['agreedRate', 'currency']));
                const checked = checkAmount(value, current);
                if (checked.ok) return Promise.resolve();
                const text =
                  checked.fault === 'format'
                    ? t('booking.amountFormat')
                    : checked.digits === 0
                      ? t('booking.amountNoDecimals', { currency: current })
                      : t('booking.amountDigits', { currency: current, digits: checked.digits });
                return Promise.reject(new Error(text));
              },
            },
          ]}
        >
          <Input
            id="booking-rate-amount"
            className="booking-money-amount"
            inputMode={digits === 0 ? 'numeric' : 'decimal'}
            autoComplete="off"
            placeholder={sample(digits)}
            onBlur={tidy}
          />
        </Form.Item>
        <Form.Item name={['agreedRate', 'currency']} noStyle>
          <Select
            aria-label={t('booking.currency')}
            className="booking-money-currency"
            data-testid="rate-currency"
            showSearch
            options={CURRENCIES.map((code) => ({ value: code, label: code }))}
            onChange={() => {
              // The same digits may mean another amount's form now (12.5 is no yen): check again at once.
              void form.validateFields([['agreedRate', 'amount']]).catch(() => undefined);
            }}
          />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}
