import { Button, Card, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useI18n } from '../../../i18n/context';
import { ErrorPanel } from '../../../layout/ErrorPanel';
import { showTime } from '../time';
import { fileSize, kindLabel } from './kinds';
import { PaperPreview } from './PaperPreview';
import { useAttachmentKinds, useAttachments, type Attachment } from './queries';
import './papers.css';

/** The portal's papers: the client-visible ones of the client's own shipment (the service decides which). */
export function PortalPapers({ shipmentId }: { shipmentId: string }) {
  const { t, language } = useI18n();
  const kinds = useAttachmentKinds();
  const list = useAttachments(shipmentId);
  const [preview, setPreview] = useState<Attachment | null>(null);
  return (
    <Card
      size="small"
      title={<h2 className="card-title shipment-card-title">{t('papers.portalTitle')}</h2>}
      data-testid="portal-papers"
    >
      {list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Attachment>
          size="small"
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <span className="papers-empty">{t('papers.portalEmpty')}</span> }}
          columns={[
            {
              key: 'kind',
              title: t('papers.col.kind'),
              render: (_, a) => <Tag>{kindLabel(t, a.kind, kinds.data, language)}</Tag>,
            },
            { key: 'file', title: t('papers.col.file'), dataIndex: 'filename' },
            { key: 'size', title: t('papers.col.size'), render: (_, a) => fileSize(a.size) },
            { key: 'date', title: t('papers.col.date'), render: (_, a) => showTime(a.createdAt) },
            {
              key: 'actions',
              title: t('papers.col.actions'),
              render: (_, a) => (
                <Space size={0}>
                  {a.previewable && (
                    <Button type="link" size="small" onClick={() => setPreview(a)}>
                      {t('papers.preview')}
                    </Button>
                  )}
                  <Button type="link" size="small" href={`${a.contentUrl}?download=true`}>
                    {t('papers.download')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      )}
      {preview && <PaperPreview attachment={preview} onClose={() => setPreview(null)} />}
    </Card>
  );
}
