import { CheckCircleOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { idempotencyKey } from '../../api/client';
import { useT } from '../../i18n/context';
import { storedDocumentUrl, useShipmentDocuments } from '../documents/documents-queries';
import type { Shipment } from '../shipment/queries';
import { WriteProblem } from '../shipment/WriteProblem';
import { ACTION_CALLS, ifMatchHeader, useShipmentWrite } from '../shipment/write';
import { useWords } from '../shipment/words';

interface Party {
  name?: string;
  address?: string;
}
interface Instructions {
  shipper?: Party;
  consignee?: Party;
  notifyParty?: Party | null;
  marks?: string;
  description?: string;
  packages?: number;
  grossWeightKg?: string;
  measurementCbm?: string;
  blType?: string;
}

const party = (p: Party | null | undefined) => (p ? [p.name, p.address].filter(Boolean).join(', ') : '—');

/**
 * The B/L draft as the shipping instructions give it, for the client to check (the draft PDF sent, to open),
 * and its approval of the current revision (POST …/actions/approve-bl `{ party: "client", revision,
 * documentId }` with If-Match): the approval names the draft document shown, so a newer one sent meanwhile is
 * refused rather than approved unseen. The other half of the three-way check is the carrier's. A revision
 * already approved says so; a newer one asks again.
 */
export function BlApproval({ shipment }: { shipment: Shipment }) {
  const t = useT();
  const word = useWords();
  const [key, setKey] = useState(idempotencyKey);
  const documents = useShipmentDocuments(shipment.id);
  // Newest first: the draft of the current revision (each revision and each later roll sends one).
  const draft = documents.data?.find((d) => d.kind === 'bl_draft');
  const approve = useShipmentWrite(shipment.id, (revision: number) =>
    ACTION_CALLS['approve-bl'](
      shipment.id,
      { party: 'client', revision, ...(draft ? { documentId: draft.id } : {}) },
      { ...ifMatchHeader(shipment.version), 'Idempotency-Key': key },
    ),
  );
  const si = shipment.shippingInstructions as Instructions | null;
  if (!shipment.siRevision || !si) return null;
  const revision = shipment.siRevision;
  const approved = shipment.blApprovals.client === revision;
  const open = shipment.status === 'si_submitted' && !approved;

  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('portal.bl.title', { revision })}</h2>}
      data-testid="portal-bl"
      extra={
        approved ? (
          <Tag color="green" icon={<CheckCircleOutlined aria-hidden />} data-testid="bl-approved">
            {t('portal.bl.approved', { revision })}
          </Tag>
        ) : undefined
      }
    >
      <Flex vertical gap="middle">
        {draft && (
          <a href={storedDocumentUrl(draft.id)} target="_blank" rel="noreferrer" data-testid="bl-draft-pdf">
            <FilePdfOutlined aria-hidden /> {t('portal.bl.pdf', { file: draft.filename })}
          </a>
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'shipper', label: t('portal.bl.shipper'), children: party(si.shipper) },
            { key: 'consignee', label: t('portal.bl.consignee'), children: party(si.consignee) },
            { key: 'notify', label: t('portal.bl.notify'), children: party(si.notifyParty) },
            {
              key: 'type',
              label: t('shipment.field.blType'),
              children: si.blType ? word('blType', si.blType) : '—',
            },
            { key: 'marks', label: t('portal.bl.marks'), children: si.marks ?? '—' },
            { key: 'description', label: t('portal.bl.description'), children: si.description ?? '—' },
            { key: 'packages', label: t('shipment.field.packages'), children: si.packages ?? '—' },
            { key: 'gross', label: t('shipment.field.grossWeightKg'), children: si.grossWeightKg ?? '—' },
            { key: 'cbm', label: t('portal.bl.measurement'), children: si.measurementCbm ?? '—' },
          ]}
        />
        {open && (
          <Flex vertical gap="small" align="start">
            <Typography.Text>{t('portal.bl.ask', { revision })}</Typography.Text>
            <Popconfirm
              title={t('portal.bl.confirm', { revision })}
              okText={t('portal.bl.approve')}
              cancelText={t('clients.form.cancel')}
              onConfirm={() => approve.mutate(revision, { onSettled: () => setKey(idempotencyKey()) })}
            >
              <Button type="primary" loading={approve.isPending} data-testid="approve-bl">
                {t('portal.bl.approve')}
              </Button>
            </Popconfirm>
          </Flex>
        )}
        {approve.isError && (
          <WriteProblem error={approve.error} shipmentId={shipment.id} onReload={() => approve.reset()} />
        )}
      </Flex>
    </Card>
  );
}
