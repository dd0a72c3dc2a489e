import {
  CONTAINER_TYPES,
  containerTypeLabel,
  normalizeContainerType,
} from '../../containers/domain/container-type';
import type { BookingConfirmationData } from '../domain/document-data';
import { formatDocumentDate, formatMoney, teuFromQuarterUnits } from '../domain/document-format';
import { bi, type DocumentParts, vesselVoyage } from './document-parts';
import type { TableRow } from './pdf-writer';

/** The written confirmation of a booking, with both parties' stamp and signature boxes (docs/domain.md step 1). */
export function renderBookingConfirmation(
  parts: DocumentParts,
  data: BookingConfirmationData,
): Promise<Buffer> {
  const L = parts.labels.bookingConfirmation;
  const C = parts.labels.common;
  const w = parts.writer(data.company, L.title, data.reference, {
    subject: `${L.title.zh} ${L.title.en} ${data.reference} - ${data.client.name}`,
    date: data.date,
  });

  parts.partyAndReferences(w, L.client, data.client, [
    { label: L.reference, value: data.reference, bold: true },
    { label: C.date, value: data.date },
    { label: C.clientCode, value: data.client.code },
  ]);

  const tba = bi(C.tba);
  parts.sectionTitle(w, L.details);
  parts.fieldGrid(w, 2, [
    { label: L.carrier, value: data.carrierName || tba },
    { label: L.freightTerm, value: bi(data.freightTerm === 'collect' ? L.collect : L.prepaid) },
    { label: C.pol, value: data.pol },
    { label: C.pod, value: data.pod },
    { label: C.vesselVoyage, value: vesselVoyage(data.vessel, data.voyage) || tba },
    { label: C.etd, value: data.etd ? formatDocumentDate(data.etd) : tba },
    { label: L.commodity, value: data.commodity, span: 2 },
    {
      label: L.agreedRate,
      value: data.agreedRate ? formatMoney(data.agreedRate) : tba,
      span: 2,
      bold: true,
    },
  ]);

  parts.sectionTitle(w, L.containers);
  let teuTimes4 = 0;
  let count = 0;
  const rows: TableRow[] = data.containers.map((line) => {
    const type = normalizeContainerType(line.type);
    const info = type.ok ? CONTAINER_TYPES[type.code] : undefined;
    teuTimes4 += (info?.teuTimes4 ?? 0) * line.count;
    count += line.count;
    return {
      cells: [
        containerTypeLabel(line.type),
        type.ok ? type.code : line.type,
        info?.description ?? '',
        String(line.count),
      ],
    };
  });
  rows.push({
    emphasis: true,
    cells: [
      { text: bi(L.totalContainers), span: 3, align: 'right' },
      `${count} (${teuFromQuarterUnits(teuTimes4)} TEU)`,
    ],
  });
  w.table(parts.columns(parts.layout.tables.containers, L), rows);
  w.y += parts.layout.spacing.section;

  if (data.remarks) parts.remarks(w, data.remarks);
  parts.terms(w, L.terms);
  parts.signatureBoxes(
    w,
    { title: L.clientSignature, party: data.client },
    { title: L.forwarderSignature, party: { name: data.company.name, nameLocal: data.company.nameLocal } },
  );
  return parts.finish(w, `${bi(L.reference)}: ${data.reference}`);
}
