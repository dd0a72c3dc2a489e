import { App as AntApp, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { NoteProblem } from './NoteProblem';
import { useVoid, type DebitNote } from './queries';

/** Void with a reason (unpaid notes only; the service says so otherwise), for those who may. */
export function VoidButton({ note, onReload }: { note: DebitNote; onReload: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const voiding = useVoid(note.id);
  const may = useMe().data?.permissions.includes('POST /api/v1/debit-notes/:id/void') ?? false;
  const submit = async () => {
    const { reason } = await form.validateFields();
    await voiding.mutateAsync({ reason: reason.trim(), version: note.version });
    void message.success(t('accounts.editor.voided'));
    setOpen(false);
  };
  if (!may) return null;
  return (
    <>
      <Button danger onClick={() => setOpen(true)} data-testid="note-void">
        {t('accounts.editor.void')}
      </Button>
      <Modal
        open={open}
        title={t('accounts.editor.voidConfirm')}
        okText={t('accounts.editor.voidConfirm')}
        okButtonProps={{ danger: true, loading: voiding.isPending, 'data-testid': 'void-submit' }}
        onOk={() => void submit().catch(() => undefined)}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="reason"
            label={t('accounts.editor.voidReason')}
            rules={[
              { required: true, whitespace: true, message: t('accounts.editor.required') },
              { max: 500 },
            ]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
        <NoteProblem error={voiding.error} onReload={onReload} />
      </Modal>
    </>
  );
}
