import { Button, Flex, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useT, type Translate } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useListParams } from '../../lists/url-params';
import { showTime } from '../shipment/time';
import { useAudit, type AuditRecord } from './queries';
import '../approvals/approvals.css';

const FILTERS = ['entityType', 'entityId', 'action'] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;

/** The kinds of record and the actions the service writes into the log (each feature's audit.record calls). */
const KINDS = ['client', 'carrier', 'user', 'approval'] as const;
const ACTIONS = [
  'created',
  'updated',
  'language_changed',
  'fx_terms_changed',
  'requested',
  'approved',
  'rejected',
] as const;
const KIND_WORDS: Record<(typeof KINDS)[number], MessageKey> = {
  client: 'admin.audit.kind.client',
  carrier: 'admin.audit.kind.carrier',
  user: 'admin.audit.kind.user',
  approval: 'admin.audit.kind.approval',
};
const ACTION_WORDS: Record<(typeof ACTIONS)[number], MessageKey> = {
  created: 'admin.audit.did.created',
  updated: 'admin.audit.did.updated',
  language_changed: 'admin.audit.did.language_changed',
  fx_terms_changed: 'admin.audit.did.fx_terms_changed',
  requested: 'admin.audit.did.requested',
  approved: 'admin.audit.did.approved',
  rejected: 'admin.audit.did.rejected',
};
/** Known codes in the reader's words; a code the console does not know yet as the service wrote it. */
const kindText = (kind: string, t: Translate) =>
  kind in KIND_WORDS ? t(KIND_WORDS[kind as keyof typeof KIND_WORDS]) : kind;
const actionText = (action: string, t: Translate) =>
  action in ACTION_WORDS ? t(ACTION_WORDS[action as keyof typeof ACTION_WORDS]) : action;

/** A change for reading: `field: from → to` per field, or the new record's fields. */
function changesText(changes: Record<string, unknown>): string {
  return Object.entries(changes)
    .map(([field, value]) => {
      if (value && typeof value === 'object' && 'from' in value && 'to' in value) {
        const { from, to } = value;
        return `${field}: ${JSON.stringify(from)} → ${JSON.stringify(to)}`;
      }
      return `${field}: ${JSON.stringify(value)}`;
    })
    .join('\n');
}

/**
 * The audit log (`/admin/audit`): who changed which master record (clients, carriers, users, approvals) when,
 * and what, newest first; filtered by record kind, record id and action, the filters in the URL, paged.
 */
export function AuditPage() {
  const t = useT();
  const { filters, cursor, setFilters, setCursor } = useListParams(FILTERS);
  const audit = useAudit({ ...filters, cursor });
  const [form] = Form.useForm<Filters>();

  const columns: TableColumnsType<AuditRecord> = [
    { key: 'at', title: t('admin.audit.at'), render: (_, r) => showTime(r.at), width: 150 },
    {
      key: 'actor',
      title: t('admin.audit.actor'),
      render: (_, r) => r.actor?.name ?? t('admin.audit.system'),
    },
    { key: 'entity', title: t('admin.audit.entityType'), render: (_, r) => kindText(r.entityType, t) },
    {
      key: 'entityId',
      title: t('admin.audit.entityId'),
      render: (_, r) => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            form.setFieldsValue({ entityType: r.entityType, entityId: r.entityId });
            setFilters({ entityType: r.entityType, entityId: r.entityId });
          }}
          aria-label={t('admin.audit.historyOf', { id: r.entityId })}
        >
          {r.entityId.slice(0, 8)}
        </Button>
      ),
    },
    { key: 'action', title: t('admin.audit.action'), render: (_, r) => actionText(r.action, t) },
    {
      key: 'changes',
      title: t('admin.audit.changes'),
      render: (_, r) => <pre className="audit-changes">{changesText(r.changes)}</pre>,
    },
  ];

  return (
    <div className="audit-page">
      <Typography.Title level={1} className="page-title">
        {t('nav.audit')}
      </Typography.Title>
      <Form<Filters>
        form={form}
        layout="inline"
        className="admin-toolbar"
        initialValues={filters}
        onFinish={(v) =>
          setFilters({
            entityType: v.entityType?.trim(),
            entityId: v.entityId?.trim(),
            action: v.action?.trim(),
          })
        }
      >
        <Form.Item name="entityType" label={t('admin.audit.entityType')}>
          <Select
            allowClear
            placeholder={t('admin.audit.any')}
            style={{ width: 160 }}
            options={KINDS.map((k) => ({ value: k, label: kindText(k, t) }))}
          />
        </Form.Item>
        <Form.Item name="entityId" label={t('admin.audit.entityId')}>
          <Input allowClear style={{ width: 300 }} />
        </Form.Item>
        <Form.Item name="action" label={t('admin.audit.action')}>
          <Select
            allowClear
            placeholder={t('admin.audit.any')}
            style={{ width: 180 }}
            options={ACTIONS.map((a) => ({ value: a, label: actionText(a, t) }))}
          />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit">
            {t('admin.audit.filter')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              form.setFieldsValue({ entityType: undefined, entityId: undefined, action: undefined });
              setFilters({ entityType: undefined, entityId: undefined, action: undefined });
            }}
          >
            {t('admin.audit.clear')}
          </Button>
        </Flex>
      </Form>
      {audit.isError ? (
        <ErrorPanel error={audit.error} onRetry={() => void audit.refetch()} />
      ) : (
        <>
          <Table<AuditRecord>
            rowKey="id"
            size="middle"
            loading={audit.isPending}
            columns={columns}
            dataSource={audit.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('admin.audit.empty') }}
            data-testid="audit-table"
          />
          <CursorPager cursor={cursor} nextCursor={audit.data?.nextCursor} onMove={setCursor} />
        </>
      )}
    </div>
  );
}
