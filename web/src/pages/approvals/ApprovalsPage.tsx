import { Button, Flex, Select, Space, Table, Tabs, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { CursorPager } from '../../lists/CursorPager';
import { useListParams } from '../../lists/url-params';
import { showTime } from '../shipment/time';
import { ApprovalContext } from './ApprovalContext';
import { CreditSummary } from './CreditSummary';
import { DecideModal } from './DecideModal';
import { APPROVAL_TYPES, useApprovals, useCreditPosition, type Approval, type ApprovalType } from './queries';
import './approvals.css';

const FILTERS = ['tab', 'type', 'state'] as const;

/** The client's credit position beside a pending approval (one query per client, shared by its rows). */
function RowCredit({ clientId }: { clientId: string | null }) {
  const credit = useCreditPosition(clientId);
  if (!clientId) return <Typography.Text type="secondary">—</Typography.Text>;
  return <CreditSummary credit={credit.data} loading={credit.isPending} compact />;
}

/**
 * The approvals inbox (`/approvals`, managers and admins): what waits for a decision, each with its context
 * (the shipment, the client and the client's credit position), approved or rejected with a note; and the
 * decided history. The tab and the filters are in the URL, pages by the API's cursors. The list is what the
 * service lets the caller see: a manager their team's clients' approvals.
 */
export function ApprovalsPage() {
  const t = useT();
  const me = useMe().data;
  const { filters, cursor, setFilters, setCursor } = useListParams(FILTERS);
  const tab = filters.tab === 'decided' ? 'decided' : 'pending';
  const type = APPROVAL_TYPES.find((x) => x === filters.type);
  const state = filters.state === 'approved' || filters.state === 'rejected' ? filters.state : undefined;
  const list = useApprovals({
    decided: tab === 'decided' ? 'true' : 'false',
    type,
    state: tab === 'decided' ? state : undefined,
    cursor,
  });
  const [deciding, setDeciding] = useState<{ approval: Approval; decision: 'approve' | 'reject' } | null>(
    null,
  );

  const columns: TableColumnsType<Approval> = [
    {
      key: 'what',
      title: t('admin.approvals.what'),
      render: (_, a) => (
        <Space orientation="vertical" size={2}>
          <Tag>{t(`admin.approvals.type.${a.type}`)}</Tag>
          {a.shipmentId && (
            <Link to={`/shipments/${a.shipmentId}`} data-testid="approval-shipment">
              {a.shipmentReference ?? a.shipmentId}
            </Link>
          )}
          <Typography.Text>{a.clientName ?? '—'}</Typography.Text>
        </Space>
      ),
    },
    {
      key: 'reason',
      title: t('admin.approvals.reason'),
      render: (_, a) => (
        <Space orientation="vertical" size={2}>
          <Typography.Text className="approval-reason">{a.reason}</Typography.Text>
          <ApprovalContext approval={a} />
          <Typography.Text type="secondary">
            {t('admin.approvals.askedBy', { name: a.requestedBy.name, at: showTime(a.createdAt) })}
          </Typography.Text>
        </Space>
      ),
    },
    ...(tab === 'pending'
      ? [
          {
            key: 'credit',
            title: t('admin.approvals.credit'),
            width: 280,
            render: (_: unknown, a: Approval) => <RowCredit clientId={a.clientId} />,
          },
          {
            key: 'decide',
            title: t('admin.approvals.decision'),
            width: 200,
            render: (_: unknown, a: Approval) =>
              a.requestedBy.id === me?.id ? (
                <Typography.Text type="secondary">{t('admin.approvals.ownRequest')}</Typography.Text>
              ) : (
                <Flex gap={8} wrap>
                  <Button
                    type="primary"
                    onClick={() => setDeciding({ approval: a, decision: 'approve' })}
                    data-testid="approve"
                  >
                    {t('admin.approvals.approve')}
                  </Button>
                  <Button
                    danger
                    onClick={() => setDeciding({ approval: a, decision: 'reject' })}
                    data-testid="reject"
                  >
                    {t('admin.approvals.reject')}
                  </Button>
                </Flex>
              ),
          },
        ]
      : [
          {
            key: 'decided',
            title: t('admin.approvals.decision'),
            render: (_: unknown, a: Approval) => (
              <Space orientation="vertical" size={2}>
                <Tag className={`state-tag state-${a.status}`}>{t(`admin.approvals.state.${a.status}`)}</Tag>
                <Typography.Text type="secondary">
                  {t('admin.approvals.decidedBy', {
                    name: a.decidedBy?.name ?? '—',
                    at: showTime(a.decidedAt),
                  })}
                </Typography.Text>
                {a.decisionNote && (
                  <Typography.Text className="approval-reason">{a.decisionNote}</Typography.Text>
                )}
              </Space>
            ),
          },
        ]),
  ];

  const body = list.isError ? (
    <ErrorPanel error={list.error} onRetry={() => void list.refetch()} />
  ) : (
    <>
      <Flex gap={12} wrap className="admin-toolbar" align="center">
        <Select<ApprovalType | undefined>
          allowClear
          aria-label={t('admin.approvals.typeFilter')}
          placeholder={t('admin.approvals.typeFilter')}
          style={{ minWidth: 200 }}
          value={type}
          onChange={(value) => setFilters({ type: value })}
          options={APPROVAL_TYPES.map((x) => ({ value: x, label: t(`admin.approvals.type.${x}`) }))}
        />
        {tab === 'decided' && (
          <Select<'approved' | 'rejected' | undefined>
            allowClear
            aria-label={t('admin.approvals.stateFilter')}
            placeholder={t('admin.approvals.stateFilter')}
            style={{ minWidth: 160 }}
            value={state}
            onChange={(value) => setFilters({ state: value })}
            options={(['approved', 'rejected'] as const).map((x) => ({
              value: x,
              label: t(`admin.approvals.state.${x}`),
            }))}
          />
        )}
      </Flex>
      <Table<Approval>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{
          emptyText: t(tab === 'pending' ? 'admin.approvals.emptyPending' : 'admin.approvals.emptyDecided'),
        }}
        data-testid={`approvals-${tab}`}
      />
      <CursorPager cursor={cursor} nextCursor={list.data?.nextCursor} onMove={setCursor} />
    </>
  );

  return (
    <div className="approvals-page">
      <Typography.Title level={1} className="page-title">
        {t('nav.approvals')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setFilters({ tab: key === 'decided' ? 'decided' : undefined, state: undefined })}
        items={[
          { key: 'pending', label: t('admin.approvals.pending'), children: body },
          { key: 'decided', label: t('admin.approvals.decided'), children: body },
        ]}
        destroyOnHidden
      />
      {deciding && (
        <DecideModal
          key={`${deciding.approval.id}-${deciding.decision}`}
          approval={deciding.approval}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </div>
  );
}
