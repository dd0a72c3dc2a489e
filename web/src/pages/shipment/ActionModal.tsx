import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Form, Modal, Typography } from 'antd';
import { useRef, useState } from 'react';
import { idempotencyKey } from '../../api/client';
import { isApiError } from '../../api/errors';
import { useT } from '../../i18n/context';
import { useShipmentLabels } from '../../shipments/labels';
import type { AnySpec } from './action-forms';
import { shipmentQuery, type Shipment } from './queries';
import { businessOffset } from './time';
import { ifMatchHeader, useShipmentWrite, type WriteHeaders } from './write';
import { WriteProblem } from './WriteProblem';

interface Props {
  /** The action's words: its button's label is the modal's title. */
  action: string;
  /** What it is done to, after the title: a container's number or its place in the list. */
  subject?: string;
  /** The title and OK button's words, when the action is not one of the table's (the booking edit). */
  title?: string;
  /** The OK button's words, when they are not the title's. */
  okText?: string;
  /** Said when the write is done (default: "<title> done"). */
  doneText?: string;
  shipment: Shipment;
  spec: AnySpec<unknown>;
  send: (body: unknown, headers: WriteHeaders) => Promise<Shipment>;
  onClose: () => void;
}

/**
 * An action's form in a modal. It writes against the version the user was looking at when they opened it
 * (If-Match), so a change made meanwhile by someone else is a 412 here, not silently overwritten; after a
 * 412 the user reloads the shipment and keeps what they typed. The Idempotency-Key is made once per opening:
 * a double click, or a retry after a lost answer, does the action once; a refusal gives the key back
 * (docs/api.md "Retries"), so the corrected form is sent with the same one.
 */
export function ActionModal({
  action,
  subject,
  title: ownTitle,
  okText,
  doneText,
  shipment,
  spec,
  send,
  onClose,
}: Props) {
  const t = useT();
  const labels = useShipmentLabels();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const [version, setVersion] = useState(shipment.version);
  const [initialValues] = useState(() => spec.initial?.(shipment) ?? {});
  const key = useRef(idempotencyKey());
  const inFlight = useRef(false);
  const [reloading, setReloading] = useState(false);
  const write = useShipmentWrite(shipment.id, (body: unknown) =>
    send(body, { ...ifMatchHeader(version), 'Idempotency-Key': key.current }),
  );
  const title = ownTitle ?? labels.action(action);

  const submit = async () => {
    if (inFlight.current) return;
    let values: Record<string, unknown>;
    try {
      values = (await form.validateFields()) as Record<string, unknown>;
    } catch {
      return; // the form shows what is wrong
    }
    inFlight.current = true;
    write.mutate(spec.body(values, shipment), {
      onSuccess: () => {
        void message.success(doneText ?? t('shipment.done', { action: title }));
        onClose();
      },
      onError: (error) => {
        // The SI's mismatch is answered by its own form (both figures and the acknowledgement).
        if (isApiError(error) && error.details?.fields && error.code !== 'SI_CONTAINERS_MISMATCH') {
          form.setFields(
            error.details.fields.map((f) => ({ name: f.field.split('.'), errors: [f.message] })),
          );
        }
      },
      onSettled: () => {
        inFlight.current = false;
      },
    });
  };

  /** After a 412: the shipment as it is now, the form untouched; the next OK writes against the new version. */
  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...shipmentQuery(shipment.id), staleTime: 0 });
      setVersion(fresh.version);
      write.reset();
    } finally {
      setReloading(false);
    }
  };

  const Fields = spec.Fields;
  return (
    <Modal
      open
      title={subject ? `${title} · ${subject}` : title}
      okText={okText ?? title}
      cancelText={t('shipment.form.close')}
      okButtonProps={{ danger: spec.danger, loading: write.isPending, 'data-testid': 'action-submit' }}
      onOk={() => void submit()}
      onCancel={onClose}
      width={spec.wide ? 760 : 520}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={() => void submit()}
        className="shipment-action-form"
        data-testid={`form-${action}`}
        requiredMark
      >
        {spec.confirm && (
          <Typography.Paragraph>{t(spec.confirm, { reference: shipment.reference })}</Typography.Paragraph>
        )}
        {spec.times && (
          <Typography.Paragraph type="secondary">
            {t('shipment.form.timeZone', { offset: businessOffset() })}
          </Typography.Paragraph>
        )}
        {Fields && <Fields shipment={shipment} error={write.isError ? write.error : null} />}
        {write.isError && (
          <WriteProblem
            error={write.error}
            shipmentId={shipment.id}
            onReload={() => void reload()}
            reloading={reloading}
          />
        )}
      </Form>
    </Modal>
  );
}
