import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Flex,
  Form,
  Input,
  Modal,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import type { Me } from '../../auth/session';
import { useT, type Translate } from '../../i18n/context';
import { formatMoney } from '../../money/money';
import { ACTION_FORMS } from '../shipment/action-forms';
import { ActionModal } from '../shipment/ActionModal';
import type { Shipment } from '../shipment/queries';
import { showTime } from '../shipment/time';
import { sendAction } from '../shipment/write';
import { CreditSummary } from './CreditSummary';
import { problemText } from './problem';
import { useReleasePosition, useRequestRelease, type ReleaseBlocker, type ReleasePosition } from './queries';
import './approvals.css';

/** The statuses a B/L is released from: paid, or debit_noted on credit or an approval. */
const RELEASE_FROM = new Set<Shipment['status']>(['debit_noted', 'paid']);

/**
 * Whether the release panel is on this shipment's page: for whoever may release a B/L (accounts, admins) once
 * the shipment is debit_noted or paid. NextActions leaves its own release-bl button out then, so that there is
 * one way to release, the one that says why it waits.
 */
export function showsReleasePanel(shipment: Pick<Shipment, 'status'>, me: Me | null | undefined): boolean {
  return (
    RELEASE_FROM.has(shipment.status) &&
    Boolean(me?.permissions.includes('POST /api/v1/shipments/:id/actions/release-bl'))
  );
}

/** One reason the B/L waits, in the reader's language, from its code and figures. */
function blockerText(b: ReleaseBlocker, t: Translate): string {
  switch (b.code) {
    case 'not_paid':
      return t('admin.release.why.not_paid', { count: b.unpaidNotes ?? 0 });
    case 'over_credit_limit':
      return t('admin.release.why.over_credit_limit', {
        open: b.open ? formatMoney(b.open) : '—',
        limit: b.creditLimit ? formatMoney(b.creditLimit) : '—',
      });
    case 'overdue':
      return t('admin.release.why.overdue', {
        number: b.number ?? '—',
        days: b.daysOverdue ?? 0,
        due: b.dueDate ?? '—',
      });
    default:
      return t(`admin.release.why.${b.code}`);
  }
}

/** What the approval of a release before payment says now. */
function ApprovalLine({ position }: { position: ReleasePosition }) {
  const t = useT();
  const a = position.approval;
  if (!a) return null;
  return (
    <Flex gap={8} align="baseline" wrap data-testid="release-approval">
      <Typography.Text strong>{t('admin.release.approval')}</Typography.Text>
      <Tag className={`state-tag state-${a.status}`}>{t(`admin.approvals.state.${a.status}`)}</Tag>
      <Typography.Text type="secondary">
        {a.status === 'pending'
          ? t('admin.approvals.askedBy', { name: a.requestedBy.name, at: showTime(a.createdAt) })
          : t('admin.approvals.decidedBy', { name: a.decidedBy?.name ?? '—', at: showTime(a.decidedAt) })}
      </Typography.Text>
      {a.decisionNote && <Typography.Text className="approval-reason">“{a.decisionNote}”</Typography.Text>}
    </Flex>
  );
}

/** Ask a manager to let the B/L go before payment, saying why. */
function RequestApprovalModal({ shipmentId, onClose }: { shipmentId: string; onClose: () => void }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const request = useRequestRelease(shipmentId);
  const [form] = Form.useForm<{ reason: string }>();
  const submit = async () => {
    let values: { reason: string };
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    request.mutate(values.reason.trim(), {
      onSuccess: () => {
        void message.success(t('admin.release.requested'));
        onClose();
      },
    });
  };
  return (
    <Modal
      open
      title={t('admin.release.requestTitle')}
      okText={t('admin.release.requestSend')}
      okButtonProps={{ 'data-testid': 'request-approval-ok' }}
      cancelText={t('admin.cancel')}
      confirmLoading={request.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('admin.release.requestHelp')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('admin.release.requestReason')}
          rules={[{ required: true, whitespace: true, message: t('admin.release.requestReasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="request-approval-reason" />
        </Form.Item>
      </Form>
      {request.isError && <Alert type="error" showIcon title={problemText(request.error, t)} />}
    </Modal>
  );
}

/**
 * The B/L release on the shipment page (accounts): whether it can go now and on what basis (paid, the client's
 * credit, an approval), and if not, why, from GET /shipments/:id/release-position (the release guard's own
 * answer, with its reasons as codes and the client's credit position). Offers to ask a manager for a release
 * before payment, and once one is approved, releases with it (mode original, telex or sea waybill).
 */
export function ReleasePanel({ shipment, me }: { shipment: Shipment; me: Me | null | undefined }) {
  const t = useT();
  const shown = showsReleasePanel(shipment, me);
  const position = useReleasePosition(shipment.id, shown);
  const [open, setOpen] = useState<'release' | 'request' | null>(null);
  if (!shown) return null;

  let body;
  if (position.isPending) body = <Skeleton active paragraph={{ rows: 3 }} />;
  else if (position.isError) body = <Alert type="error" showIcon title={problemText(position.error, t)} />;
  else {
    const p = position.data;
    const pending = p.approval?.status === 'pending';
    const mayRequest = !p.releasable && p.status === 'debit_noted' && !pending;
    body = (
      <Flex vertical gap={12}>
        {p.releasable ? (
          <Alert
            type="success"
            showIcon
            title={t(`admin.release.can.${p.basis ?? 'paid'}`)}
            data-testid="release-state"
            data-releasable="true"
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            title={t('admin.release.blocked')}
            data-testid="release-state"
            data-releasable="false"
            description={
              <ul className="release-blockers" data-testid="release-blockers">
                {p.blockers.map((b, i) => (
                  <li key={`${b.code}-${i}`} data-code={b.code}>
                    {blockerText(b, t)}
                  </li>
                ))}
              </ul>
            }
          />
        )}
        <ApprovalLine position={p} />
        <div>
          <Typography.Text strong>{t('admin.approvals.credit')}</Typography.Text>
          <CreditSummary credit={p.credit} />
        </div>
        <Flex gap={8} wrap>
          <Button
            type="primary"
            disabled={!p.releasable}
            onClick={() => setOpen('release')}
            data-testid="action-release-bl"
          >
            {t('action.release-bl')}
          </Button>
          {mayRequest && (
            <Button onClick={() => setOpen('request')} data-testid="request-release-approval">
              {t('admin.release.request')}
            </Button>
          )}
        </Flex>
      </Flex>
    );
  }

  const approvalId = position.data?.approval?.status === 'approved' ? position.data.approval.id : undefined;
  const spec = ACTION_FORMS['release-bl'];
  return (
    <Card
      size="small"
      title={<h2 className="shipment-card-title">{t('admin.release.title')}</h2>}
      className="release-panel"
      data-testid="release-panel"
    >
      {body}
      {open === 'release' && (
        <ActionModal
          action="release-bl"
          shipment={shipment}
          spec={{ ...spec, initial: (s) => ({ ...spec.initial?.(s), approvalId }) }}
          send={(body, headers) => sendAction('release-bl', shipment.id, body, headers)}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'request' && <RequestApprovalModal shipmentId={shipment.id} onClose={() => setOpen(null)} />}
    </Card>
  );
}
