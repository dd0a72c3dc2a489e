import { Tag } from 'antd';
import { useT } from '../../i18n/context';
import type { MessageKey } from '../../i18n/zh';
import { countdown, CUTOFF_KINDS, cutoffDone, cutoffTone, type CutoffKind, type CutoffTone } from './cutoffs';
import type { Shipment } from './queries';
import { showTime } from './time';
import { useNow } from './useNow';

const LABEL: Record<CutoffKind, MessageKey> = {
  cy: 'field.cutoffCy',
  si: 'field.cutoffSi',
  customs: 'shipment.field.cutoffCustoms',
  vgm: 'shipment.field.cutoffVgm',
};

/** Amber within 48 hours, red within 24 or passed, as on the board; green once the work is done. */
const TONE_CLASS: Record<CutoffTone, string> = {
  none: 'cutoff-none',
  done: 'cutoff-done',
  calm: 'cutoff-calm',
  amber: 'cutoff-amber',
  red: 'cutoff-red',
  passed: 'cutoff-red',
};

/** The four cut-offs with their countdowns (CY, SI, customs, VGM). */
export function Cutoffs({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const now = useNow();
  return (
    <ul className="cutoffs" aria-label={t('shipment.cutoffs')}>
      {CUTOFF_KINDS.map((kind) => {
        const at = shipment.cutoffs[kind];
        const tone = cutoffTone(at, now, cutoffDone(kind, shipment));
        return (
          <li
            key={kind}
            className={`cutoff ${TONE_CLASS[tone]}`}
            data-testid={`cutoff-${kind}`}
            data-tone={tone}
          >
            <span className="cutoff-label">{t(LABEL[kind])}</span>
            <span className="cutoff-time">{at ? showTime(at) : t('shipment.cutoff.notGiven')}</span>
            {at && <Tag className={`cutoff-tag ${TONE_CLASS[tone]}`}>{describe(t, at, now, tone)}</Tag>}
          </li>
        );
      })}
    </ul>
  );
}

function describe(t: ReturnType<typeof useT>, at: string, now: number, tone: CutoffTone): string {
  if (tone === 'done') return t('shipment.cutoff.done');
  const left = countdown(at, now);
  const span =
    left.days > 0
      ? t('shipment.cutoff.daysHours', { days: left.days, hours: left.hours })
      : t('shipment.cutoff.hoursMinutes', { hours: left.hours, minutes: left.minutes });
  return left.past ? t('shipment.cutoff.passed', { span }) : t('shipment.cutoff.left', { span });
}
