import { Button, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useListParams } from '../../lists/url-params';
import { showTime } from '../shipment/time';
import { CarrierFormModal } from './CarrierFormModal';
import { useCarriersPage, type Carrier } from './queries';
import '../approvals/approvals.css';

const FILTERS = ['q'] as const;

/**
 * Carriers (`/admin/carriers`): their codes, names and rules (document printing before pickup, the addresses
 * e-mails go to), searched by code or name (in the URL), paged; create and edit.
 */
export function CarriersPage() {
  const t = useT();
  const { filters, cursor, setFilters, setCursor } = useListParams(FILTERS);
  const q = filters.q ?? '';
  const page = useCarriersPage(q, cursor);
  const [editing, setEditing] = useState<Carrier | 'new' | null>(null);

  const columns: TableColumnsType<Carrier> = [
    { key: 'code', title: t('admin.carriers.code'), dataIndex: 'code' },
    { key: 'name', title: t('admin.carriers.name'), dataIndex: 'name' },
    {
      key: 'docPrint',
      title: t('admin.carriers.requiresDocPrint'),
      render: (_, c) =>
        c.requiresDocPrint ? (
          <Tag className="state-tag state-pending">{t('admin.yes')}</Tag>
        ) : (
          <Tag>{t('admin.no')}</Tag>
        ),
    },
    {
      key: 'emails',
      title: t('admin.carriers.emails'),
      render: (_, c) => (c.emails.length ? c.emails.join(', ') : '—'),
    },
    { key: 'updated', title: t('admin.carriers.updatedAt'), render: (_, c) => showTime(c.updatedAt) },
    {
      key: 'actions',
      title: t('admin.actions'),
      render: (_, c) => (
        <Button
          size="small"
          onClick={() => setEditing(c)}
          aria-label={t('admin.carriers.editOf', { code: c.code })}
        >
          {t('admin.edit')}
        </Button>
      ),
    },
  ];

  return (
    <div className="carriers-page">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={1} className="page-title">
          {t('nav.carriers')}
        </Typography.Title>
        <Button type="primary" onClick={() => setEditing('new')} data-testid="carrier-create">
          {t('admin.carriers.create')}
        </Button>
      </Flex>
      <Flex className="admin-toolbar" gap={12}>
        <Input.Search
          allowClear
          aria-label={t('admin.carriers.search')}
          placeholder={t('admin.carriers.search')}
          defaultValue={q}
          onSearch={(value) => setFilters({ q: value.trim() })}
          style={{ maxWidth: 320 }}
        />
      </Flex>
      {page.isError ? (
        <ErrorPanel error={page.error} onRetry={() => void page.refetch()} />
      ) : (
        <>
          <Table<Carrier>
            rowKey="id"
            size="middle"
            loading={page.isPending}
            columns={columns}
            dataSource={page.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('admin.carriers.empty') }}
            data-testid="carriers-table"
          />
          <CursorPager cursor={cursor} nextCursor={page.data?.nextCursor} onMove={setCursor} />
        </>
      )}
      {editing && (
        <CarrierFormModal
          key={editing === 'new' ? 'new' : `${editing.id}-${editing.version}`}
          carrier={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </div>
  );
}
