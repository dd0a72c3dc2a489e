import { Card, Empty, Skeleton, Tag, Timeline, Typography } from 'antd';
import { useT } from '../../i18n/context';
import { summarize } from './event-summary';
import type { ShipmentEvent } from './stages';
import { showTime } from './time';
import { useWords } from './words';

/**
 * The history, newest first: what happened (the event in words, its DCSA code), who did it, when, and what
 * it changed (a roll: the old vessel → the new one; a B/L number: before → after).
 */
export function HistoryTimeline({
  events,
  loading,
  names,
}: {
  events: readonly ShipmentEvent[] | undefined;
  loading: boolean;
  names: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const word = useWords();
  if (loading && !events) return <Skeleton active />;
  if (!events?.length) return <Empty description={t('shipment.history.empty')} />;
  const format = {
    time: showTime,
    user: (id: string | null) =>
      id === null ? t('shipment.operator.none') : (names.get(id) ?? t('shipment.operator.unknown')),
    word: (group: 'blType' | 'party' | 'direction' | 'chargeKind', value: string) => word(group, value),
  };
  return (
    <Card size="small" variant="borderless" className="shipment-history">
      <Timeline
        data-testid="history"
        items={[...events].reverse().map((event) => ({
          key: event.seq,
          color:
            event.type === 'cancelled' || event.type === 'shut_out'
              ? 'red'
              : event.type === 'rolled' ||
                  event.type === 'inspection_flagged' ||
                  event.type === 'booking_changed'
                ? 'orange'
                : 'blue',
          content: (
            <div className="history-item" data-testid={`event-${event.type}`}>
              <div className="history-head">
                <Typography.Text strong>
                  {/* A carrier's bill is recorded, not issued by us: the same event, said as what it is. */}
                  {event.type === 'debit_note_issued' &&
                  (event.data as { direction?: unknown } | null)?.direction === 'payable'
                    ? t('shipment.event.carrierBillRecorded')
                    : word('event', event.type)}
                </Typography.Text>
                {event.dcsaCode && (
                  <Tag className="history-dcsa" title={t('shipment.history.dcsa')}>
                    {event.dcsaCode}
                  </Tag>
                )}
              </div>
              <div className="history-meta">
                <time dateTime={event.at}>{showTime(event.at)}</time>
                {' · '}
                <span>{event.actor.name}</span>
              </div>
              <HistoryDetails details={summarize(event, format)} />
            </div>
          ),
        }))}
      />
    </Card>
  );
}

function HistoryDetails({ details }: { details: ReturnType<typeof summarize> }) {
  const t = useT();
  if (!details.length) return null;
  return (
    <dl className="history-details">
      {details.map((d) => (
        <div key={`${d.label}-${d.kind}`} className="history-detail">
          <dt>{t(d.label)}</dt>
          <dd>
            {d.kind === 'change' ? (
              <>
                <span className="history-old">{d.from}</span> → <span className="history-new">{d.to}</span>
              </>
            ) : (
              d.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
