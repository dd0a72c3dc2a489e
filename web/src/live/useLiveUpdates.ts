import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queryKeys } from '../api/keys';

const STREAM_URL = '/api/v1/stream';
const FIRST_RETRY_MS = 1_000;
const LAST_RETRY_MS = 60_000;
/** Changes arriving together (a batch of container steps) refresh the lists once. */
const LIST_REFRESH_MS = 250;

/** A `shipment` message of the stream (docs/api.md, "Stream"). */
interface ShipmentChange {
  shipmentId: string;
  /** The event's type: `approval_requested` and the decisions also change the approvals inbox and its count. */
  type?: string;
}

function isShipmentChange(value: unknown): value is ShipmentChange {
  return (
    typeof value === 'object' && value !== null && typeof (value as ShipmentChange).shipmentId === 'string'
  );
}

/**
 * Live updates while the console is open: an EventSource on GET /api/v1/stream (the session cookie goes with
 * it) and, for each changed shipment, its queries and the lists that may show it marked stale, so whatever is
 * on screen reloads. No polling.
 *
 * The browser reconnects by itself after a dropped connection, sending `Last-Event-ID`, and the stream
 * replays what was missed. It gives up on an answer that is not a stream (a 404 before the stream existed, a
 * 401, a 503): then this hook opens a new one, waiting longer each time (1 s doubling to 60 s), and on
 * success reloads everything, since what happened meanwhile was not replayed. `reset` asks for the same.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let listTimer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_RETRY_MS;
    let reopened = false;
    let stopped = false;

    const refreshLists = () => {
      clearTimeout(listTimer);
      listTimer = setTimeout(() => invalidateLists(queryClient), LIST_REFRESH_MS);
    };

    const open = () => {
      source = new EventSource(STREAM_URL, { withCredentials: true });
      source.addEventListener('open', () => {
        delay = FIRST_RETRY_MS;
        if (reopened) void queryClient.invalidateQueries();
      });
      source.addEventListener('shipment', (event) => {
        const change = parse(event);
        if (!change) return;
        void queryClient.invalidateQueries({ queryKey: queryKeys.shipment(change.shipmentId) });
        if (change.type?.startsWith('approval_'))
          void queryClient.invalidateQueries({ queryKey: queryKeys.approvalsAll });
        refreshLists();
      });
      source.addEventListener('reset', () => void queryClient.invalidateQueries());
      source.addEventListener('error', () => {
        // CONNECTING: the browser is retrying on its own, with Last-Event-ID. CLOSED: it gave up.
        if (stopped || source?.readyState !== EventSource.CLOSED) return;
        source.close();
        reopened = true;
        retryTimer = setTimeout(open, delay);
        delay = Math.min(delay * 2, LAST_RETRY_MS);
      });
    };

    open();
    return () => {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(listTimer);
      source?.close();
    };
  }, [queryClient]);
}

function invalidateLists(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.boardAll });
  void queryClient.invalidateQueries({ queryKey: queryKeys.shipmentsAll });
}

function parse(event: MessageEvent<unknown>): ShipmentChange | null {
  try {
    const data: unknown = typeof event.data === 'string' ? JSON.parse(event.data) : null;
    return isShipmentChange(data) ? data : null;
  } catch {
    return null;
  }
}
