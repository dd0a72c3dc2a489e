import { ExportOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useT } from '../../i18n/context';

/**
 * The note's PDF in the page, as the booking confirmation is shown (shipment/BookingConfirmation.tsx): a
 * same-origin URL the session cookie opens, no token in script's reach.
 */
export function NotePdf({ id, number }: { id: string; number: string }) {
  const t = useT();
  const url = `/api/v1/debit-notes/${encodeURIComponent(id)}/pdf`;
  return (
    <Card
      size="small"
      title={<h2 className="accounts-card-title">{t('accounts.editor.pdf')}</h2>}
      extra={
        <Button
          href={url}
          target="_blank"
          rel="noopener"
          icon={<ExportOutlined aria-hidden />}
          data-testid="pdf-open"
        >
          {t('accounts.editor.pdfOpen')}
        </Button>
      }
    >
      <Flex vertical>
        <iframe
          className="accounts-pdf"
          src={url}
          title={t('accounts.editor.pdfTitle', { number })}
          data-testid="pdf-frame"
        />
      </Flex>
    </Card>
  );
}
