import { Alert, App as AntApp, Form, Input, Modal, Select, Switch } from 'antd';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/context';
import { problemText } from '../approvals/problem';
import { useCreateCarrier, useUpdateCarrier, type Carrier } from './queries';

interface Values {
  code: string;
  name: string;
  requiresDocPrint: boolean;
  emails: string[];
}

/**
 * Create a carrier or edit one's rules: whether the depot prints documents before pickup (打单; MSC does not)
 * and the addresses its e-mails go to. An edit is written against the version shown (If-Match): if someone
 * changed the carrier meanwhile the form says so and keeps what was typed.
 */
export function CarrierFormModal({ carrier, onClose }: { carrier?: Carrier; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateCarrier();
  const update = useUpdateCarrier();
  const write = carrier ? update : create;

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const emails = (v.emails ?? []).map((e) => e.trim()).filter(Boolean);
    const onSuccess = () => {
      void message.success(t(carrier ? 'admin.carriers.saved' : 'admin.carriers.created'));
      onClose();
    };
    const onError = (error: unknown) => {
      if (isApiError(error) && error.details?.fields) {
        form.setFields(
          error.details.fields.map((f) => ({
            name: f.field.split(/[.[\]]/)[0] as keyof Values,
            errors: [f.message],
          })),
        );
      }
    };
    if (carrier) {
      update.mutate(
        {
          id: carrier.id,
          version: carrier.version,
          body: { name: v.name.trim(), requiresDocPrint: v.requiresDocPrint, emails },
        },
        { onSuccess, onError },
      );
    } else {
      create.mutate(
        {
          code: v.code.trim().toUpperCase(),
          name: v.name.trim(),
          requiresDocPrint: v.requiresDocPrint,
          emails,
        },
        { onSuccess, onError },
      );
    }
  };

  return (
    <Modal
      open
      title={
        carrier ? t('admin.carriers.editTitle', { code: carrier.code }) : t('admin.carriers.createTitle')
      }
      okText={t(carrier ? 'admin.save' : 'admin.carriers.create')}
      okButtonProps={{ 'data-testid': 'carrier-form-ok' }}
      cancelText={t('admin.cancel')}
      confirmLoading={write.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={carrier ?? { requiresDocPrint: true, emails: [] }}
      >
        <Form.Item
          name="code"
          label={t('admin.carriers.code')}
          extra={carrier ? t('admin.carriers.codeFixed') : undefined}
          rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
        >
          <Input maxLength={20} disabled={Boolean(carrier)} data-testid="carrier-code" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('admin.carriers.name')}
          rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
        >
          <Input maxLength={200} data-testid="carrier-name" />
        </Form.Item>
        <Form.Item
          name="requiresDocPrint"
          label={t('admin.carriers.requiresDocPrint')}
          extra={t('admin.carriers.requiresDocPrintHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
        <Form.Item name="emails" label={t('admin.carriers.emails')} extra={t('admin.carriers.emailsHelp')}>
          <Select mode="tags" tokenSeparators={[',', ';', ' ']} open={false} suffixIcon={null} />
        </Form.Item>
      </Form>
      {write.isError && (
        <Alert type="error" showIcon title={problemText(write.error, t)} data-testid="carrier-form-problem" />
      )}
    </Modal>
  );
}
