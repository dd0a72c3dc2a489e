import { Tag } from 'antd';
import { useT } from '../../i18n/context';
import type { DebitNoteStatus } from './queries';

/**
 * Solid tags in dark shades, white text at 5.6:1 or more: Ant Design's light presets (green, gold on their
 * pale backgrounds) fall under the 4.5:1 WCAG AA asks.
 */
const COLOURS: Record<DebitNoteStatus, string | undefined> = {
  draft: undefined,
  issued: '#0958d9',
  partially_paid: '#874d00',
  paid: '#237804',
  void: '#a8071a',
};

/** The overdue flag beside a status. */
export const OVERDUE_COLOUR = '#ad2102';

/** What a payable's status reads as: the carrier's bill is recorded by us and paid out, not issued or received. */
const PAYABLE_WORDS: Partial<
  Record<
    DebitNoteStatus,
    'accounts.status.recorded' | 'accounts.status.partlyPaidOut' | 'accounts.status.paidOut'
  >
> = {
  issued: 'accounts.status.recorded',
  partially_paid: 'accounts.status.partlyPaidOut',
  paid: 'accounts.status.paidOut',
};

/** A debit note's status as a coloured tag, in the user's language (a payable's in the words of a bill owed). */
export function NoteStatusTag({
  status,
  direction = 'receivable',
}: {
  status: DebitNoteStatus;
  direction?: 'receivable' | 'payable';
}) {
  const t = useT();
  const word = (direction === 'payable' && PAYABLE_WORDS[status]) || (`accounts.status.${status}` as const);
  return (
    <Tag color={COLOURS[status]} data-testid="note-status">
      {t(word)}
    </Tag>
  );
}
