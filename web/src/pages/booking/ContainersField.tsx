import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, InputNumber, Select, Typography } from 'antd';
import { useI18n } from '../../i18n/context';
import type { ContainerRow } from './booking-form';
import { CONTAINER_TYPES, containerTypeOf, teuOf } from './container-types';
import { useFieldAria } from './field-aria';

/** The service's limits (src/shipments/dto/create-shipment.dto.ts): 1-20 rows of 1-50 containers each. */
export const MAX_ROWS = 20;
const MAX_QUANTITY = 50;

const TYPE_OPTIONS = CONTAINER_TYPES.map((type) => ({
  value: type.code,
  label: type.label,
  // What the search matches: the alias, the ISO code and the other names people type (40HQ).
  search: [type.label, type.code, ...type.aliases].join(' '),
}));

/** A row's type: its alias shown, the ISO code kept, found by any of its names. Inside a Form.Item. */
function ContainerTypeSelect(props: {
  id?: string;
  value?: string;
  onChange?: (code: string) => void;
  label: string;
  placeholder: string;
  testId: string;
}) {
  const aria = useFieldAria(props.id);
  return (
    <Select
      id={props.id}
      value={props.value}
      onChange={props.onChange}
      aria-label={props.label}
      {...aria}
      data-testid={props.testId}
      showSearch={{
        filterOption: (input, option) =>
          Boolean(
            option &&
            (option.search.toUpperCase().includes(input.trim().toUpperCase()) ||
              containerTypeOf(input)?.code === option.value),
          ),
      }}
      placeholder={props.placeholder}
      options={TYPE_OPTIONS}
      optionRender={(option) => (
        <Flex justify="space-between" gap="small">
          <span>{option.data.label}</span>
          <Typography.Text type="secondary">{option.data.value}</Typography.Text>
        </Flex>
      )}
    />
  );
}

/**
 * The containers asked for: rows of type and quantity. A type is picked by its alias (40HC) or found by its
 * ISO code (45G1) or another usual name (40HQ); the ISO code is what is sent.
 */
export function ContainersField() {
  const { t } = useI18n();
  const rows = Form.useWatch<ContainerRow[] | undefined>('containers') ?? [];
  // Counted over the rows with a type: a row still being filled in is no container yet.
  const typed = rows.filter((row) => row.type);
  const count = typed.reduce((sum, row) => sum + (row.quantity ?? 0), 0);

  return (
    <Form.List
      name="containers"
      rules={[
        {
          validator: (_rule, value: ContainerRow[] | undefined) =>
            value && value.length > 0
              ? Promise.resolve()
              : Promise.reject(new Error(t('booking.containersRequired'))),
        },
      ]}
    >
      {(fields, { add, remove }, { errors }) => (
        <fieldset className="booking-containers" aria-describedby="booking-containers-total">
          <legend className="booking-legend">{t('booking.containers')}</legend>
          <div className="booking-container-head" aria-hidden>
            <span>{t('booking.containerType')}</span>
            <span>{t('booking.containerQuantity')}</span>
          </div>
          {fields.map((field, index) => (
            <Flex key={field.key} gap="small" align="start" className="booking-container-row">
              <Form.Item
                name={[field.name, 'type']}
                className="booking-container-type"
                rules={[{ required: true, message: t('booking.containerTypeRequired') }]}
              >
                <ContainerTypeSelect
                  label={t('booking.containerTypeRow', { row: index + 1 })}
                  placeholder={t('booking.containerTypePlaceholder')}
                  testId={`container-type-${index}`}
                />
              </Form.Item>
              <Form.Item
                name={[field.name, 'quantity']}
                className="booking-container-quantity"
                rules={[
                  { required: true, message: t('booking.containerQuantityRange') },
                  {
                    type: 'integer',
                    min: 1,
                    max: MAX_QUANTITY,
                    message: t('booking.containerQuantityRange'),
                  },
                ]}
              >
                <InputNumber
                  aria-label={t('booking.containerQuantityRow', { row: index + 1 })}
                  data-testid={`container-quantity-${index}`}
                  min={1}
                  max={MAX_QUANTITY}
                  precision={0}
                />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined aria-hidden />}
                aria-label={t('booking.containerRemove', { row: index + 1 })}
                disabled={fields.length === 1}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <Flex justify="space-between" align="center" wrap gap="small">
            <Button
              type="dashed"
              icon={<PlusOutlined aria-hidden />}
              disabled={fields.length >= MAX_ROWS}
              onClick={() => add({ type: undefined, quantity: 1 })}
            >
              {t('booking.containerAdd')}
            </Button>
            <Typography.Text id="booking-containers-total" type="secondary" aria-live="polite">
              {count > 0 ? t('booking.containersTotal', { count, teu: teuOf(typed) }) : null}
            </Typography.Text>
          </Flex>
        </fieldset>
      )}
    </Form.List>
  );
}
