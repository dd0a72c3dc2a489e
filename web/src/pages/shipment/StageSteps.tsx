import { Card, Steps } from 'antd';
import { useT } from '../../i18n/context';
import { useShipmentLabels } from '../../shipments/labels';
import { currentStage, stageSteps, type ShipmentEvent } from './stages';
import { showTime } from './time';

/** The stages in order, each with the time the shipment reached it (from the history's status changes). */
export function StageSteps({ status, events }: { status: string; events: readonly ShipmentEvent[] }) {
  const t = useT();
  const labels = useShipmentLabels();
  const steps = stageSteps(status, events);
  return (
    <Card
      size="small"
      title={<h2 className="shipment-card-title">{t('shipment.stages')}</h2>}
      className="shipment-stages"
    >
      <Steps
        orientation="vertical"
        size="small"
        current={currentStage(steps)}
        data-testid="stage-steps"
        items={steps.map((step) => ({
          key: step.status,
          status: step.state,
          title:
            step.state === 'error'
              ? `${labels.status(step.status)} · ${labels.status('cancelled')}`
              : labels.status(step.status),
          content: step.reachedAt ? (
            <time dateTime={step.reachedAt} data-testid={`stage-time-${step.status}`}>
              {showTime(step.reachedAt)}
            </time>
          ) : undefined,
        }))}
      />
    </Card>
  );
}
