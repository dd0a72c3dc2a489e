import { Typography } from 'antd';
import { useT } from '../../i18n/context';
import { formatMoney } from '../../money/money';
import type { Approval } from './queries';

/** ISO 6346 codes as the desk says them (45G1 → 40HC); others as given. */
const LABELS: Record<string, string> = {
  '22G1': '20GP',
  '42G1': '40GP',
  '45G1': '40HC',
  L5G1: '45HC',
  '22R1': '20RF',
  '45R1': '40RF',
  '22U1': '20OT',
  '42U1': '40OT',
  '22P1': '20FR',
  '42P1': '40FR',
  '22T1': '20TK',
};
export const containerLabel = (code: string): string => LABELS[code] ?? code;

/**
 * What an approval asks beyond its reason, for the one deciding: the credit terms a `credit_terms` approval
 * would set, or the booking's rate against the floor it is under (`below_floor_price`). Nothing otherwise.
 */
export function ApprovalContext({ approval }: { approval: Approval }) {
  const t = useT();
  const terms = approval.creditTerms;
  if (terms) {
    return (
      <Typography.Text className="approval-context" data-testid="approval-terms">
        {t('admin.approvals.asksTerms')}{' '}
        <strong>
          {[
            t(`admin.credit.terms.${terms.paymentTerms}`),
            terms.creditLimit ? formatMoney(terms.creditLimit) : null,
            terms.creditDays === null ? null : t('admin.credit.daysValue', { days: terms.creditDays }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </strong>
      </Typography.Text>
    );
  }
  const below = approval.belowFloor;
  if (below) {
    const lane = `${below.floor.pol} → ${below.floor.pod === '*' ? t('admin.floors.anyPod') : below.floor.pod}`;
    return (
      <Typography.Text className="approval-context" data-testid="approval-floor">
        {t('admin.approvals.rateVsFloor', {
          rate: formatMoney(below.rate),
          floor: formatMoney(below.floor.price),
          lane,
          type: containerLabel(below.floor.containerType),
        })}
      </Typography.Text>
    );
  }
  return null;
}
