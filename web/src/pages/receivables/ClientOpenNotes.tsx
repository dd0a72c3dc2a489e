import { Typography } from 'antd';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { businessToday } from '../clients/dates';
import { OpenNotesTable } from '../clients/OpenNotesTable';
import { useOpenNotes } from '../clients/queries';

/** A row of the aging report opened: the client's notes open now (the report may be of another day). */
export function ClientOpenNotes({ clientId }: { clientId: string }) {
  const t = useT();
  const open = useOpenNotes(clientId);
  if (open.isError) return <ErrorPanel error={open.error} onRetry={() => void open.refetch()} />;
  return (
    <div className="aging-drill" data-testid="aging-drill">
      <Typography.Text type="secondary">{t('receivables.openNow')}</Typography.Text>
      <OpenNotesTable notes={open.data?.notes ?? []} loading={open.isPending} today={businessToday()} />
    </div>
  );
}
