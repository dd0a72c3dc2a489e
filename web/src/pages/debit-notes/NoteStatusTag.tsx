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

/** A debit note's status as a coloured tag, in the user's language. */
export function NoteStatusTag({ status }: { status: DebitNoteStatus }) {
  const t = useT();
  return (
    <Tag color={COLOURS[status]} data-testid="note-status">
      {t(`accounts.status.${status}`)}
    </Tag>
  );
}
