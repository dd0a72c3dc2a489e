import { InboxOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import type { Me } from '../../../auth/session';
import { useI18n } from '../../../i18n/context';
import { ErrorPanel } from '../../../layout/ErrorPanel';
import { showTime } from '../time';
import { fileSize, kindLabel } from './kinds';
import { PaperPreview } from './PaperPreview';
import { PapersChecklist } from './PapersChecklist';
import { SendPapers } from './SendPapers';
import {
  useAttachmentKinds,
  useAttachments,
  usePapersChecklist,
  useRemoveAttachment,
  useUpdateAttachment,
  useUpload,
  type Attachment,
  type AttachmentKind,
} from './queries';
import './papers.css';

const UPLOAD = 'POST /api/v1/shipments/:id/attachments';
const SEND = 'POST /api/v1/shipments/:id/attachments/send';

/**
 * "Papers / 单证附件" on the staff's shipment page (docs/papers.md): the checklist of papers the stages ask
 * for, a drop zone to upload one (its kind and whether the client sees it chosen first), and the papers with
 * their preview, kind and visibility to edit, and removal with a reason.
 */
export function PapersCard({ shipmentId, me }: { shipmentId: string; me: Me | null | undefined }) {
  const { t, language } = useI18n();
  const kinds = useAttachmentKinds();
  const [showRemoved, setShowRemoved] = useState(false);
  const list = useAttachments(shipmentId, showRemoved);
  const checklist = usePapersChecklist(
    shipmentId,
    Boolean(me?.permissions.includes('GET /api/v1/shipments/:id/papers')),
  );
  const mayWrite = Boolean(me?.permissions.includes(UPLOAD));
  const [preview, setPreview] = useState<Attachment | null>(null);
  const [editing, setEditing] = useState<Attachment | null>(null);
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const maySend = Boolean(me?.permissions.includes(SEND));
  const [chosen, setChosen] = useState<string[]>([]);
  const [sending, setSending] = useState(false);
  const sendable = (a: Attachment) => a.clientVisible && !a.removedAt;
  const chosenPapers = (list.data ?? []).filter((a) => chosen.includes(a.id) && sendable(a));

  return (
    <Card
      size="small"
      title={<h2 className="card-title shipment-card-title">{t('papers.title')}</h2>}
      data-testid="papers-card"
      extra={
        <Space size="small">
          <Switch
            size="small"
            checked={showRemoved}
            onChange={setShowRemoved}
            aria-label={t('papers.showRemoved')}
          />
          <Typography.Text type="secondary">{t('papers.showRemoved')}</Typography.Text>
        </Space>
      }
    >
      {checklist.data && <PapersChecklist items={checklist.data} kinds={kinds.data} />}
      {mayWrite && <UploadBox shipmentId={shipmentId} kinds={kinds.data ?? []} />}
      {maySend && (
        <Flex className="papers-send" gap={8} align="center" wrap>
          <Button disabled={!chosenPapers.length} onClick={() => setSending(true)} data-testid="papers-send">
            {t('papers.send')}
          </Button>
          <Typography.Text type="secondary">{t('papers.sendChoose')}</Typography.Text>
        </Flex>
      )}
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
          data-testid="papers"
          onRow={(a) => ({ 'data-testid': `paper-${a.id}`, 'data-kind': a.kind }) as object}
          rowSelection={
            maySend
              ? {
                  // No "select all" box: the table's hidden measuring row would copy it, a focusable element
                  // axe finds inside aria-hidden; papers are ticked one by one anyway.
                  hideSelectAll: true,
                  selectedRowKeys: chosen,
                  onChange: (keys) => setChosen(keys.map(String)),
                  getCheckboxProps: (a) => ({
                    disabled: !sendable(a),
                    'aria-label': t('papers.sendPick', { name: a.filename }),
                  }),
                }
              : undefined
          }
          locale={{ emptyText: <span className="papers-empty">{t('papers.empty')}</span> }}
          columns={[
            {
              key: 'kind',
              title: t('papers.col.kind'),
              render: (_, a) => <Tag>{kindLabel(t, a.kind, kinds.data, language)}</Tag>,
            },
            {
              key: 'file',
              title: t('papers.col.file'),
              render: (_, a) => (
                <Flex vertical>
                  <span className={a.removedAt ? 'paper-removed' : undefined}>{a.filename}</span>
                  {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
                  {a.removedAt && (
                    <Typography.Text type="danger">
                      {t('papers.removedBy', {
                        name: a.removedBy?.name ?? '—',
                        time: showTime(a.removedAt),
                        reason: a.removeReason ?? '',
                      })}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            { key: 'size', title: t('papers.col.size'), render: (_, a) => fileSize(a.size) },
            {
              key: 'by',
              title: t('papers.col.by'),
              render: (_, a) =>
                t('papers.by', { name: a.createdBy?.name ?? '—', time: showTime(a.createdAt) }),
            },
            {
              key: 'visibility',
              title: t('papers.col.visibility'),
              render: (_, a) =>
                a.clientVisible ? (
                  <Tag color="blue">{t('papers.clientVisible')}</Tag>
                ) : (
                  <Tag>{t('papers.staffOnly')}</Tag>
                ),
            },
            {
              key: 'actions',
              title: t('papers.col.actions'),
              render: (_, a) => (
                <Space size={0} wrap>
                  {a.previewable && (
                    <Button
                      type="link"
                      size="small"
                      onClick={() => setPreview(a)}
                      data-testid="paper-preview-open"
                    >
                      {t('papers.preview')}
                    </Button>
                  )}
                  <Button type="link" size="small" href={`${a.contentUrl}?download=true`}>
                    {t('papers.download')}
                  </Button>
                  {mayWrite && !a.removedAt && (
                    <>
                      <Button type="link" size="small" onClick={() => setEditing(a)} data-testid="paper-edit">
                        {t('papers.edit')}
                      </Button>
                      <Button
                        type="link"
                        size="small"
                        danger
                        onClick={() => setRemoving(a)}
                        data-testid="paper-remove"
                      >
                        {t('papers.remove')}
                      </Button>
                    </>
                  )}
                </Space>
              ),
            },
          ]}
        />
      )}
      {preview && <PaperPreview attachment={preview} onClose={() => setPreview(null)} />}
      {editing && (
        <EditPaper
          shipmentId={shipmentId}
          attachment={editing}
          kinds={kinds.data ?? []}
          onClose={() => setEditing(null)}
        />
      )}
      {removing && (
        <RemovePaper shipmentId={shipmentId} attachment={removing} onClose={() => setRemoving(null)} />
      )}
      {sending && (
        <SendPapers
          shipmentId={shipmentId}
          papers={chosenPapers}
          kinds={kinds.data ?? []}
          onClose={(sent) => {
            setSending(false);
            if (sent) setChosen([]);
          }}
        />
      )}
    </Card>
  );
}

function kindOptions(
  kinds: readonly AttachmentKind[],
  t: ReturnType<typeof useI18n>['t'],
  language: 'zh' | 'en',
) {
  return kinds.map((k) => ({ value: k.code, label: kindLabel(t, k.code, kinds, language) }));
}

/** Kind and visibility first, then the file: dropped or chosen, uploaded at once. */
function UploadBox({ shipmentId, kinds }: { shipmentId: string; kinds: readonly AttachmentKind[] }) {
  const { t, language } = useI18n();
  const upload = useUpload(shipmentId);
  const [kind, setKind] = useState<string | undefined>();
  const [clientVisible, setClientVisible] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <div className="papers-upload">
      <Flex wrap gap={12} align="center" className="papers-upload-options">
        <Select
          value={kind}
          onChange={setKind}
          placeholder={t('papers.kindPlaceholder')}
          options={kindOptions(kinds, t, language)}
          aria-label={t('papers.kind')}
          data-testid="paper-kind"
        />
        <Checkbox
          checked={clientVisible}
          onChange={(e) => setClientVisible(e.target.checked)}
          data-testid="paper-client-visible"
        >
          {t('papers.clientVisible')}
        </Checkbox>
      </Flex>
      <Upload.Dragger
        name="file"
        multiple={false}
        showUploadList={false}
        disabled={!kind}
        data-testid="paper-dropzone"
        customRequest={({ file, onSuccess, onError }) => {
          const f = file as File;
          setResult({ ok: true, text: t('papers.uploading', { name: f.name }) });
          upload
            .mutateAsync({ file: f, kind: kind!, clientVisible })
            .then((saved) => {
              setResult({ ok: true, text: t('papers.uploaded', { name: saved.filename }) });
              onSuccess?.(saved);
            })
            .catch((error: Error) => {
              setResult({
                ok: false,
                text: t('papers.uploadFailed', { name: f.name, reason: error.message }),
              });
              onError?.(error);
            });
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{kind ? t('papers.drop') : t('papers.kindPlaceholder')}</p>
        <p className="ant-upload-hint">{t('papers.dropHint')}</p>
      </Upload.Dragger>
      {result && (
        <Alert
          className="papers-upload-result"
          type={result.ok ? 'success' : 'error'}
          showIcon
          title={result.text}
          data-testid="paper-upload-result"
        />
      )}
    </div>
  );
}

function EditPaper({
  shipmentId,
  attachment,
  kinds,
  onClose,
}: {
  shipmentId: string;
  attachment: Attachment;
  kinds: readonly AttachmentKind[];
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const update = useUpdateAttachment(shipmentId);
  const [form] = Form.useForm<{ kind: string; clientVisible: boolean; note: string }>();
  return (
    <Modal
      open
      title={t('papers.editTitle', { name: attachment.filename })}
      okText={t('papers.save')}
      cancelText={t('papers.cancel')}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then((values) =>
          update
            .mutateAsync({
              attachment,
              changes: { kind: values.kind, clientVisible: values.clientVisible, note: values.note || null },
            })
            .then(onClose),
        )
      }
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          kind: attachment.kind,
          clientVisible: attachment.clientVisible,
          note: attachment.note ?? '',
        }}
      >
        <Form.Item name="kind" label={t('papers.kind')} rules={[{ required: true }]}>
          <Select options={kindOptions(kinds, t, language)} />
        </Form.Item>
        <Form.Item name="clientVisible" valuePropName="checked">
          <Checkbox>{t('papers.clientVisible')}</Checkbox>
        </Form.Item>
        <Form.Item name="note" label={t('papers.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
      {update.isError && (
        <Alert type="error" showIcon title={t('papers.failed', { reason: update.error.message })} />
      )}
    </Modal>
  );
}

function RemovePaper({
  shipmentId,
  attachment,
  onClose,
}: {
  shipmentId: string;
  attachment: Attachment;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const remove = useRemoveAttachment(shipmentId);
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open
      title={t('papers.removeTitle', { name: attachment.filename })}
      okText={t('papers.remove')}
      okButtonProps={{ danger: true }}
      cancelText={t('papers.cancel')}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => remove.mutateAsync({ attachment, reason: values.reason.trim() }).then(onClose))
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('papers.removeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('papers.removeReason')}
          rules={[{ required: true, whitespace: true, message: t('papers.removeReasonRequired') }]}
        >
          <Input.TextArea maxLength={500} rows={2} data-testid="paper-remove-reason" />
        </Form.Item>
      </Form>
      {remove.isError && (
        <Alert type="error" showIcon title={t('papers.failed', { reason: remove.error.message })} />
      )}
    </Modal>
  );
}
