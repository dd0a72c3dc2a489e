import { Alert, App as AntApp, Form, Input, List, Modal, Typography } from 'antd';
import { useI18n } from '../../../i18n/context';
import { problemText } from '../../approvals/problem';
import { fileSize, kindLabel } from './kinds';
import { useSendPapers, type Attachment, type AttachmentKind } from './queries';

/**
 * "Send to client / 发送给客户": the papers chosen in the list go to the client's addresses in one e-mail, with a
 * note; the service refuses staff-only or removed ones and a total over the upload limit.
 */
export function SendPapers({
  shipmentId,
  papers,
  kinds,
  onClose,
}: {
  shipmentId: string;
  papers: readonly Attachment[];
  kinds: readonly AttachmentKind[];
  onClose: (sent: boolean) => void;
}) {
  const { t, language } = useI18n();
  const { message } = AntApp.useApp();
  const send = useSendPapers(shipmentId);
  const [form] = Form.useForm<{ note?: string }>();
  const submit = async () => {
    const { note } = await form.validateFields();
    const sent = await send.mutateAsync({
      attachmentIds: papers.map((a) => a.id),
      note: note?.trim() || undefined,
    });
    void message.success(t('papers.sent', { count: sent.files.length, to: sent.to.join(', ') }));
    onClose(true);
  };
  return (
    <Modal
      open
      title={t('papers.sendTitle', { count: papers.length })}
      okText={t('papers.sendOk')}
      okButtonProps={{ 'data-testid': 'papers-send-ok' }}
      cancelText={t('papers.cancel')}
      confirmLoading={send.isPending}
      onCancel={() => onClose(false)}
      onOk={() => void submit().catch(() => undefined)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('papers.sendHint')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={[...papers]}
        renderItem={(a) => (
          <List.Item>
            {kindLabel(t, a.kind, kinds, language)}: {a.filename} ({fileSize(a.size)})
          </List.Item>
        )}
      />
      <Form form={form} layout="vertical">
        <Form.Item name="note" label={t('papers.sendNote')}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="papers-send-note" />
        </Form.Item>
      </Form>
      {send.isError && (
        <Alert type="error" showIcon title={problemText(send.error, t)} data-testid="papers-send-problem" />
      )}
    </Modal>
  );
}
