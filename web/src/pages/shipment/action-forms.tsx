import { Alert, Checkbox, Col, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import { isApiError } from '../../api/errors';
import type { Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';
import { CarrierField, ContainerNumberField, CountField, MeasureField, TextField, TimeField } from './fields';
import { useAttachments } from './papers/queries';
import type { Shipment } from './queries';
import { showTime, toPickerTime, toRequestTime } from './time';
import type { ActionBodies, ContainerBodies, ContainerActionName, ShipmentActionName } from './write';

/**
 * The form of each action: its fields (the DTO's, labelled in the operator's words), what it starts with,
 * and the body it sends. The service checks everything again; the form only saves a round trip.
 */
export interface FormSpec<V, B> {
  /** The form's fields; `error` is the last refusal, for a form that answers one (the SI's mismatch). */
  Fields?: (props: { shipment: Shipment; error: unknown }) => ReactNode;
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
  acknowledgeMismatch?: boolean;
  mismatchNote?: string;
}

const party = (p: Party | undefined): Schemas['PartyDto'] | undefined =>
  p?.name?.trim() && p.address?.trim() ? { name: p.name.trim(), address: p.address.trim() } : undefined;

/**
 * The stuffed containers' totals, as the service compares the SI with them (src/shipments/actions/
 * submit-si.action.ts): each figure only when every container recorded it; weights added in grams.
 */
export function stuffedTotals(shipment: Shipment): { packages: number | null; grossWeightKg: string | null } {
  const boxes = shipment.containers.filter((c) => c.status === 'stuffed' || c.status === 'gated_in');
  const all = boxes.length > 0 && boxes.length === shipment.containers.length;
  const packages =
    all && boxes.every((c) => c.packages !== null) ? boxes.reduce((sum, c) => sum + c.packages!, 0) : null;
  const grams =
    all && boxes.every((c) => c.grossWeightKg !== null)
      ? boxes.reduce((sum, c) => sum + Math.round(Number(c.grossWeightKg) * 1000), 0)
      : null;
  return { packages, grossWeightKg: grams === null ? null : (grams / 1000).toFixed(3) };
}

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

interface Mismatch {
  field: 'packages' | 'grossWeightKg';
  si: string | number;
  containers: string | number;
}

/** The figures of a 422 SI_CONTAINERS_MISMATCH, or null for any other answer. */
function mismatchOf(error: unknown): Mismatch[] | null {
  if (!isApiError(error, 422) || error.code !== 'SI_CONTAINERS_MISMATCH') return null;
  const list = (error.details as { mismatches?: Mismatch[] } | undefined)?.mismatches;
  return Array.isArray(list) ? list : null;
}

/** The stuffed totals above the figures; on a mismatch, both figures and the acknowledgement. */
function SiMatch({ shipment, error }: { shipment: Shipment; error: unknown }) {
  const t = useT();
  const totals = stuffedTotals(shipment);
  const acknowledged = Form.useWatch<boolean | undefined>('acknowledgeMismatch');
  const mismatches = mismatchOf(error);
  const unknown = t('shipment.form.stuffedUnknown');
  const label = (field: Mismatch['field']) =>
    t(field === 'packages' ? 'shipment.field.packages' : 'shipment.field.grossWeightKg');
  return (
    <>
      <Typography.Paragraph data-testid="si-stuffed-totals">
        {t('shipment.form.stuffedTotals', {
          packages: totals.packages === null ? unknown : totals.packages.toLocaleString(),
          weight: totals.grossWeightKg === null ? unknown : `${formatKg(totals.grossWeightKg)} kg`,
        })}
      </Typography.Paragraph>
      {mismatches && (
        <Alert
          type="warning"
          showIcon
          className="shipment-si-mismatch"
          data-testid="si-mismatch"
          title={t('shipment.form.mismatch')}
          description={
            <>
              <ul className="shipment-problem-lines">
                {mismatches.map((m) => (
                  <li key={m.field}>
                    {t('shipment.form.mismatchLine', {
                      field: label(m.field),
                      si:
                        m.field === 'grossWeightKg' ? formatKg(String(m.si)) : Number(m.si).toLocaleString(),
                      containers:
                        m.field === 'grossWeightKg'
                          ? formatKg(String(m.containers))
                          : Number(m.containers).toLocaleString(),
                    })}
                  </li>
                ))}
              </ul>
              {t('shipment.form.mismatchHint')}
            </>
          }
        />
      )}
      {(mismatches || acknowledged) && (
        <>
          <Form.Item name="acknowledgeMismatch" valuePropName="checked">
            <Checkbox data-testid="si-acknowledge">{t('shipment.field.acknowledgeMismatch')}</Checkbox>
          </Form.Item>
          {acknowledged && (
            <TextField name="mismatchNote" label="shipment.field.mismatchNote" required max={500} area />
          )}
        </>
      )}
    </>
  );
}

/** Kilograms with thousands separators and the 3 decimals the containers keep ("8,000.500"). */
function formatKg(kg: string): string {
  const [whole = '0', fraction = ''] = kg.split('.');
  return `${Number(whole).toLocaleString('en-US')}.${fraction.padEnd(3, '0').slice(0, 3)}`;
}

function SiFields({ shipment, error }: { shipment: Shipment; error: unknown }) {
  const t = useT();
  return (
    <>
      <SiMatch shipment={shipment} error={error} />
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
      {party === 'carrier' && <CarrierDraftSelect shipment={shipment} />}
    </>
  );
}

/**
 * The carrier's own B/L draft the carrier-side approval refers to (docs/documents.md): one of the shipment's
 * papers of kind carrier_bl_draft; the only one is chosen to start with.
 */
function CarrierDraftSelect({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const papers = useAttachments(shipment.id);
  if (papers.isPending) return null;
  const drafts = (papers.data ?? []).filter((a) => a.kind === 'carrier_bl_draft' && !a.removedAt);
  return (
    <Form.Item
      name="attachmentId"
      label={t('papers.carrierDraft')}
      extra={t(drafts.length ? 'papers.carrierDraftHint' : 'papers.carrierDraftNone')}
      initialValue={drafts.length === 1 ? drafts[0]!.id : undefined}
    >
      <Select
        allowClear
        disabled={!drafts.length}
        placeholder={t('papers.carrierDraftPlaceholder')}
        data-testid="approve-bl-carrier-draft"
        options={drafts.map((a) => ({ value: a.id, label: `${a.filename} · ${showTime(a.createdAt)}` }))}
      />
    </Form.Item>
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
      ...(v.acknowledgeMismatch ? { acknowledgeMismatch: true, mismatchNote: trimmed(v.mismatchNote) } : {}),
    }),
  }),
  'approve-bl': spec<
    { party: 'client' | 'carrier'; blNumber?: string; attachmentId?: string },
    ActionBodies['approve-bl']
  >({
    Fields: ApproveBlFields,
    initial: (s) => ({
      party: s.blApprovals.client === s.siRevision ? 'carrier' : 'client',
      blNumber: s.blNumber ?? undefined,
    }),
    body: (v, s) => ({
      party: v.party,
      revision: s.siRevision,
      blNumber: v.party === 'carrier' ? trimmed(v.blNumber)?.toUpperCase() : undefined,
      attachmentId: v.party === 'carrier' ? v.attachmentId || undefined : undefined,
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
  'shut-out': spec<{ reason: string; customsWithdrawalReference?: string }, ActionBodies['shut-out']>({
    danger: true,
    confirm: 'shipment.form.shutOut',
    Fields: () => (
      <>
        <TextField name="reason" label="field.reason" required max={500} area />
        <TextField name="customsWithdrawalReference" label="shipment.field.withdrawalReference" max={40} />
      </>
    ),
    body: (v) => ({
      reason: v.reason.trim(),
      customsWithdrawalReference: trimmed(v.customsWithdrawalReference),
    }),
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
      {shipment.siRevision > 0 && (
        <>
          <br />
          <span data-testid="roll-late">{t('shipment.form.rollLate')}</span>
        </>
      )}
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
