import { Spin } from 'antd';
import { useParams } from 'react-router';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { DraftEditor } from './DraftEditor';
import { IssuedNote } from './IssuedNote';
import { useDebitNote } from './queries';
import './accounts.css';

/** One debit note (`/debit-notes/:id`): a draft opens in the editor, an issued or void note read-only. */
export function DebitNotePage() {
  const { id = '' } = useParams();
  const t = useT();
  const note = useDebitNote(id);
  if (note.isPending) return <Spin description={t('app.loading')} />;
  if (note.isError) return <ErrorPanel error={note.error} onRetry={() => void note.refetch()} />;
  const reload = () => void note.refetch();
  return note.data.status === 'draft' ? (
    <DraftEditor key={`${note.data.id}:${note.data.version}`} note={note.data} onReload={reload} />
  ) : (
    <IssuedNote note={note.data} onReload={reload} />
  );
}
