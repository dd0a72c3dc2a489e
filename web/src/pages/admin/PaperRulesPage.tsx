import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Flex,
  Form,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { isApiError } from '../../api/errors';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { useListParams } from '../../lists/url-params';
import { useShipmentLabels } from '../../shipments/labels';
import { problemText } from '../approvals/problem';
import { PartySelect } from '../board/PartySelect';
import { kindLabel } from '../shipment/papers/kinds';
import { useAttachmentKinds } from '../shipment/papers/queries';
import { showTime } from '../shipment/time';
import { useCarrierNames } from './fee-rules-queries';
import {
  GATED_ACTIONS,
  PAPER_SEVERITIES,
  useClientNames,
  useCreatePaperRule,
  useDeletePaperRule,
  usePaperRules,
  useUpdatePaperRule,
  type GatedAction,
  type PaperRule,
  type PaperSeverity,
} from './paper-rules-queries';
import '../approvals/approvals.css';

const FILTERS = ['action'] as const;
/** "Any" in a select: antd's Select cannot hold null as a value. */
const ANY = '';
// antd's gold tag is below the contrast axe asks for: warnings are blue.
const SEVERITY_COLOR: Record<PaperSeverity, string> = { blocking: 'red', warning: 'blue', waived: 'default' };

interface Values {
  action: GatedAction;
  kind: string;
  severity: PaperSeverity;
  carrierId: string;
  clientId?: string;
}

/** The form's field for each field the service names in a refusal. */
const FIELD_OF: Record<string, keyof Values> = {
  action: 'action',
  kind: 'kind',
  severity: 'severity',
  carrierId: 'carrierId',
  clientId: 'clientId',
};

const severityKey = (s: PaperSeverity) => `paperRules.severity.${s}` as MessageKey;

/**
 * Add a paper rule (step, paper, rule, and optionally a carrier and/or a client) or change one's severity
 * (against the version shown, If-Match). The step, paper and scope are what a rule is: to change them, delete
 * it and add another.
 */
function PaperRuleFormModal({ rule, onClose }: { rule?: PaperRule; onClose: () => void }) {
  const { t, language } = useI18n();
  const labels = useShipmentLabels();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const kinds = useAttachmentKinds();
  const carriers = useCarrierNames();
  const create = useCreatePaperRule();
  const update = useUpdatePaperRule();
  const write = rule ? update : create;

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const onSuccess = () => {
      void message.success(t(rule ? 'paperRules.saved' : 'paperRules.created'));
      onClose();
    };
    const onError = (error: unknown) => {
      const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
      form.setFields(
        fields.flatMap((f) => (FIELD_OF[f.field] ? [{ name: FIELD_OF[f.field]!, errors: [f.message] }] : [])),
      );
    };
    if (rule) update.mutate({ rule, severity: v.severity }, { onSuccess, onError });
    else
      create.mutate(
        {
          action: v.action,
          kind: v.kind,
          severity: v.severity,
          ...(v.carrierId ? { carrierId: v.carrierId } : {}),
          ...(v.clientId ? { clientId: v.clientId } : {}),
        },
        { onSuccess, onError },
      );
  };

  return (
    <Modal
      open
      title={rule ? t('paperRules.editTitle') : t('paperRules.createTitle')}
      okText={t(rule ? 'paperRules.save' : 'paperRules.create')}
      okButtonProps={{ 'data-testid': 'paper-rule-form-ok' }}
      cancelText={t('paperRules.cancel')}
      confirmLoading={write.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          rule
            ? {
                action: rule.action,
                kind: rule.kind,
                severity: rule.severity,
                carrierId: rule.carrierId ?? ANY,
                clientId: rule.clientId ?? undefined,
              }
            : { severity: 'blocking', carrierId: ANY }
        }
      >
        <Space size="middle" align="start" wrap>
          <Form.Item
            name="action"
            label={t('paperRules.action')}
            rules={[{ required: true, message: t('paperRules.required') }]}
          >
            <Select
              disabled={Boolean(rule)}
              style={{ minWidth: 180 }}
              options={GATED_ACTIONS.map((a) => ({ value: a, label: labels.action(a) }))}
              data-testid="paper-rule-action"
            />
          </Form.Item>
          <Form.Item
            name="kind"
            label={t('paperRules.kind')}
            rules={[{ required: true, message: t('paperRules.required') }]}
          >
            <Select
              disabled={Boolean(rule)}
              style={{ minWidth: 200 }}
              loading={kinds.isPending}
              options={(kinds.data ?? []).map((k) => ({
                value: k.code,
                label: kindLabel(t, k.code, kinds.data, language),
              }))}
              data-testid="paper-rule-kind"
            />
          </Form.Item>
        </Space>
        <Form.Item name="severity" label={t('paperRules.severity')}>
          <Radio.Group
            optionType="button"
            options={PAPER_SEVERITIES.map((s) => ({ value: s, label: t(severityKey(s)) }))}
            data-testid="paper-rule-severity"
          />
        </Form.Item>
        <Space size="middle" align="start" wrap>
          <Form.Item name="carrierId" label={t('paperRules.carrier')}>
            <Select
              disabled={Boolean(rule)}
              style={{ minWidth: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              loading={carriers.isPending}
              options={[
                { value: ANY, label: t('paperRules.any') },
                ...(carriers.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` })),
              ]}
              data-testid="paper-rule-carrier"
            />
          </Form.Item>
          <Form.Item name="clientId" label={t('paperRules.client')} htmlFor="paper-rule-client">
            {rule ? (
              <Select
                id="paper-rule-client"
                disabled
                style={{ width: 240 }}
                placeholder={t('paperRules.any')}
                options={rule.clientId ? [{ value: rule.clientId, label: rule.clientId.slice(0, 8) }] : []}
              />
            ) : (
              <PartySelect
                kind="clients"
                id="paper-rule-client"
                value={undefined}
                placeholder={t('paperRules.any')}
                onChange={() => undefined}
              />
            )}
          </Form.Item>
        </Space>
        <Typography.Paragraph type="secondary">{t('paperRules.scopeHelp')}</Typography.Paragraph>
      </Form>
      {write.isError && (
        <Alert
          type="error"
          showIcon
          title={problemText(write.error, t)}
          data-testid="paper-rule-form-problem"
        />
      )}
    </Modal>
  );
}

/**
 * Paper rules (`/admin/paper-rules`; docs/papers.md "The checklist"): which papers each step needs, blocking,
 * warning or waived, by default or for a carrier and/or a client. Filtered by step (in the URL); managers and
 * admins add, change and delete; other staff read.
 */
export function PaperRulesPage() {
  const { t, language } = useI18n();
  const labels = useShipmentLabels();
  const me = useMe().data;
  const edits = Boolean(me?.permissions.includes('POST /api/v1/paper-rules'));
  const { filters, setFilters } = useListParams(FILTERS);
  const action = GATED_ACTIONS.find((a) => a === filters.action);
  const rules = usePaperRules();
  const kinds = useAttachmentKinds();
  const carriers = useCarrierNames();
  const clients = useClientNames();
  const remove = useDeletePaperRule();
  const { message } = AntApp.useApp();
  const [editing, setEditing] = useState<PaperRule | 'new' | null>(null);

  const any = <Typography.Text type="secondary">{t('paperRules.any')}</Typography.Text>;
  const carrierName = (id: string | null) => {
    if (!id) return any;
    const c = carriers.data?.find((x) => x.id === id);
    return c ? `${c.code} ${c.name}` : id.slice(0, 8);
  };
  const clientName = (id: string | null) => {
    if (!id) return any;
    const c = clients.data?.find((x) => x.id === id);
    return c ? `${c.code} ${c.nameLocal ?? c.name}` : id.slice(0, 8);
  };
  const kindName = (code: string) => kindLabel(t, code, kinds.data, language);
  const order = (r: PaperRule) => GATED_ACTIONS.indexOf(r.action);
  const shown = (rules.data ?? [])
    .filter((r) => !action || r.action === action)
    .sort((a, b) => order(a) - order(b));

  const columns: TableColumnsType<PaperRule> = [
    { key: 'action', title: t('paperRules.action'), render: (_, r) => labels.action(r.action) },
    { key: 'kind', title: t('paperRules.kind'), render: (_, r) => kindName(r.kind) },
    {
      key: 'severity',
      title: t('paperRules.severity'),
      render: (_, r) => <Tag color={SEVERITY_COLOR[r.severity]}>{t(severityKey(r.severity))}</Tag>,
    },
    {
      key: 'scope',
      title: t('paperRules.scope'),
      render: (_, r) =>
        r.carrierId || r.clientId ? (
          <Tag color="purple">{t('paperRules.override')}</Tag>
        ) : (
          <Tag>{t('paperRules.default')}</Tag>
        ),
    },
    { key: 'carrier', title: t('paperRules.carrier'), render: (_, r) => carrierName(r.carrierId) },
    { key: 'client', title: t('paperRules.client'), render: (_, r) => clientName(r.clientId) },
    { key: 'updated', title: t('paperRules.updatedAt'), render: (_, r) => showTime(r.updatedAt) },
    ...(edits
      ? [
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_: unknown, r: PaperRule) => {
              const names = { action: labels.action(r.action), kind: kindName(r.kind) };
              return (
                <Flex gap={8}>
                  <Button
                    size="small"
                    icon={<EditOutlined aria-hidden />}
                    onClick={() => setEditing(r)}
                    aria-label={t('paperRules.editOf', names)}
                  />
                  <Popconfirm
                    title={t('paperRules.deleteConfirm')}
                    okText={t('paperRules.delete')}
                    cancelText={t('paperRules.cancel')}
                    onConfirm={() =>
                      remove.mutate(r, {
                        onSuccess: () => void message.success(t('paperRules.deleted')),
                        onError: (error) => void message.error(problemText(error, t)),
                      })
                    }
                  >
                    <Button
                      size="small"
                      danger
                      icon={<DeleteOutlined aria-hidden />}
                      aria-label={t('paperRules.deleteOf', names)}
                    />
                  </Popconfirm>
                </Flex>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <div className="paper-rules-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('nav.paperRules')}
        </Typography.Title>
        {edits && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="paper-rule-create">
            {t('paperRules.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{t('paperRules.intro')}</Typography.Paragraph>
      <Flex className="admin-toolbar" gap={12}>
        <Select
          allowClear
          aria-label={t('paperRules.filterAction')}
          placeholder={t('paperRules.filterAction')}
          value={action}
          onChange={(value?: GatedAction) => setFilters({ action: value })}
          style={{ minWidth: 200 }}
          options={GATED_ACTIONS.map((a) => ({ value: a, label: labels.action(a) }))}
        />
      </Flex>
      {rules.isError ? (
        <ErrorPanel error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Table<PaperRule>
          rowKey="id"
          size="middle"
          loading={rules.isPending}
          columns={columns}
          dataSource={shown}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('paperRules.empty') }}
          data-testid="paper-rules-table"
        />
      )}
      {editing && (
        <PaperRuleFormModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          rule={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
