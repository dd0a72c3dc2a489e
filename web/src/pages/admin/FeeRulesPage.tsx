import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
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
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useListParams } from '../../lists/url-params';
import { checkAmount, CURRENCIES, formatMoney, isCurrency, type CurrencyCode } from '../../money/money';
import { containerLabel } from '../approvals/ApprovalContext';
import { problemText } from '../approvals/problem';
import { showTime } from '../shipment/time';
import {
  FEE_KINDS,
  useCarrierNames,
  useCreateFeeRule,
  useDeleteFeeRule,
  useFeeRules,
  useUpdateFeeRule,
  type FeeKind,
  type FeeRule,
} from './fee-rules-queries';
import '../approvals/approvals.css';

const FILTERS = ['kind'] as const;
const TYPES = ['22G1', '42G1', '45G1', 'L5G1', '22R1', '45R1', '22U1', '42U1', '22P1', '42P1', '22T1'];
/** "Any" in a select: antd's Select cannot hold null as a value. */
const ANY = '';

interface Values {
  kind: FeeKind;
  carrierId: string;
  terminal: string;
  containerType: string;
  amount: string;
  currency: CurrencyCode;
  rebillable: boolean;
}

/** The form's field for each field the service names in a refusal. */
const FIELD_OF: Record<string, keyof Values> = {
  kind: 'kind',
  carrierId: 'carrierId',
  terminal: 'terminal',
  containerType: 'containerType',
  amount: 'amount',
  'amount.amount': 'amount',
  'amount.currency': 'currency',
  rebillable: 'rebillable',
};

/**
 * Add a fee rule (kind, carrier, terminal, type, amount per container) or change one's amount and whether it
 * is re-billed (against the version shown, If-Match). The kind, carrier, terminal and type are what a rule
 * is: to change them, delete it and add another.
 */
function FeeRuleFormModal({ rule, onClose }: { rule?: FeeRule; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const carriers = useCarrierNames();
  const create = useCreateFeeRule();
  const update = useUpdateFeeRule();
  const write = rule ? update : create;
  const currency = Form.useWatch('currency', form);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const amount = { amount: v.amount.trim(), currency: v.currency };
    const onSuccess = () => {
      void message.success(t(rule ? 'fees.rules.saved' : 'fees.rules.created'));
      onClose();
    };
    const onError = (error: unknown) => {
      const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
      form.setFields(
        fields.flatMap((f) => (FIELD_OF[f.field] ? [{ name: FIELD_OF[f.field]!, errors: [f.message] }] : [])),
      );
    };
    if (rule) update.mutate({ rule, body: { amount, rebillable: v.rebillable } }, { onSuccess, onError });
    else
      create.mutate(
        {
          kind: v.kind,
          carrierId: v.carrierId || null,
          terminal: v.terminal.trim() || null,
          containerType: v.containerType || null,
          amount,
          rebillable: v.rebillable,
        },
        { onSuccess, onError },
      );
  };

  const amountRule = {
    validator: (_rule: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.reject(new Error(t('fees.required')));
      const c: CurrencyCode = isCurrency(currency) ? currency : 'CNY';
      const checked = checkAmount(value, c);
      return checked.ok
        ? Promise.resolve()
        : Promise.reject(new Error(t('fees.amountDigits', { currency: c, digits: checked.digits })));
    },
  };

  return (
    <Modal
      open
      title={rule ? t('fees.rules.editTitle') : t('fees.rules.createTitle')}
      okText={t(rule ? 'fees.save' : 'fees.rules.create')}
      okButtonProps={{ 'data-testid': 'fee-rule-form-ok' }}
      cancelText={t('fees.cancel')}
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
                kind: rule.kind,
                carrierId: rule.carrierId ?? ANY,
                terminal: rule.terminal ?? '',
                containerType: rule.containerType ?? ANY,
                amount: rule.amount.amount,
                currency: rule.amount.currency,
                rebillable: rule.rebillable,
              }
            : {
                kind: 'doc_print',
                carrierId: ANY,
                terminal: '',
                containerType: ANY,
                currency: 'CNY',
                rebillable: true,
              }
        }
      >
        <Space size="middle" align="start" wrap>
          <Form.Item name="kind" label={t('fees.rules.kind')}>
            <Select
              disabled={Boolean(rule)}
              style={{ minWidth: 160 }}
              options={FEE_KINDS.map((k) => ({ value: k, label: t(`fees.kind.${k}`) }))}
              data-testid="fee-rule-kind"
            />
          </Form.Item>
          <Form.Item name="carrierId" label={t('fees.rules.carrier')}>
            <Select
              disabled={Boolean(rule)}
              style={{ minWidth: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              loading={carriers.isPending}
              options={[
                { value: ANY, label: t('fees.any') },
                ...(carriers.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` })),
              ]}
              data-testid="fee-rule-carrier"
            />
          </Form.Item>
        </Space>
        <Space size="middle" align="start" wrap>
          <Form.Item name="terminal" label={t('fees.rules.terminal')} extra={t('fees.rules.terminalHelp')}>
            <Input
              maxLength={100}
              disabled={Boolean(rule)}
              placeholder="YICT"
              data-testid="fee-rule-terminal"
            />
          </Form.Item>
          <Form.Item name="containerType" label={t('fees.rules.type')}>
            <Select
              disabled={Boolean(rule)}
              style={{ minWidth: 120 }}
              options={[
                { value: ANY, label: t('fees.any') },
                ...TYPES.map((code) => ({ value: code, label: containerLabel(code) })),
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('fees.rules.amount')}
          htmlFor="fee-rule-amount"
          required
          extra={t('fees.rules.amountHelp')}
        >
          <Space.Compact>
            <Form.Item name="amount" noStyle rules={[amountRule]}>
              <Input
                id="fee-rule-amount"
                inputMode="decimal"
                autoComplete="off"
                data-testid="fee-rule-amount"
              />
            </Form.Item>
            <Form.Item name="currency" noStyle>
              <Select
                aria-label={t('fees.rules.currency')}
                style={{ width: 100 }}
                options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
        <Form.Item name="rebillable" valuePropName="checked">
          <Checkbox data-testid="fee-rule-rebillable">{t('fees.rules.rebillable')}</Checkbox>
        </Form.Item>
      </Form>
      {write.isError && (
        <Alert
          type="error"
          showIcon
          title={problemText(write.error, t)}
          data-testid="fee-rule-form-problem"
        />
      )}
    </Modal>
  );
}

/**
 * Fee rules (`/admin/fee-rules`; docs/domain.md "Fees by carrier and terminal"): the fees the stages record
 * on a shipment, per container, by carrier, terminal and type. Filtered by kind (in the URL); managers and
 * admins add, change and delete; other staff read.
 */
export function FeeRulesPage() {
  const t = useT();
  const me = useMe().data;
  const edits = Boolean(me?.permissions.includes('POST /api/v1/fee-rules'));
  const { filters, cursor, setFilters, setCursor } = useListParams(FILTERS);
  const kind = FEE_KINDS.find((k) => k === filters.kind);
  const page = useFeeRules(kind, cursor);
  const carriers = useCarrierNames();
  const remove = useDeleteFeeRule();
  const { message } = AntApp.useApp();
  const [editing, setEditing] = useState<FeeRule | 'new' | null>(null);

  const carrierName = (id: string | null) => {
    if (!id) return <Typography.Text type="secondary">{t('fees.any')}</Typography.Text>;
    const c = carriers.data?.find((x) => x.id === id);
    return c ? `${c.code} ${c.name}` : id.slice(0, 8);
  };
  const anyOr = (value: string | null, show: (v: string) => string = (v) => v) =>
    value ? show(value) : <Typography.Text type="secondary">{t('fees.any')}</Typography.Text>;
  const columns: TableColumnsType<FeeRule> = [
    { key: 'kind', title: t('fees.rules.kind'), render: (_, r) => t(`fees.kind.${r.kind}`) },
    { key: 'carrier', title: t('fees.rules.carrier'), render: (_, r) => carrierName(r.carrierId) },
    { key: 'terminal', title: t('fees.rules.terminal'), render: (_, r) => anyOr(r.terminal) },
    { key: 'type', title: t('fees.rules.type'), render: (_, r) => anyOr(r.containerType, containerLabel) },
    {
      key: 'amount',
      title: t('fees.rules.amount'),
      align: 'right',
      render: (_, r) =>
        Number(r.amount.amount) === 0 ? (
          <Tag>{t('fees.rules.none')}</Tag>
        ) : (
          <span className="money">{formatMoney(r.amount)}</span>
        ),
    },
    {
      key: 'rebillable',
      title: t('fees.rules.rebillable'),
      render: (_, r) => (r.rebillable ? t('fees.yes') : t('fees.no')),
    },
    { key: 'updated', title: t('fees.rules.updatedAt'), render: (_, r) => showTime(r.updatedAt) },
    ...(edits
      ? [
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_: unknown, r: FeeRule) => (
              <Flex gap={8}>
                <Button
                  size="small"
                  icon={<EditOutlined aria-hidden />}
                  onClick={() => setEditing(r)}
                  aria-label={t('fees.rules.editOf', { kind: t(`fees.kind.${r.kind}`) })}
                />
                <Popconfirm
                  title={t('fees.rules.deleteConfirm')}
                  okText={t('fees.rules.delete')}
                  cancelText={t('fees.cancel')}
                  onConfirm={() =>
                    remove.mutate(r, {
                      onSuccess: () => void message.success(t('fees.rules.deleted')),
                      onError: (error) => void message.error(problemText(error, t)),
                    })
                  }
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('fees.rules.deleteOf', { kind: t(`fees.kind.${r.kind}`) })}
                  />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="fee-rules-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('nav.feeRules')}
        </Typography.Title>
        {edits && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="fee-rule-create">
            {t('fees.rules.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{t('fees.rules.intro')}</Typography.Paragraph>
      <Flex className="admin-toolbar" gap={12}>
        <Select
          allowClear
          aria-label={t('fees.rules.filterKind')}
          placeholder={t('fees.rules.filterKind')}
          value={kind}
          onChange={(value?: FeeKind) => setFilters({ kind: value })}
          style={{ minWidth: 200 }}
          options={FEE_KINDS.map((k) => ({ value: k, label: t(`fees.kind.${k}`) }))}
        />
      </Flex>
      {page.isError ? (
        <ErrorPanel error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <>
          <Table<FeeRule>
            rowKey="id"
            size="middle"
            loading={page.isPending}
            columns={columns}
            dataSource={page.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('fees.rules.empty') }}
            data-testid="fee-rules-table"
          />
          <CursorPager cursor={cursor} nextCursor={page.data?.nextCursor} onMove={setCursor} />
        </>
      )}
      {editing && (
        <FeeRuleFormModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          rule={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
