import { Alert, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { Me } from '../../auth/session';
import { useT } from '../../i18n/context';
import { showsReleasePanel } from '../approvals/ReleasePanel';
import { useShipmentLabels } from '../../shipments/labels';
import { ACTION_FORMS } from './action-forms';
import { ActionModal } from './ActionModal';
import { useNextActions, type Shipment } from './queries';
import { sendAction, type ShipmentActionName } from './write';
import { missingText } from './missing-text';
import { useMissing } from './WriteProblem';

/** Container steps are done per container, in the containers table; the rest are buttons here. */
const CONTAINER_STEPS = new Set(['pickup', 'stuff', 'gate-in']);
const isShipmentAction = (action: string): action is ShipmentActionName =>
  Object.hasOwn(ACTION_FORMS, action);

/** Whether the user's role may call the action's route (the permission matrix, from GET /auth/me). */
export function mayAct(me: Me | null | undefined, route: string): boolean {
  return Boolean(me?.permissions.includes(`POST /api/v1/shipments/:id/${route}`));
}

/**
 * What can be done next, straight from GET /shipments/:id/next-actions: each action the status permits as a
 * button, enabled when its guards hold, otherwise disabled with what is missing under it. The server decides
 * again when the form is sent.
 */
export function NextActions({ shipment, me }: { shipment: Shipment; me: Me | null | undefined }) {
  const t = useT();
  const labels = useShipmentLabels();
  const missing = useMissing();
  const next = useNextActions(shipment.id, true);
  const [open, setOpen] = useState<ShipmentActionName | null>(null);

  let body;
  if (next.isPending) body = <Skeleton.Button active />;
  else if (next.isError) body = <Alert type="error" showIcon title={next.error.message} />;
  else {
    // The release panel (pages/approvals/ReleasePanel.tsx) is the one place to release a B/L when it shows.
    const releaseInPanel = showsReleasePanel(shipment, me);
    const actions = next.data.filter(
      (a) => !CONTAINER_STEPS.has(a.action) && !(releaseInPanel && a.action === 'release-bl'),
    );
    const containerNote = next.data.find((a) => CONTAINER_STEPS.has(a.action) && a.allowed);
    body = (
      <Flex vertical gap={8}>
        {actions.length === 0 && !containerNote && (
          <Typography.Text type="secondary">{t('shipment.next.none')}</Typography.Text>
        )}
        <Flex wrap gap={8} align="flex-start" role="list" aria-label={t('shipment.next.title')}>
          {actions.map((a) => {
            const permitted = mayAct(me, `actions/${a.action}`);
            // next-actions judges without a body; the carrier a request-space lacks is one its form asks for.
            const formSupplies =
              a.action === 'request-space' &&
              (a.missing ?? []).every((m) => missingText(m)?.key === 'shipment.missing.carrier');
            const enabled = (a.allowed || formSupplies) && permitted && isShipmentAction(a.action);
            const reasons = !permitted
              ? [t('shipment.next.notYourRole')]
              : formSupplies
                ? []
                : (a.missing ?? []).map(missing);
            // Papers the checklist only warns about (docs/papers.md): listed, the button stays enabled.
            const warnings = permitted ? (a.warnings ?? []).map(missing) : [];
            const danger = a.action === 'cancel' || a.action === 'shut-out';
            const button = (
              <Button
                type={enabled && !danger ? 'primary' : 'default'}
                danger={danger}
                disabled={!enabled}
                onClick={() => isShipmentAction(a.action) && setOpen(a.action)}
                data-testid={`action-${a.action}`}
                aria-describedby={reasons.length ? `why-${a.action}` : undefined}
              >
                {labels.action(a.action)}
              </Button>
            );
            return (
              <div key={a.action} role="listitem" className="next-action">
                {button}
                {reasons.length > 0 && (
                  <ul
                    id={`why-${a.action}`}
                    className="next-action-missing"
                    data-testid={`missing-${a.action}`}
                  >
                    {reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                )}
                {warnings.length > 0 && (
                  <ul className="next-action-warnings" data-testid={`warnings-${a.action}`}>
                    {warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </Flex>
        {containerNote && <Typography.Text type="secondary">{t('shipment.next.containers')}</Typography.Text>}
      </Flex>
    );
  }

  return (
    <Card
      size="small"
      title={<h2 className="shipment-card-title">{t('shipment.next.title')}</h2>}
      className="shipment-next"
    >
      {body}
      {open && (
        <ActionModal
          key={open}
          action={open}
          shipment={shipment}
          spec={ACTION_FORMS[open]}
          send={(body, headers) => sendAction(open, shipment.id, body, headers)}
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}
