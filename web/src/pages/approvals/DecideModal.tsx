import { Alert, App as AntApp, Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../i18n/context';
import { ApprovalContext } from './ApprovalContext';
import { problemText } from './problem';
import { useDecide, type Approval } from './queries';

/**
 * Approve or reject an approval, with a note recorded beside the decision: a rejection must say why (the
 * requester reads it on the shipment). The service decides again: a decision already made by someone else
 * (409) or the requester's own request (403) comes back here in its words.
 */
export function DecideModal({
  approval,
  decision,
  onClose,
}: {
  approval: Approval;
  decision: 'approve' | 'reject';
  onClose: () => void;
}) {
  const t = useT();
  const { message } = AntApp.useApp();
  const decide = useDecide();
  const [form] = Form.useForm<{ note?: string }>();
  const title = t(decision === 'approve' ? 'admin.approvals.approveTitle' : 'admin.approvals.rejectTitle', {
    subject: approval.shipmentReference ?? approval.clientName ?? t(`admin.approvals.type.${approval.type}`),
  });

  const submit = async () => {
    let values: { note?: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    decide.mutate(
      { id: approval.id, decision, note: values.note?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(
            t(decision === 'approve' ? 'admin.approvals.approved' : 'admin.approvals.rejected'),
          );
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      open
      title={title}
      okText={t(decision === 'approve' ? 'admin.approvals.approve' : 'admin.approvals.reject')}
      okButtonProps={{ danger: decision === 'reject', 'data-testid': 'decide-ok' }}
      cancelText={t('admin.cancel')}
      confirmLoading={decide.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph className="approval-reason">
        <Typography.Text type="secondary">{t('admin.approvals.reason')}: </Typography.Text>
        {approval.reason}
      </Typography.Paragraph>
      {(approval.creditTerms || approval.belowFloor) && (
        <Typography.Paragraph>
          <ApprovalContext approval={approval} />
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="note"
          label={t(decision === 'approve' ? 'admin.approvals.noteOptional' : 'admin.approvals.rejectReason')}
          rules={
            decision === 'reject'
              ? [{ required: true, whitespace: true, message: t('admin.approvals.rejectReasonRequired') }]
              : []
          }
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="decide-note" />
        </Form.Item>
      </Form>
      {decide.isError && (
        <Alert type="error" showIcon title={problemText(decide.error, t)} data-testid="decide-problem" />
      )}
    </Modal>
  );
}
