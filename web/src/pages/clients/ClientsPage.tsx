import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Input, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useListParams } from '../../lists/url-params';
import { formatMoney } from '../../money/money';
import { ClientForm } from './ClientForm';
import { CLIENT_FILTERS, editsClients, useClients, type Client } from './queries';
import './clients.css';

/**
 * Clients (`/clients`): the ones the caller may see (GET /clients is scoped by the service: a salesperson's
 * own, a manager's team's, everyone's for accounts and admins), searched by code or name, filtered by grade
 * and payment terms, all kept in the URL; a page at a time with the API's cursors. A new client from here.
 */
export function ClientsPage() {
  const t = useT();
  const navigate = useNavigate();
  const me = useMe().data;
  const { filters, cursor, setFilters, setCursor } = useListParams(CLIENT_FILTERS);
  const list = useClients(filters, cursor);
  const [creating, setCreating] = useState(false);
  const [search, setSearch] = useState(filters.q ?? '');

  return (
    <div className="clients-page">
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Title level={1} className="page-title">
          {me?.role === 'sales' ? t('clients.titleMine') : t('clients.title')}
        </Typography.Title>
        {editsClients(me) && (
          <Button
            type="primary"
            icon={<PlusOutlined aria-hidden />}
            onClick={() => setCreating(true)}
            data-testid="client-new"
          >
            {t('clients.new')}
          </Button>
        )}
      </Flex>
      <Form layout="vertical" component="div" className="list-filters">
        <Flex wrap gap="middle" align="end">
          <Form.Item label={t('clients.search')} htmlFor="clients-search">
            <Input.Search
              id="clients-search"
              allowClear
              value={search}
              placeholder={t('clients.searchPlaceholder')}
              enterButton={t('clients.searchButton')}
              onChange={(e) => {
                setSearch(e.target.value);
                if (!e.target.value) setFilters({ q: undefined });
              }}
              onSearch={(value) => setFilters({ q: value.trim() || undefined })}
              className="clients-search"
            />
          </Form.Item>
          <Form.Item label={t('clients.field.grade')} htmlFor="clients-grade">
            <Select
              id="clients-grade"
              className="clients-filter"
              value={filters.grade ?? ''}
              onChange={(grade: string) => setFilters({ grade })}
              options={[
                { value: '', label: t('clients.allGrades') },
                ...(['a', 'b', 'c'] as const).map((g) => ({ value: g, label: t(`clients.grade.${g}`) })),
              ]}
            />
          </Form.Item>
          <Form.Item label={t('clients.field.paymentTerms')} htmlFor="clients-terms">
            <Select
              id="clients-terms"
              className="clients-filter"
              value={filters.paymentTerms ?? ''}
              onChange={(paymentTerms: string) => setFilters({ paymentTerms })}
              options={[
                { value: '', label: t('clients.allTerms') },
                ...(['prepaid', 'collect', 'monthly'] as const).map((p) => ({
                  value: p,
                  label: t(`clients.terms.${p}`),
                })),
              ]}
            />
          </Form.Item>
        </Flex>
      </Form>
      {list.isError ? (
        <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <Table<Client>
            rowKey="id"
            size="middle"
            loading={list.isFetching}
            dataSource={list.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: t('clients.none') }}
            data-testid="clients-table"
            onRow={(c) => ({ 'data-testid': `client-row-${c.code}` }) as object}
            columns={[
              {
                key: 'code',
                title: t('clients.field.code'),
                render: (_, c) => (
                  <Link to={`/clients/${c.id}`} className="mono">
                    {c.code}
                  </Link>
                ),
              },
              {
                key: 'name',
                title: t('clients.field.name'),
                render: (_, c) => (
                  <div>
                    <div>{c.name}</div>
                    {c.nameLocal && <Typography.Text type="secondary">{c.nameLocal}</Typography.Text>}
                  </div>
                ),
              },
              {
                key: 'grade',
                title: t('clients.field.grade'),
                render: (_, c) => (
                  <Tag className={`grade grade-${c.grade}`}>{t(`clients.grade.${c.grade}`)}</Tag>
                ),
              },
              {
                key: 'terms',
                title: t('clients.field.paymentTerms'),
                render: (_, c) => t(`clients.terms.${c.paymentTerms}`),
              },
              {
                key: 'limit',
                title: t('clients.field.creditLimit'),
                align: 'right',
                render: (_, c) =>
                  c.creditLimit ? <span className="money">{formatMoney(c.creditLimit)}</span> : '—',
              },
              {
                key: 'days',
                title: t('clients.field.creditDays'),
                align: 'right',
                render: (_, c) => (c.creditDays === null ? '—' : t('clients.days', { days: c.creditDays })),
              },
              {
                key: 'emails',
                title: t('clients.field.emails'),
                render: (_, c) => <span className="clients-emails">{c.emails.join(', ')}</span>,
              },
            ]}
          />
          <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onMove={setCursor} />
        </>
      )}
      <ClientForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(client) => {
          setCreating(false);
          void navigate(`/clients/${client.id}`);
        }}
      />
    </div>
  );
}
