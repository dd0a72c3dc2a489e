import { Alert, App as AntApp, Form, Input, Modal, Radio, Select } from 'antd';
import { useI18n } from '../../i18n/context';
import { problemText } from '../approvals/problem';
import { PartyPicker } from '../booking/PartyPicker';
import { ROLES, useAllUsers, useCreateUser, useUpdateUser, type Role, type User } from './queries';

interface Values {
  email: string;
  name: string;
  phone?: string | null;
  password?: string;
  role: Role;
  clientId?: string;
  teamLeadId?: string;
  language: 'zh' | 'en';
}

/**
 * Create a user, or change one's name, phone (their e-mail signature), role, team lead, language (or reset their password). A client user
 * belongs to one client; staff may be in a manager's team. The service checks everything again, and its
 * reason shows on the field at fault or under the form.
 */
export function UserFormModal({ user, onClose }: { user?: User; onClose: () => void }) {
  const { t } = useI18n();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form) ?? user?.role;
  const users = useAllUsers();
  const create = useCreateUser();
  const update = useUpdateUser();
  const write = user ? update : create;
  const managers = (users.data ?? []).filter((u) => u.role === 'manager' && u.active && u.id !== user?.id);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const onError = (error: unknown) => {
      const fields = (error as { details?: { fields?: { field: string; message: string }[] } }).details
        ?.fields;
      if (fields)
        form.setFields(
          fields.map((f) => ({ name: f.field.split('.')[0] as keyof Values, errors: [f.message] })),
        );
    };
    const onSuccess = () => {
      void message.success(t(user ? 'admin.users.saved' : 'admin.users.created'));
      onClose();
    };
    if (user) {
      update.mutate(
        {
          id: user.id,
          body: {
            name: v.name.trim(),
            phone: v.phone?.trim() || null,
            role: v.role,
            teamLeadId: v.role === 'client' ? null : (v.teamLeadId ?? null),
            language: v.language,
            ...(v.password ? { password: v.password } : {}),
          },
        },
        { onSuccess, onError },
      );
    } else {
      create.mutate(
        {
          email: v.email.trim(),
          name: v.name.trim(),
          ...(v.phone?.trim() ? { phone: v.phone.trim() } : {}),
          password: v.password ?? '',
          role: v.role,
          language: v.language,
          ...(v.role === 'client' ? { clientId: v.clientId } : {}),
          ...(v.role !== 'client' && v.teamLeadId ? { teamLeadId: v.teamLeadId } : {}),
        },
        { onSuccess, onError },
      );
    }
  };

  return (
    <Modal
      open
      title={user ? t('admin.users.editTitle', { name: user.name }) : t('admin.users.createTitle')}
      okText={t(user ? 'admin.save' : 'admin.users.create')}
      okButtonProps={{ 'data-testid': 'user-form-ok' }}
      cancelText={t('admin.cancel')}
      confirmLoading={write.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          user
            ? { ...user, teamLeadId: user.teamLeadId ?? undefined, clientId: user.clientId ?? undefined }
            : { role: 'operator', language: 'zh' }
        }
      >
        <Form.Item
          name="email"
          label={t('admin.users.email')}
          rules={[{ required: !user, type: 'email', message: t('admin.users.emailInvalid') }]}
        >
          <Input autoComplete="off" disabled={Boolean(user)} maxLength={254} data-testid="user-email" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('admin.users.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
        >
          <Input maxLength={200} data-testid="user-name" />
        </Form.Item>
        <Form.Item name="phone" label={t('admin.users.phone')} extra={t('admin.users.phoneHint')}>
          <Input maxLength={40} autoComplete="off" data-testid="user-phone" />
        </Form.Item>
        <Form.Item
          name="password"
          label={t(user ? 'admin.users.passwordReset' : 'admin.users.password')}
          extra={t('password.policy')}
          rules={[{ required: !user, message: t('admin.required') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} data-testid="user-password" />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.role')} rules={[{ required: true }]}>
          <Select
            data-testid="user-role"
            options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            disabled={Boolean(user && user.role === 'client')}
          />
        </Form.Item>
        {role === 'client' ? (
          !user && (
            <Form.Item
              name="clientId"
              label={t('admin.users.client')}
              rules={[{ required: true, message: t('admin.required') }]}
            >
              <PartyPicker kind="clients" placeholder={t('admin.users.clientPlaceholder')} />
            </Form.Item>
          )
        ) : (
          <Form.Item name="teamLeadId" label={t('admin.users.teamLead')}>
            <Select
              allowClear
              loading={users.isPending}
              placeholder={t('admin.users.noTeam')}
              options={managers.map((m) => ({ value: m.id, label: m.name }))}
            />
          </Form.Item>
        )}
        <Form.Item name="language" label={t('admin.users.language')} rules={[{ required: true }]}>
          <Radio.Group
            data-testid="user-language"
            options={[
              { value: 'zh', label: t('language.zh') },
              { value: 'en', label: t('language.en') },
            ]}
          />
        </Form.Item>
      </Form>
      {write.isError && (
        <Alert type="error" showIcon title={problemText(write.error, t)} data-testid="user-form-problem" />
      )}
    </Modal>
  );
}
