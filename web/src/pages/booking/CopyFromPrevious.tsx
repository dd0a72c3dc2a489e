import { CopyOutlined } from '@ant-design/icons';
import { Form, Select } from 'antd';
import dayjs from 'dayjs';
import { useI18n } from '../../i18n/context';
import { containerSummary } from './booking-form';
import { portOf } from './ports';
import { useRecentShipments, type Shipment } from './queries';

/**
 * "Copy from a previous booking": one of the client's latest shipments, picked to fill in its repeat lane
 * (ports, commodity, containers, carrier, freight term, rate). Picking is the action; the picker then empties
 * again, ready for another.
 */
export function CopyFromPrevious(props: { clientId: string | undefined; onCopy: (from: Shipment) => void }) {
  const { t, language } = useI18n();
  const recent = useRecentShipments(props.clientId);
  const shipments = recent.data ?? [];
  const port = (code: string) => {
    const known = portOf(code);
    return known ? (language === 'zh' ? known.zh : known.en) : code;
  };
  const placeholder = !props.clientId
    ? t('booking.copyChooseClient')
    : recent.isSuccess && shipments.length === 0
      ? t('booking.copyNone')
      : t('booking.copyPlaceholder');

  return (
    <Form.Item label={t('booking.copy')} htmlFor="booking-copy" extra={t('booking.copyHint')}>
      <Select<string>
        id="booking-copy"
        data-testid="copy-from"
        className="booking-copy"
        suffixIcon={<CopyOutlined aria-hidden />}
        disabled={!props.clientId || shipments.length === 0}
        loading={recent.isFetching}
        placeholder={placeholder}
        value={null}
        onChange={(id) => {
          const from = shipments.find((shipment) => shipment.id === id);
          if (from) props.onCopy(from);
        }}
        options={shipments.map((shipment) => ({
          value: shipment.id,
          label: [
            shipment.reference,
            `${port(shipment.pol)} → ${port(shipment.pod)}`,
            containerSummary(shipment.containers),
            dayjs(shipment.createdAt).format('YYYY-MM-DD'),
          ]
            .filter(Boolean)
            .join(' · '),
        }))}
      />
    </Form.Item>
  );
}
