import { Button, Flex } from 'antd';
import { useT } from '../i18n/context';

/**
 * Paging with the API's cursors: the first page, and the next while there is one. Going back a page is the
 * browser's Back (each page is its own URL).
 */
export function CursorPager({
  cursor,
  nextCursor,
  onMove,
}: {
  cursor: string | undefined;
  nextCursor: string | null | undefined;
  onMove: (cursor: string | undefined) => void;
}) {
  const t = useT();
  if (!cursor && !nextCursor) return null;
  return (
    <Flex gap="small" justify="end" className="list-pager">
      <Button disabled={!cursor} onClick={() => onMove(undefined)}>
        {t('list.firstPage')}
      </Button>
      <Button disabled={!nextCursor} onClick={() => onMove(nextCursor ?? undefined)}>
        {t('list.nextPage')}
      </Button>
    </Flex>
  );
}
