import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  ConfigProvider,
  DatePicker,
  Flex,
  Form,
  Input,
  Radio,
  Result,
  Row,
  Select,
  Typography,
  type FormInstance,
  type ThemeConfig,
} from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/errors';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/context';
import {
  EMPTY_BOOKING,
  formPathOf,
  laneOf,
  toRequest,
  type BookingValues,
  type FieldPath,
} from './booking-form';
import { ContainersField } from './ContainersField';
import { CopyFromPrevious } from './CopyFromPrevious';
import { BUSINESS_TIME_ZONE, businessOffset } from './etd';
import { MoneyField } from './MoneyField';
import { PartyPicker } from './PartyPicker';
import { PortSelect } from './PortSelect';
import { useOperatorChoices, type Shipment } from './queries';
import { useCreateBooking } from './useCreateBooking';
import './booking.css';

/**
 * Text that reads 4.5:1 (WCAG AA) on white and on a disabled field's #f5f5f5: Ant Design's placeholder (25%
 * black) and description (45% black) greys are too light for the form's many hints, and its error red
 * (#ff4d4f, 3.3:1) for the messages under the fields; #cf1322 is its own darker red.
 */
const READABLE: ThemeConfig = {
  token: { colorTextPlaceholder: '#6b6b6b', colorTextDescription: '#595959', colorError: '#cf1322' },
};

/** One field's value or messages, as `form.setFields` takes them. */
type FieldData = Parameters<FormInstance<BookingValues>['setFields']>[0][number];

/** What went wrong that no field of the form can show. */
interface Problem {
  title: string;
  lines: string[];
}

/** A booking's text fields are bounded like the service's (create-shipment.dto.ts). */
const MAX_COMMODITY = 500;
const MAX_VESSEL = 100;
const MAX_VOYAGE = 40;

/**
 * New booking (`/bookings/new`): the client's booking request, entered once, as a shipment in `booking`.
 * Every field is the request's own (POST /api/v1/shipments); the service is the judge, and what it refuses
 * comes back on the field it names.
 */
export function BookingPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<BookingValues>();
  const clientId = Form.useWatch('clientId', form);
  const operators = useOperatorChoices(me);
  const { book, pending } = useCreateBooking();
  const [problem, setProblem] = useState<Problem | null>(null);

  const [initialValues] = useState<BookingValues>(() => ({
    ...EMPTY_BOOKING,
    // An operator books for themself unless they choose someone else (the service does the same).
    operatorId: me?.role === 'operator' ? me.id : undefined,
  }));

  const copy = (from: Shipment) => {
    const lane = laneOf(from);
    // Field by field, so that what the earlier booking lacks (no carrier, no rate) is emptied here too.
    form.setFields([
      { name: 'pol', value: lane.pol, errors: [] },
      { name: 'pod', value: lane.pod, errors: [] },
      { name: 'commodity', value: lane.commodity, errors: [] },
      { name: 'containers', value: lane.containers, errors: [] },
      { name: 'carrierId', value: lane.carrierId, errors: [] },
      { name: 'freightTerm', value: lane.freightTerm, errors: [] },
      { name: ['agreedRate', 'amount'], value: lane.agreedRate.amount, errors: [] },
      { name: ['agreedRate', 'currency'], value: lane.agreedRate.currency, errors: [] },
      // The rows' own messages (a type left empty before) belong to rows that are no longer there.
      ...lane.containers.flatMap((_, row): FieldData[] => [
        { name: ['containers', row, 'type'], errors: [] },
        { name: ['containers', row, 'quantity'], errors: [] },
      ]),
    ]);
    void message.success(t('booking.copied', { reference: from.reference }));
  };

  /** The service's refusal: each field it names marked on the form, anything else said above the button. */
  const showRefusal = (error: unknown) => {
    const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
    if (isApiError(error) && fields.length > 0) {
      const rows = (form.getFieldValue('containers') as unknown[] | undefined)?.length ?? 0;
      const marks = new Map<string, { name: FieldPath; errors: string[] }>();
      const elsewhere: string[] = [];
      for (const { field, message: text } of fields) {
        const path = formPathOf(field, rows);
        if (!path) {
          elsewhere.push(`${field}: ${text}`);
          continue;
        }
        const key = path.join('.');
        const mark = marks.get(key) ?? { name: path, errors: [] };
        mark.errors.push(text);
        marks.set(key, mark);
      }
      form.setFields([...marks.values()]);
      const first = marks.values().next().value;
      if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
      setProblem({ title: t('booking.fieldErrors'), lines: elsewhere });
      return;
    }
    let line: string;
    if (isApiError(error, 0)) line = t('error.network');
    else if (isApiError(error) && error.status >= 500)
      line = t('error.server', { correlationId: error.correlationId ?? '—' });
    else line = error instanceof Error ? error.message : String(error);
    setProblem({ title: t('booking.failed'), lines: [line] });
  };

  const submit = (values: BookingValues) => {
    setProblem(null);
    book(toRequest(values), {
      onSuccess: (shipment) => {
        void message.success(t('booking.created', { reference: shipment.reference }));
        void navigate(`/shipments/${shipment.id}`);
      },
      onError: showRefusal,
    });
  };

  // The menu leads here only those who may book; an address typed by anyone else says so at once, rather
  // than after a form filled in for nothing (the service refuses it all the same).
  if (!me?.permissions.includes('POST /api/v1/shipments')) {
    return <Result status="403" title={t('booking.title')} subTitle={t('booking.notAllowed')} />;
  }

  return (
    <ConfigProvider theme={READABLE}>
      <div className="booking">
        <Typography.Title level={1} className="page-title">
          {t('booking.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" className="booking-intro">
          {t('booking.intro')}
        </Typography.Paragraph>
        <Form<BookingValues>
          form={form}
          name="booking"
          layout="vertical"
          initialValues={initialValues}
          onFinish={submit}
          onFinishFailed={({ errorFields }) => {
            const first = errorFields[0];
            if (first) form.scrollToField(first.name, { focus: true, block: 'center' });
          }}
          disabled={pending}
          data-testid="booking-form"
        >
          <Card title={t('booking.section.parties')} className="booking-section" size="small">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="clientId"
                  label={t('booking.client')}
                  rules={[{ required: true, message: t('booking.clientRequired') }]}
                >
                  <PartyPicker kind="clients" placeholder={t('booking.clientPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <CopyFromPrevious clientId={clientId} onCopy={copy} />
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="carrierId" label={t('booking.carrier')}>
                  <PartyPicker kind="carriers" placeholder={t('booking.carrierPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="operatorId"
                  label={t('booking.operator')}
                  extra={operators.choices.length === 0 ? t('booking.operatorByOps') : undefined}
                >
                  <Select
                    allowClear
                    loading={operators.loading}
                    disabled={operators.choices.length === 0}
                    placeholder={t('booking.operatorNone')}
                    options={operators.choices.map((choice) => ({
                      value: choice.id,
                      label: choice.me ? t('booking.operatorMe', { name: choice.name }) : choice.name,
                    }))}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card title={t('booking.section.route')} className="booking-section" size="small">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="pol"
                  label={t('booking.pol')}
                  rules={[{ required: true, message: t('booking.polRequired') }]}
                >
                  <PortSelect placeholder={t('booking.portPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  name="pod"
                  label={t('booking.pod')}
                  rules={[{ required: true, message: t('booking.podRequired') }]}
                >
                  <PortSelect placeholder={t('booking.portPlaceholder')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="vessel" label={t('field.vessel')}>
                  <Input
                    maxLength={MAX_VESSEL}
                    autoComplete="off"
                    placeholder={t('booking.vesselPlaceholder')}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="voyage" label={t('field.voyage')}>
                  <Input
                    maxLength={MAX_VOYAGE}
                    autoComplete="off"
                    placeholder={t('booking.voyagePlaceholder')}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item
                  name="etd"
                  label={t('field.etd')}
                  extra={t('booking.etdZone', { zone: BUSINESS_TIME_ZONE, offset: businessOffset() })}
                >
                  <DatePicker
                    className="booking-etd"
                    showTime={{ format: 'HH:mm', minuteStep: 5 }}
                    format="YYYY-MM-DD HH:mm"
                    placeholder={t('booking.etdPlaceholder')}
                    // Enter takes the date typed; it must not also send the whole booking (the form's
                    // implicit submission from a text field).
                    onKeyDown={(event) => {
                      if (event.key === 'Enter') event.preventDefault();
                    }}
                  />
                </Form.Item>
              </Col>
            </Row>
          </Card>

          <Card title={t('booking.section.cargo')} className="booking-section" size="small">
            <Form.Item
              name="commodity"
              label={t('booking.commodity')}
              rules={[{ required: true, whitespace: true, message: t('booking.commodityRequired') }]}
            >
              <Input maxLength={MAX_COMMODITY} placeholder={t('booking.commodityPlaceholder')} />
            </Form.Item>
            <ContainersField />
          </Card>

          <Card title={t('booking.section.terms')} className="booking-section" size="small">
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Form.Item name="freightTerm" label={t('booking.freightTerm')}>
                  <Radio.Group
                    aria-label={t('booking.freightTerm')}
                    optionType="button"
                    buttonStyle="solid"
                    options={[
                      { value: 'prepaid', label: t('booking.prepaid') },
                      { value: 'collect', label: t('booking.collect') },
                    ]}
                  />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <MoneyField />
              </Col>
            </Row>
          </Card>

          {problem && (
            <Alert
              className="booking-problem"
              type="error"
              showIcon
              role="alert"
              title={problem.title}
              description={
                problem.lines.length > 0 ? (
                  <ul className="booking-problem-lines">
                    {problem.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          )}
          <Flex gap="small" className="booking-actions">
            <Button type="primary" htmlType="submit" loading={pending} data-testid="booking-submit">
              {t('booking.submit')}
            </Button>
            <Button htmlType="button" onClick={() => void navigate('/')}>
              {t('booking.cancel')}
            </Button>
          </Flex>
        </Form>
      </div>
    </ConfigProvider>
  );
}
