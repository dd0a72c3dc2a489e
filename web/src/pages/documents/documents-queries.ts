import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, ok, type Schemas } from '../../api/client';
import { queryKeys } from '../../api/keys';

export type StoredDocument = Schemas['StoredDocumentDto'];
export type StoredDocumentKind = StoredDocument['kind'];

/**
 * The documents as sent (docs/documents.md). A shipment's are under the shipment's key, so the live stream
 * refreshes them when the shipment changes (a new S/O notice version comes with a roll); a client's under
 * its own.
 */
export const documentKeys = {
  shipment: (id: string) => [...queryKeys.shipment(id), 'documents'] as const,
  client: (id: string, kind: string | undefined, cursor: string | undefined) =>
    ['client-documents', id, kind ?? 'all', cursor ?? ''] as const,
};

export function useShipmentDocuments(shipmentId: string) {
  return useQuery({
    queryKey: documentKeys.shipment(shipmentId),
    queryFn: async () =>
      (await ok(api.GET('/api/v1/shipments/{id}/documents', { params: { path: { id: shipmentId } } }))).items,
  });
}

export function useClientDocuments(
  clientId: string | undefined,
  kind: StoredDocumentKind | undefined,
  cursor: string | undefined,
) {
  return useQuery({
    queryKey: documentKeys.client(clientId ?? '', kind, cursor),
    enabled: !!clientId,
    placeholderData: keepPreviousData,
    queryFn: () =>
      ok(
        api.GET('/api/v1/clients/{id}/documents', {
          params: { path: { id: clientId ?? '' }, query: { kind, cursor, limit: 20 } },
        }),
      ),
  });
}

/** The stored bytes, same-origin: the session cookie opens it in a new tab. */
export function storedDocumentUrl(id: string): string {
  return `/api/v1/documents/${encodeURIComponent(id)}/pdf`;
}

/** 22.4 KB, 1.2 MB: a file's size as people read it. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
