import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App as AntApp, Button, Card, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, ok } from '../../api/client';
import { queryKeys } from '../../api/keys';
import type { Me } from '../../auth/session';
import { useT } from '../../i18n/context';
import { useNextActions, type Shipment } from '../shipment/queries';
import { showTime } from '../shipment/time';
import { ApprovalContext } from './ApprovalContext';
import { problemText } from './problem';
import './approvals.css';

/** The guard's words for a booking held under its floor (src/floor-prices/below-floor.ts). */
export const BELOW_FLOOR = /^a manager's below_floor_price approval: /;

/**
 * A booking held below its floor price (docs/domain.md, "Floor prices"): why (next-actions says it on the
 * confirm button too), the below_floor_price approval asked if any, and the way to ask one with a reason.
 * Shown only while a floor holds confirmation; the manager decides in the approvals inbox.
 */
export function FloorHold({ shipment, me }: { shipment: Shipment; me: Me | null | undefined }) {
  const t = useT();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const held = shipment.status === 'booking';
  const next = useNextActions(shipment.id, held);
  const confirm = next.data?.find((a) => a.action === 'confirm-booking');
  const holds = held && (confirm?.missing ?? []).some((m) => BELOW_FLOOR.test(m));
  const latest = useQuery({
    queryKey: [...queryKeys.approvalsAll, 'below-floor', shipment.id],
    enabled: holds,
    queryFn: () =>
      ok(
        api.GET('/api/v1/approvals', {
          params: { query: { shipmentId: shipment.id, type: 'below_floor_price', limit: 1 } },
        }),
      ),
  });
  const ask = useMutation({
    mutationFn: (reason: string) =>
      ok(
        api.POST('/api/v1/approvals', {
          body: { type: 'below_floor_price', shipmentId: shipment.id, reason },
        }),
      ),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.approvalsAll });
      void queryClient.invalidateQueries({ queryKey: queryKeys.shipment(shipment.id) });
      void message.success(t('admin.floors.asked'));
      setAsking(false);
    },
  });
  if (!holds) return null;
  const approval = latest.data?.items[0];
  const pending = approval?.status === 'pending';
  const mayAsk = Boolean(me?.permissions.includes('POST /api/v1/approvals'));

  const submit = async () => {
    try {
      const { reason } = await form.validateFields();
      ask.mutate(reason.trim());
    } catch {
      // the form shows what is wrong
    }
  };

  return (
    <Card
      size="small"
      title={<h2 className="shipment-card-title">{t('admin.floors.heldTitle')}</h2>}
      data-testid="floor-hold"
    >
      <Flex vertical gap={8}>
        <Typography.Text>{t('admin.floors.heldIntro')}</Typography.Text>
        {approval && (
          <Flex gap={8} align="baseline" wrap data-testid="floor-approval">
            <Tag className={`state-tag state-${approval.status}`}>
              {t(`admin.approvals.state.${approval.status}`)}
            </Tag>
            <ApprovalContext approval={approval} />
            <Typography.Text type="secondary">
              {approval.status === 'pending'
                ? t('admin.approvals.askedBy', {
                    name: approval.requestedBy.name,
                    at: showTime(approval.createdAt),
                  })
                : t('admin.approvals.decidedBy', {
                    name: approval.decidedBy?.name ?? '—',
                    at: showTime(approval.decidedAt),
                  })}
            </Typography.Text>
            {approval.decisionNote && (
              <Typography.Text className="approval-reason">“{approval.decisionNote}”</Typography.Text>
            )}
          </Flex>
        )}
        {mayAsk && !pending && (
          <div>
            <Button onClick={() => setAsking(true)} data-testid="floor-request">
              {t('admin.floors.request')}
            </Button>
          </div>
        )}
      </Flex>
      <Modal
        open={asking}
        title={t('admin.floors.requestTitle', { reference: shipment.reference })}
        okText={t('admin.floors.requestSend')}
        okButtonProps={{ 'data-testid': 'floor-request-send' }}
        cancelText={t('admin.cancel')}
        confirmLoading={ask.isPending}
        onOk={() => void submit()}
        onCancel={() => setAsking(false)}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={() => void submit()}>
          <Form.Item
            name="reason"
            label={t('admin.approvals.reason')}
            rules={[{ required: true, whitespace: true, message: t('admin.floors.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={1000} data-testid="floor-request-reason" />
          </Form.Item>
        </Form>
        {ask.isError && <Alert type="error" showIcon title={problemText(ask.error, t)} />}
      </Modal>
    </Card>
  );
}
