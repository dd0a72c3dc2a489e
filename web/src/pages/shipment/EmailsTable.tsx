import { Alert, Table, Tag, Typography } from 'antd';
import { useT } from '../../i18n/context';
import { useShipmentEmails, type Email } from './queries';
import { showTime } from './time';
import { useWords } from './words';

/** The e-mails written for the shipment (to the client, to the carrier, alerts) and how their sending went. */
export function EmailsTable({ shipmentId }: { shipmentId: string }) {
  const t = useT();
  const word = useWords();
  const emails = useShipmentEmails(shipmentId, true);
  if (emails.isError) return <Alert type="error" showIcon title={emails.error.message} />;
  return (
    <Table<Email>
      size="small"
      rowKey="id"
      loading={emails.isPending}
      dataSource={emails.data ?? []}
      pagination={false}
      data-testid="emails"
      locale={{ emptyText: t('shipment.emails.empty') }}
      columns={[
        {
          key: 'subject',
          title: t('shipment.emails.subject'),
          render: (_, e) => (
            <>
              <div>{e.subject}</div>
              {e.attachments.length > 0 && (
                <Typography.Text type="secondary" className="email-attachments">
                  {t('shipment.emails.attachments', { names: e.attachments.join(', ') })}
                </Typography.Text>
              )}
            </>
          ),
        },
        { key: 'to', title: t('shipment.emails.to'), render: (_, e) => e.to.join(', ') },
        {
          key: 'status',
          title: t('shipment.emails.status'),
          render: (_, e) => (
            <>
              <Tag className={`tone tone-email-${e.status}`} data-testid={`email-status-${e.template}`}>
                {word('email', e.status)}
              </Tag>
              {e.status === 'failed' && e.lastError && (
                <Typography.Text type="danger" className="email-error">
                  {e.lastError}
                </Typography.Text>
              )}
            </>
          ),
        },
        { key: 'attempts', title: t('shipment.emails.attempts'), dataIndex: 'attempts', align: 'right' },
        {
          key: 'time',
          title: t('shipment.emails.time'),
          render: (_, e) => showTime(e.sentAt ?? e.createdAt),
        },
      ]}
    />
  );
}
