import { ExportOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useT } from '../../i18n/context';

/**
 * The booking confirmation PDF, in the page. The session is an HttpOnly cookie, so a plain same-origin URL
 * loads it (no token in script's reach, no blob URL the page's CSP would have to allow). Rendered when its tab
 * is first opened: the service draws the PDF on each request.
 */
export function BookingConfirmation({ shipmentId, reference }: { shipmentId: string; reference: string }) {
  const t = useT();
  const url = `/api/v1/shipments/${encodeURIComponent(shipmentId)}/booking-confirmation/pdf`;
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">{t('shipment.pdf.hint')}</Typography.Text>
        <Button
          href={url}
          target="_blank"
          rel="noopener"
          icon={<ExportOutlined aria-hidden />}
          data-testid="pdf-open"
        >
          {t('shipment.pdf.open')}
        </Button>
      </Flex>
      <iframe
        className="shipment-pdf"
        src={url}
        title={t('shipment.pdf.title', { reference })}
        data-testid="pdf-frame"
      />
    </Flex>
  );
}
