import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App as AntApp,
  Button,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
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
  useCreateFloor,
  useDeleteFloor,
  useFloorPrices,
  useUpdateFloor,
  type FloorPrice,
} from './floor-queries';
import '../approvals/approvals.css';

const FILTERS = ['pol'] as const;
const TYPES = ['22G1', '42G1', '45G1', 'L5G1', '22R1', '45R1', '22U1', '42U1', '22P1', '42P1', '22T1'];

interface Values {
  pol: string;
  pod: string;
  containerType: string;
  amount: string;
  currency: CurrencyCode;
}

/** The form's field for each field the service names in a refusal. */
const FIELD_OF: Record<string, keyof Values> = {
  pol: 'pol',
  pod: 'pod',
  containerType: 'containerType',
  price: 'amount',
  'price.amount': 'amount',
  'price.currency': 'currency',
};

/**
 * Add a floor (lane, container type, price) or change one's price (against the version shown, If-Match).
 * The lane, type and currency are what a floor is: to change them, delete it and add another.
 */
function FloorFormModal({ floor, onClose }: { floor?: FloorPrice; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateFloor();
  const update = useUpdateFloor();
  const write = floor ? update : create;
  const currency = Form.useWatch('currency', form);

  const submit = async () => {
    let v: Values;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    const price = { amount: v.amount.trim(), currency: v.currency };
    const onSuccess = () => {
      void message.success(t(floor ? 'admin.floors.saved' : 'admin.floors.created'));
      onClose();
    };
    const onError = (error: unknown) => {
      const fields = isApiError(error) ? (error.details?.fields ?? []) : [];
      form.setFields(
        fields.flatMap((f) => (FIELD_OF[f.field] ? [{ name: FIELD_OF[f.field]!, errors: [f.message] }] : [])),
      );
    };
    if (floor) update.mutate({ floor, price }, { onSuccess, onError });
    else
      create.mutate(
        {
          pol: v.pol.trim().toUpperCase(),
          pod: v.pod.trim().toUpperCase(),
          containerType: v.containerType,
          price,
        },
        { onSuccess, onError },
      );
  };

  const amountRule = {
    validator: (_rule: unknown, value: string | undefined) => {
      if (!value?.trim()) return Promise.reject(new Error(t('admin.required')));
      const c: CurrencyCode = isCurrency(currency) ? currency : 'USD';
      const checked = checkAmount(value, c);
      return checked.ok
        ? Promise.resolve()
        : Promise.reject(new Error(t('admin.floors.amountDigits', { currency: c, digits: checked.digits })));
    },
  };

  return (
    <Modal
      open
      title={floor ? t('admin.floors.editTitle') : t('admin.floors.createTitle')}
      okText={t(floor ? 'admin.save' : 'admin.floors.create')}
      okButtonProps={{ 'data-testid': 'floor-form-ok' }}
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
          floor
            ? {
                pol: floor.pol,
                pod: floor.pod,
                containerType: floor.containerType,
                amount: floor.price.amount,
                currency: floor.price.currency,
              }
            : { pod: '*', containerType: '45G1', currency: 'USD' }
        }
      >
        <Space size="middle" align="start" wrap>
          <Form.Item
            name="pol"
            label={t('admin.floors.pol')}
            rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
          >
            <Input maxLength={5} disabled={Boolean(floor)} placeholder="CNYTN" data-testid="floor-pol" />
          </Form.Item>
          <Form.Item
            name="pod"
            label={t('admin.floors.pod')}
            extra={t('admin.floors.podHelp')}
            rules={[{ required: true, whitespace: true, message: t('admin.required') }]}
          >
            <Input maxLength={5} disabled={Boolean(floor)} placeholder="USLAX" data-testid="floor-pod" />
          </Form.Item>
          <Form.Item name="containerType" label={t('admin.floors.type')}>
            <Select
              disabled={Boolean(floor)}
              style={{ minWidth: 120 }}
              options={TYPES.map((code) => ({ value: code, label: containerLabel(code) }))}
            />
          </Form.Item>
        </Space>
        <Form.Item
          label={t('admin.floors.price')}
          htmlFor="floor-amount"
          required
          extra={t('admin.floors.priceHelp')}
        >
          <Space.Compact>
            <Form.Item name="amount" noStyle rules={[amountRule]}>
              <Input id="floor-amount" inputMode="decimal" autoComplete="off" data-testid="floor-amount" />
            </Form.Item>
            <Form.Item name="currency" noStyle>
              <Select
                aria-label={t('admin.floors.currency')}
                disabled={Boolean(floor)}
                style={{ width: 100 }}
                options={CURRENCIES.map((c) => ({ value: c, label: c }))}
              />
            </Form.Item>
          </Space.Compact>
        </Form.Item>
      </Form>
      {write.isError && (
        <Alert type="error" showIcon title={problemText(write.error, t)} data-testid="floor-form-problem" />
      )}
    </Modal>
  );
}

/**
 * Floor prices (`/admin/floor-prices`, managers and admins; docs/domain.md "Floor prices"): the lowest rate per
 * lane and container type a booking is confirmed at without a manager's approval. Filtered by POL (in the URL),
 * paged; add, change the price, delete. Other staff may read the list but not change it.
 */
export function FloorPricesPage() {
  const t = useT();
  const me = useMe().data;
  const edits = Boolean(me?.permissions.includes('POST /api/v1/floor-prices'));
  const { filters, cursor, setFilters, setCursor } = useListParams(FILTERS);
  const pol = filters.pol ?? '';
  const page = useFloorPrices(pol, cursor);
  const remove = useDeleteFloor();
  const { message } = AntApp.useApp();
  const [editing, setEditing] = useState<FloorPrice | 'new' | null>(null);

  const lane = (f: FloorPrice) => `${f.pol} → ${f.pod === '*' ? t('admin.floors.anyPod') : f.pod}`;
  const columns: TableColumnsType<FloorPrice> = [
    { key: 'lane', title: t('admin.floors.lane'), render: (_, f) => <span className="mono">{lane(f)}</span> },
    { key: 'type', title: t('admin.floors.type'), render: (_, f) => containerLabel(f.containerType) },
    {
      key: 'price',
      title: t('admin.floors.price'),
      align: 'right',
      render: (_, f) => <span className="money">{formatMoney(f.price)}</span>,
    },
    { key: 'updated', title: t('admin.floors.updatedAt'), render: (_, f) => showTime(f.updatedAt) },
    ...(edits
      ? [
          {
            key: 'actions',
            title: t('admin.actions'),
            render: (_: unknown, f: FloorPrice) => (
              <Flex gap={8}>
                <Button
                  size="small"
                  icon={<EditOutlined aria-hidden />}
                  onClick={() => setEditing(f)}
                  aria-label={t('admin.floors.editOf', {
                    lane: lane(f),
                    type: containerLabel(f.containerType),
                  })}
                />
                <Popconfirm
                  title={t('admin.floors.deleteConfirm')}
                  okText={t('admin.floors.delete')}
                  cancelText={t('admin.cancel')}
                  onConfirm={() =>
                    remove.mutate(f, {
                      onSuccess: () => void message.success(t('admin.floors.deleted')),
                      onError: (error) => void message.error(problemText(error, t)),
                    })
                  }
                >
                  <Button
                    size="small"
                    danger
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('admin.floors.deleteOf', {
                      lane: lane(f),
                      type: containerLabel(f.containerType),
                    })}
                  />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <div className="floor-prices-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('nav.floorPrices')}
        </Typography.Title>
        {edits && (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="floor-create">
            {t('admin.floors.create')}
          </Button>
        )}
      </Flex>
      <Typography.Paragraph type="secondary">{t('admin.floors.intro')}</Typography.Paragraph>
      <Flex className="admin-toolbar" gap={12}>
        <Input.Search
          allowClear
          aria-label={t('admin.floors.search')}
          placeholder={t('admin.floors.search')}
          defaultValue={pol}
          onSearch={(value) => setFilters({ pol: value.trim().toUpperCase() || undefined })}
          style={{ maxWidth: 320 }}
        />
      </Flex>
      {page.isError ? (
        <ErrorPanel error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <>
          <Table<FloorPrice>
            rowKey="id"
            size="middle"
            loading={page.isPending}
            columns={columns}
            dataSource={page.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('admin.floors.empty') }}
            data-testid="floors-table"
          />
          <CursorPager cursor={cursor} nextCursor={page.data?.nextCursor} onMove={setCursor} />
        </>
      )}
      {editing && (
        <FloorFormModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          floor={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
