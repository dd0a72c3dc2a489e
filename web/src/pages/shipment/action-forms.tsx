import { Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';
import { CarrierField, ContainerNumberField, CountField, MeasureField, TextField, TimeField } from './fields';
import type { Shipment } from './queries';
import { showTime, toPickerTime, toRequestTime } from './time';
import type { ActionBodies, ContainerBodies, ContainerActionName, ShipmentActionName } from './write';

/**
 * The form of each action: its fields (the DTO's, labelled in the operator's words), what it starts with,
 * and the body it sends. The service checks everything again; the form only saves a round trip.
 */
export interface FormSpec<V, B> {
  Fields?: (props: { shipment: Shipment }) => ReactNode;
  initial?: (shipment: Shipment) => Partial<V>;
  body: (values: V, shipment: Shipment) => B;
  /** Says what pressing OK will do, for an action without fields. */
  confirm?: MessageKey;
  danger?: boolean;
  wide?: boolean;
  /** Has a date or time field: the form says which clock times are in. */
  times?: boolean;
}
type Values = Record<string, unknown>;
export type AnySpec<B> = FormSpec<Values, B>;
/** Each spec is written with its own value type; the modal only passes the form's values through. */
const spec = <V, B>(s: FormSpec<V, B>): AnySpec<B> => s as unknown as AnySpec<B>;

const BL_TYPES = ['original', 'telex', 'seaway'] as const;
const CURRENCIES = [
  'CNY',
  'USD',
  'EUR',
  'HKD',
  'GBP',
  'JPY',
  'KRW',
  'SGD',
  'AUD',
  'CAD',
  'KWD',
  'BHD',
] as const;
type Currency = (typeof CURRENCIES)[number];

const trimmed = (value: string | undefined): string | undefined => {
  const text = value?.trim();
  return text ? text : undefined;
};
const time = (value: Dayjs | null | undefined): string | undefined =>
  value ? toRequestTime(value) : undefined;

interface CutoffValues {
  cy?: Dayjs;
  si?: Dayjs;
  customs?: Dayjs;
  vgm?: Dayjs;
}
function cutoffsBody(c: CutoffValues | undefined): Schemas['CutoffsDto'] | undefined {
  if (!c?.cy || !c.si) return undefined;
  return { cy: toRequestTime(c.cy), si: toRequestTime(c.si), customs: time(c.customs), vgm: time(c.vgm) };
}

/** CY and SI cut-offs are required with an S/O; with a roll only when the carrier gave new ones. */
function CutoffFields({ required }: { required: boolean }) {
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <TimeField name={['cutoffs', 'cy']} label="field.cutoffCy" required={required} />
      </Col>
      <Col xs={24} sm={12}>
        <TimeField name={['cutoffs', 'si']} label="field.cutoffSi" required={required} />
      </Col>
      <Col xs={24} sm={12}>
        <TimeField name={['cutoffs', 'customs']} label="shipment.field.cutoffCustoms" />
      </Col>
      <Col xs={24} sm={12}>
        <TimeField name={['cutoffs', 'vgm']} label="shipment.field.cutoffVgm" />
      </Col>
    </Row>
  );
}

function VesselFields() {
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <TextField name="vessel" label="field.vessel" required max={100} />
      </Col>
      <Col xs={24} sm={12}>
        <TextField name="voyage" label="field.voyage" required max={40} />
      </Col>
      <Col xs={24} sm={12}>
        <TimeField name="etd" label="field.etd" required />
      </Col>
    </Row>
  );
}

interface ReleaseSoValues {
  soNumber: string;
  carrierBookingReference: string;
  vessel: string;
  voyage: string;
  etd: Dayjs;
  cutoffs: CutoffValues;
}

interface RollValues {
  vessel: string;
  voyage: string;
  etd: Dayjs;
  cutoffs?: CutoffValues;
  reason: string;
}

interface Party {
  name?: string;
  address?: string;
}
interface SiValues {
  shipper: Party;
  consignee: Party;
  notifyParty?: Party;
  marks: string;
  description: string;
  packages: number;
  grossWeightKg: string;
  measurementCbm: string;
  blType: (typeof BL_TYPES)[number];
}

const party = (p: Party | undefined): Schemas['PartyDto'] | undefined =>
  p?.name?.trim() && p.address?.trim() ? { name: p.name.trim(), address: p.address.trim() } : undefined;

/** The SI as last submitted, to start a revision from; the first SI starts from the containers' figures. */
function siInitial(shipment: Shipment): Partial<SiValues> {
  const si = shipment.shippingInstructions as Partial<SiValues> | null;
  if (si) {
    return { ...si, notifyParty: si.notifyParty ?? undefined };
  }
  const stuffed = shipment.containers.filter((c) => c.packages !== null || c.grossWeightKg !== null);
  const packages = stuffed.reduce((sum, c) => sum + (c.packages ?? 0), 0);
  const grams = stuffed.reduce((sum, c) => sum + Math.round(Number(c.grossWeightKg ?? 0) * 1000), 0);
  return {
    description: shipment.commodity,
    marks: 'N/M',
    packages: packages || undefined,
    grossWeightKg: grams ? (grams / 1000).toFixed(3) : undefined,
    blType: 'original',
  };
}

function SiFields({ shipment }: { shipment: Shipment }) {
  const t = useT();
  return (
    <>
      {shipment.siRevision > 0 && (
        <Typography.Paragraph>
          {t('shipment.form.siRevision', { revision: shipment.siRevision + 1 })}
        </Typography.Paragraph>
      )}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <PartyFields name="shipper" label="shipment.field.shipper" required />
        </Col>
        <Col xs={24} sm={12}>
          <PartyFields name="consignee" label="shipment.field.consignee" required />
        </Col>
      </Row>
      <PartyFields name="notifyParty" label="shipment.field.notifyParty" required={false} />
      <TextField name="marks" label="shipment.field.marks" required max={1000} area />
      <TextField name="description" label="shipment.field.description" required max={2000} area />
      <Row gutter={12}>
        <Col xs={24} sm={6}>
          <CountField name="packages" label="shipment.field.packages" required />
        </Col>
        <Col xs={24} sm={6}>
          <MeasureField name="grossWeightKg" label="shipment.field.grossWeightKg" required />
        </Col>
        <Col xs={24} sm={6}>
          <MeasureField name="measurementCbm" label="shipment.field.measurementCbm" required />
        </Col>
        <Col xs={24} sm={6}>
          <BlTypeSelect name="blType" label="shipment.field.blType" />
        </Col>
      </Row>
    </>
  );
}

function PartyFields({ name, label, required }: { name: string; label: MessageKey; required: boolean }) {
  const t = useT();
  return (
    <fieldset className="shipment-fieldset">
      <legend>{t(label)}</legend>
      <TextField name={[name, 'name']} label="shipment.field.partyName" required={required} max={200} />
      <TextField
        name={[name, 'address']}
        label="shipment.field.partyAddress"
        required={required}
        max={500}
        area
      />
    </fieldset>
  );
}

function BlTypeSelect({ name, label }: { name: string; label: MessageKey }) {
  const t = useT();
  return (
    <Form.Item name={name} label={t(label)} rules={[{ required: true }]}>
      <Select options={BL_TYPES.map((value) => ({ value, label: t(`shipment.blType.${value}`) }))} />
    </Form.Item>
  );
}

function ApproveBlFields({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const party = Form.useWatch<'client' | 'carrier' | undefined>('party');
  return (
    <>
      <Typography.Paragraph>
        {t('shipment.form.revision', { revision: shipment.siRevision })}
      </Typography.Paragraph>
      <Form.Item name="party" label={t('shipment.field.party')} rules={[{ required: true }]}>
        <Radio.Group
          options={(['client', 'carrier'] as const).map((value) => ({
            value,
            label: t(`shipment.party.${value}`),
            disabled:
              (value === 'client' ? shipment.blApprovals.client : shipment.blApprovals.carrier) ===
              shipment.siRevision,
          }))}
        />
      </Form.Item>
      {party === 'carrier' && (
        <Form.Item
          name="blNumber"
          label={t('shipment.field.blNumber')}
          extra={t('shipment.form.blNumberHint')}
          rules={[
            {
              pattern: /^[A-Za-z0-9][A-Za-z0-9\-/]{2,38}[A-Za-z0-9]$/,
              message: t('shipment.form.blNumberFormat'),
            },
          ]}
        >
          <Input maxLength={40} autoComplete="off" />
        </Form.Item>
      )}
    </>
  );
}

function RequestSpaceFields({ shipment }: { shipment: Shipment }) {
  const t = useT();
  if (shipment.carrierId)
    return <Typography.Paragraph>{t('shipment.form.carrierKnown')}</Typography.Paragraph>;
  return <CarrierField name="carrierId" required />;
}

function FeeFields() {
  const t = useT();
  return (
    <Form.Item label={t('shipment.field.inspectionFee')}>
      <Space.Compact className="shipment-fee">
        <Form.Item
          name={['fee', 'amount']}
          noStyle
          rules={[{ pattern: /^\d{1,12}(\.\d{1,3})?$/, message: t('shipment.form.amount') }]}
        >
          <Input
            inputMode="decimal"
            aria-label={t('shipment.field.amount')}
            className="shipment-fee-amount"
          />
        </Form.Item>
        <Form.Item name={['fee', 'currency']} noStyle>
          <Select
            aria-label={t('shipment.field.currency')}
            className="shipment-fee-currency"
            options={CURRENCIES.map((value) => ({ value, label: value }))}
          />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

export const ACTION_FORMS: { [A in ShipmentActionName]: AnySpec<ActionBodies[A]> } = {
  'confirm-booking': spec({ confirm: 'shipment.form.confirmBooking', body: () => ({}) }),
  'request-space': spec<{ carrierId?: string }, ActionBodies['request-space']>({
    Fields: RequestSpaceFields,
    body: (v) => (v.carrierId ? { carrierId: v.carrierId } : {}),
  }),
  'release-so': spec<ReleaseSoValues, ActionBodies['release-so']>({
    wide: true,
    times: true,
    Fields: () => (
      <>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <TextField name="soNumber" label="field.soNumber" required max={40} />
          </Col>
          <Col xs={24} sm={12}>
            <TextField
              name="carrierBookingReference"
              label="shipment.field.bookingNumber"
              required
              max={40}
            />
          </Col>
        </Row>
        <VesselFields />
        <CutoffFields required />
      </>
    ),
    initial: (s) => ({
      vessel: s.vessel ?? undefined,
      voyage: s.voyage ?? undefined,
      etd: toPickerTime(s.etd),
    }),
    body: (v) => ({
      soNumber: v.soNumber.trim(),
      carrierBookingReference: v.carrierBookingReference.trim(),
      vessel: v.vessel.trim(),
      voyage: v.voyage.trim(),
      etd: toRequestTime(v.etd),
      cutoffs: cutoffsBody(v.cutoffs)!,
    }),
  }),
  'declare-customs': spec<{ declarationNumber: string }, ActionBodies['declare-customs']>({
    Fields: () => (
      <TextField name="declarationNumber" label="shipment.field.declarationNumber" required max={40} />
    ),
    body: (v) => ({ declarationNumber: v.declarationNumber.trim() }),
  }),
  'flag-inspection': spec<
    { fee?: { amount?: string; currency?: Currency }; note?: string },
    ActionBodies['flag-inspection']
  >({
    Fields: () => (
      <>
        <FeeFields />
        <TextField name="note" label="shipment.field.note" max={500} area />
      </>
    ),
    initial: () => ({ fee: { currency: 'CNY' } }),
    body: (v) => ({
      fee: v.fee?.amount && v.fee.currency ? { amount: v.fee.amount, currency: v.fee.currency } : undefined,
      note: trimmed(v.note),
    }),
  }),
  'clear-inspection': spec<{ note?: string }, ActionBodies['clear-inspection']>({
    Fields: () => <TextField name="note" label="shipment.field.note" max={500} area />,
    body: (v) => ({ note: trimmed(v.note) }),
  }),
  'release-customs': spec({ confirm: 'shipment.form.releaseCustoms', body: () => ({}) }),
  'submit-si': spec<SiValues, ActionBodies['submit-si']>({
    wide: true,
    Fields: SiFields,
    initial: siInitial,
    body: (v) => ({
      shipper: party(v.shipper)!,
      consignee: party(v.consignee)!,
      notifyParty: party(v.notifyParty),
      marks: v.marks.trim(),
      description: v.description.trim(),
      packages: v.packages,
      grossWeightKg: v.grossWeightKg.trim(),
      measurementCbm: v.measurementCbm.trim(),
      blType: v.blType,
    }),
  }),
  'approve-bl': spec<{ party: 'client' | 'carrier'; blNumber?: string }, ActionBodies['approve-bl']>({
    Fields: ApproveBlFields,
    initial: (s) => ({
      party: s.blApprovals.client === s.siRevision ? 'carrier' : 'client',
      blNumber: s.blNumber ?? undefined,
    }),
    body: (v, s) => ({
      party: v.party,
      revision: s.siRevision,
      blNumber: v.party === 'carrier' ? trimmed(v.blNumber)?.toUpperCase() : undefined,
    }),
  }),
  'release-bl': spec<{ mode: (typeof BL_TYPES)[number]; approvalId?: string }, ActionBodies['release-bl']>({
    Fields: () => (
      <>
        <BlTypeSelect name="mode" label="shipment.field.releaseMode" />
        <TextField name="approvalId" label="shipment.field.approvalId" max={36} />
      </>
    ),
    initial: (s) => ({ mode: (s.shippingInstructions as Partial<SiValues> | null)?.blType ?? 'original' }),
    body: (v) => ({ mode: v.mode, approvalId: trimmed(v.approvalId) }),
  }),
  roll: spec<RollValues, ActionBodies['roll']>({
    wide: true,
    times: true,
    Fields: ({ shipment }) => (
      <>
        <RollFrom shipment={shipment} />
        <VesselFields />
        <CutoffFields required={false} />
        <TextField name="reason" label="field.reason" required max={500} area />
      </>
    ),
    body: (v) => ({
      vessel: v.vessel.trim(),
      voyage: v.voyage.trim(),
      etd: toRequestTime(v.etd),
      cutoffs: cutoffsBody(v.cutoffs),
      reason: v.reason.trim(),
    }),
  }),
  cancel: spec<{ reason: string }, ActionBodies['cancel']>({
    danger: true,
    Fields: () => <TextField name="reason" label="field.reason" required max={500} area />,
    body: (v) => ({ reason: v.reason.trim() }),
  }),
};

/** The roll's form says what the cargo is rolled from; the new vessel is typed below it. */
function RollFrom({ shipment }: { shipment: Shipment }) {
  const t = useT();
  return (
    <Typography.Paragraph type="secondary" data-testid="roll-from">
      {t('shipment.form.rollFrom', {
        vessel: shipment.vessel ?? '—',
        voyage: shipment.voyage ?? '—',
        etd: showTime(shipment.etd),
      })}
    </Typography.Paragraph>
  );
}

interface StuffValues {
  packages?: number;
  grossWeightKg?: string;
  vgmKg?: string;
  at?: Dayjs;
}

/** The container steps' forms (one container each; the quick entry has its own rows). */
export const CONTAINER_FORMS: { [A in ContainerActionName]: AnySpec<ContainerBodies[A]> } = {
  pickup: spec<{ containerNumber: string; sealNumber: string; at?: Dayjs }, ContainerBodies['pickup']>({
    times: true,
    Fields: () => (
      <>
        <ContainerNumberField name="containerNumber" autoFocus />
        <TextField name="sealNumber" label="field.sealNumber" required max={30} />
        <TimeField name="at" label="shipment.field.at" />
      </>
    ),
    body: (v) => ({
      containerNumber: v.containerNumber.trim(),
      sealNumber: v.sealNumber.trim(),
      at: time(v.at),
    }),
  }),
  stuff: spec<StuffValues, ContainerBodies['stuff']>({
    times: true,
    Fields: () => (
      <>
        <CountField name="packages" label="shipment.field.packages" />
        <MeasureField name="grossWeightKg" label="shipment.field.grossWeightKg" />
        <MeasureField name="vgmKg" label="shipment.field.vgmKg" />
        <TimeField name="at" label="shipment.field.at" />
      </>
    ),
    body: (v) => ({
      packages: v.packages ?? undefined,
      grossWeightKg: trimmed(v.grossWeightKg),
      vgmKg: trimmed(v.vgmKg),
      at: time(v.at),
    }),
  }),
  'gate-in': spec<{ terminal?: string; at?: Dayjs }, ContainerBodies['gate-in']>({
    times: true,
    Fields: () => (
      <>
        <TextField name="terminal" label="shipment.field.terminal" max={100} />
        <TimeField name="at" label="shipment.field.at" />
      </>
    ),
    body: (v) => ({ terminal: trimmed(v.terminal), at: time(v.at) }),
  }),
};
