import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, CSRF_HEADER, CSRF_VALUE, idempotencyKey, ifMatch, ok, type Schemas } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { queryKeys } from '../../../api/keys';

export type Attachment = Schemas['AttachmentDto'];
export type AttachmentKind = Schemas['AttachmentKindDto'];
export type ChecklistItem = Schemas['ChecklistItemDto'];

/**
 * The shipment's papers (docs/papers.md), under the shipment's key: an upload or removal is an event on the
 * shipment, so the live stream refreshes the list and the checklist for everyone who has the page open.
 */
export const paperKeys = {
  kinds: ['attachment-kinds'] as const,
  list: (id: string, removed: boolean) => [...queryKeys.shipment(id), 'attachments', removed] as const,
  checklist: (id: string) => [...queryKeys.shipment(id), 'papers'] as const,
};

export function useAttachmentKinds() {
  return useQuery({
    queryKey: paperKeys.kinds,
    staleTime: Infinity,
    queryFn: async () => (await ok(api.GET('/api/v1/attachment-kinds'))).items,
  });
}

export function useAttachments(shipmentId: string, includeRemoved = false) {
  return useQuery({
    queryKey: paperKeys.list(shipmentId, includeRemoved),
    queryFn: async () =>
      (
        await ok(
          api.GET('/api/v1/shipments/{id}/attachments', {
            params: {
              path: { id: shipmentId },
              query: includeRemoved ? { includeRemoved: 'true' } : {},
            },
          }),
        )
      ).items,
  });
}

export function usePapersChecklist(shipmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: paperKeys.checklist(shipmentId),
    enabled,
    queryFn: async () =>
      (await ok(api.GET('/api/v1/shipments/{id}/papers', { params: { path: { id: shipmentId } } }))).items,
  });
}

export interface UploadInput {
  file: File;
  kind: string;
  clientVisible: boolean;
  note?: string;
}

/**
 * POSTs one file as multipart/form-data, the fields before the file (the service reads them first). Not
 * through the typed client: openapi-fetch sends JSON bodies.
 */
export async function uploadAttachment(shipmentId: string, input: UploadInput): Promise<Attachment> {
  const form = new FormData();
  form.append('kind', input.kind);
  form.append('clientVisible', String(input.clientVisible));
  if (input.note) form.append('note', input.note);
  form.append('file', input.file, input.file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1/shipments/${encodeURIComponent(shipmentId)}/attachments`, {
      method: 'POST',
      credentials: 'include',
      headers: { [CSRF_HEADER]: CSRF_VALUE, 'Idempotency-Key': idempotencyKey() },
      body: form,
    });
  } catch (cause) {
    throw ApiError.network(cause);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw ApiError.fromResponse(response, body);
  return body as Attachment;
}

/** After a write: the list, the checklist and the next actions (missing papers) read again. */
function useRefresh(shipmentId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.shipment(shipmentId) });
}

export function useUpload(shipmentId: string) {
  const refresh = useRefresh(shipmentId);
  return useMutation({
    mutationFn: (input: UploadInput) => uploadAttachment(shipmentId, input),
    onSuccess: refresh,
  });
}

export function useUpdateAttachment(shipmentId: string) {
  const refresh = useRefresh(shipmentId);
  return useMutation({
    mutationFn: ({
      attachment,
      changes,
    }: {
      attachment: Attachment;
      changes: { kind?: string; clientVisible?: boolean; note?: string | null };
    }) =>
      ok(
        api.PATCH('/api/v1/attachments/{id}', {
          params: { path: { id: attachment.id }, header: ifMatch(attachment.version) },
          body: changes,
        }),
      ),
    onSuccess: refresh,
  });
}

export function useRemoveAttachment(shipmentId: string) {
  const refresh = useRefresh(shipmentId);
  return useMutation({
    mutationFn: ({ attachment, reason }: { attachment: Attachment; reason: string }) =>
      ok(
        api.POST('/api/v1/attachments/{id}/remove', {
          params: { path: { id: attachment.id }, header: ifMatch(attachment.version) },
          body: { reason },
        }),
      ),
    onSuccess: refresh,
  });
}

/** E-mails client-visible papers to the client (docs/papers.md, "Sending papers"); the history shows it. */
export function useSendPapers(shipmentId: string) {
  const refresh = useRefresh(shipmentId);
  return useMutation({
    mutationFn: (body: Schemas['SendAttachmentsDto']) =>
      ok(api.POST('/api/v1/shipments/{id}/attachments/send', { params: { path: { id: shipmentId } }, body })),
    onSuccess: refresh,
  });
}
