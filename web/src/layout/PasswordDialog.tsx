import { useMutation } from '@tanstack/react-query';
import { App as AntApp, Form, Input, Modal } from 'antd';
import { api, ok } from '../api/client';
import { isApiError } from '../api/errors';
import { useT } from '../i18n/context';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/**
 * The signed-in user's own new password (POST /api/v1/auth/password): the current one is asked for, and every
 * other session of the user ends; this tab stays signed in (the service sends it a fresh cookie). What the
 * service refuses (not the current password, a password the policy refuses) is shown on its field.
 */
export function PasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [form] = Form.useForm<PasswordValues>();
  const { message } = AntApp.useApp();
  const change = useMutation({
    mutationFn: (values: PasswordValues) =>
      ok(
        api.POST('/api/v1/auth/password', {
          body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
        }),
      ),
  });

  const submit = async () => {
    let values: PasswordValues;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is wrong
    }
    change.mutate(values, {
      onSuccess: () => {
        void message.success(t('password.changed'));
        form.resetFields();
        onClose();
      },
      onError: (error) => {
        if (isApiError(error) && error.details?.fields) {
          form.setFields(
            error.details.fields.map((f) => ({
              name: f.field as keyof PasswordValues,
              errors: [f.field === 'currentPassword' ? t('password.wrongCurrent') : t('password.policy')],
            })),
          );
        } else if (error instanceof Error) {
          void message.error(error.message);
        }
      },
    });
  };

  return (
    <Modal
      open={open}
      title={t('password.title')}
      okText={t('password.submit')}
      cancelText={t('password.cancel')}
      confirmLoading={change.isPending}
      onOk={() => void submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" name="password" onFinish={() => void submit()}>
        <Form.Item
          name="currentPassword"
          label={t('password.current')}
          rules={[{ required: true, message: t('signIn.required', { field: t('password.current') }) }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('password.new')}
          extra={t('password.policy')}
          rules={[{ required: true, message: t('signIn.required', { field: t('password.new') }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="repeat"
          label={t('password.repeat')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('signIn.required', { field: t('password.repeat') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('password.mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
