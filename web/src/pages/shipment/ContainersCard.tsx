import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Me } from '../../auth/session';
import { useT } from '../../i18n/context';
import { useShipmentLabels } from '../../shipments/labels';
import { CONTAINER_FORMS } from './action-forms';
import { ActionModal } from './ActionModal';
import { NEXT_STEP } from './container-steps';
import { mayAct } from './NextActions';
import { useNextActions, type Container, type Shipment } from './queries';
import { QuickEntry } from './QuickEntry';
import { showTime } from './time';
import { sendContainerAction, type ContainerActionName } from './write';
import { useWords } from './words';

/**
 * The containers, one row each with its numbers, weights and terminal, and its next step (pick up, stuff,
 * gate in) as a button that opens that step's form; or the quick entry, for several in a row.
 */
export function ContainersCard({ shipment, me }: { shipment: Shipment; me: Me | null | undefined }) {
  const t = useT();
  const labels = useShipmentLabels();
  const word = useWords();
  const next = useNextActions(shipment.id, true);
  const [open, setOpen] = useState<{ container: Container; step: ContainerActionName } | null>(null);
  const [quick, setQuick] = useState(false);

  /** The step is one the status permits now (next-actions lists it) and the user's role may do. */
  const stepOpen = (step: ContainerActionName) =>
    Boolean(next.data?.some((a) => a.action === step)) &&
    mayAct(me, `containers/:containerId/actions/${step}`);
  const anyOpen = (['pickup', 'stuff', 'gate-in'] as const).some(stepOpen);
  const none = '—';

  return (
    <Card
      size="small"
      title={
        <h2 className="shipment-card-title">
          {t('shipment.containers.title', { count: shipment.containers.length })}
        </h2>
      }
      className="shipment-containers"
      extra={
        <Button
          icon={<ThunderboltOutlined aria-hidden />}
          aria-expanded={quick}
          disabled={!anyOpen && !quick}
          onClick={() => setQuick((q) => !q)}
          data-testid="quick-entry-toggle"
        >
          {quick ? t('shipment.quick.close') : t('shipment.quick.open')}
        </Button>
      }
    >
      {quick && <QuickEntry shipment={shipment} stepOpen={stepOpen} onDone={() => setQuick(false)} />}
      <Table<Container>
        size="small"
        rowKey="id"
        dataSource={shipment.containers}
        pagination={false}
        data-testid="containers"
        onRow={(c) => ({ 'data-testid': `container-row-${c.seq}` }) as object}
        columns={[
          { key: 'seq', title: '#', dataIndex: 'seq', width: 48 },
          { key: 'type', title: t('shipment.containers.type'), render: (_, c) => `${c.typeLabel}` },
          {
            key: 'status',
            title: t('shipment.containers.status'),
            render: (_, c) => <Tag className={`tone tone-${c.status}`}>{word('container', c.status)}</Tag>,
          },
          {
            key: 'number',
            title: t('field.containerNumber'),
            render: (_, c) => <span className="mono">{c.containerNumber ?? none}</span>,
          },
          { key: 'seal', title: t('field.sealNumber'), render: (_, c) => c.sealNumber ?? none },
          {
            key: 'packages',
            title: t('shipment.field.packages'),
            align: 'right',
            render: (_, c) => c.packages ?? none,
          },
          {
            key: 'gross',
            title: t('shipment.field.grossWeightKg'),
            align: 'right',
            render: (_, c) => c.grossWeightKg ?? none,
          },
          { key: 'vgm', title: t('shipment.field.vgmKg'), align: 'right', render: (_, c) => c.vgmKg ?? none },
          { key: 'terminal', title: t('shipment.field.terminal'), render: (_, c) => c.terminal ?? none },
          {
            key: 'times',
            title: t('shipment.containers.times'),
            render: (_, c) => {
              const steps = (
                [
                  ['pickup', c.pickedUpAt],
                  ['stuff', c.stuffedAt],
                  ['gate-in', c.gatedInAt],
                ] as const
              ).filter(([, at]) => at);
              if (!steps.length) return none;
              // One line per step, short (MM-DD HH:mm): the year is this sailing's.
              return (
                <ul className="container-times">
                  {steps.map(([step, at]) => (
                    <li key={step}>
                      {labels.action(step)} <time dateTime={at!}>{showTime(at).slice(5)}</time>
                    </li>
                  ))}
                </ul>
              );
            },
          },
          {
            key: 'next',
            title: t('shipment.containers.next'),
            render: (_, c) => {
              const step = NEXT_STEP[c.status];
              if (!step) return null;
              return (
                <Button
                  size="small"
                  disabled={!stepOpen(step)}
                  onClick={() => setOpen({ container: c, step })}
                  data-testid={`container-${c.seq}-${step}`}
                  aria-label={`${labels.action(step)} #${c.seq}`}
                >
                  {labels.action(step)}
                </Button>
              );
            },
          },
        ]}
      />
      {open && (
        <ActionModal
          key={`${open.container.id}-${open.step}`}
          action={open.step}
          subject={open.container.containerNumber ?? `#${open.container.seq} ${open.container.typeLabel}`}
          shipment={shipment}
          spec={CONTAINER_FORMS[open.step]}
          send={(body, headers) =>
            sendContainerAction(open.step, shipment.id, open.container.id, body, headers)
          }
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}
