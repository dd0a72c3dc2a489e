import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { containerTypeLabel } from '../../containers/domain/container-type';
import type { BlDraftData, BlParty } from '../domain/bl-draft-data';
import { formatAmount } from '../domain/document-format';
import { bi, type DocumentParts, portLabel, vesselVoyage } from './document-parts';
import { findTemplatesDir, type Bilingual } from './document-templates';
import type { TableColumn, TableRow } from './pdf-writer';

/** The B/L draft's wording, from templates/documents/bl-draft.json. */
export type BlDraftLabels = Record<
  | 'title'
  | 'revision'
  | 'reference'
  | 'blNumber'
  | 'shipper'
  | 'consignee'
  | 'notifyParty'
  | 'sameAsConsignee'
  | 'carriage'
  | 'carrier'
  | 'placeOfReceipt'
  | 'placeOfDelivery'
  | 'cargo'
  | 'marks'
  | 'description'
  | 'packages'
  | 'grossWeight'
  | 'measurement'
  | 'containers'
  | 'containerNumber'
  | 'sealNumber'
  | 'containerType'
  | 'total'
  | 'terms'
  | 'freightTerm'
  | 'prepaid'
  | 'collect'
  | 'blType'
  | 'original'
  | 'telex'
  | 'seaway'
  | 'originals'
  | 'check',
  Bilingual
>;

/** Reads templates/documents/bl-draft.json; throws at startup on a label missing a language. */
export function loadBlDraftLabels(templatesDir: string = findTemplatesDir()): BlDraftLabels {
  const labels = JSON.parse(readFileSync(join(templatesDir, 'documents', 'bl-draft.json'), 'utf8')) as Record<
    string,
    Partial<Bilingual>
  >;
  for (const [key, label] of Object.entries(labels)) {
    if (!label.zh || !label.en) throw new Error(`bl-draft.json: "${key}" needs zh and en`);
  }
  return labels as BlDraftLabels;
}

const party = (p: BlParty): string => (p.address ? `${p.name}\n${p.address}` : p.name);

/**
 * The B/L draft (提单确认件) of one SI revision, marked DRAFT with its revision: the parties, the carriage,
 * the cargo as the shipper declares it, every container with its seal and weight, the freight term, the B/L
 * type and the number of originals, and what the reader is asked to check (docs/documents.md).
 */
export function renderBlDraft(parts: DocumentParts, L: BlDraftLabels, data: BlDraftData): Promise<Buffer> {
  const C = parts.labels.common;
  const w = parts.writer(data.company, L.title, data.reference, {
    subject: `${L.title.zh} ${L.title.en} ${data.reference} rev. ${data.revision} - ${data.shipper.name}`,
    date: data.date,
  });
  const tba = bi(C.tba);

  parts.fieldGrid(w, 3, [
    { label: L.reference, value: data.reference, bold: true },
    { label: L.revision, value: String(data.revision), bold: true },
    { label: L.blNumber, value: data.blNumber || tba, bold: Boolean(data.blNumber) },
  ]);
  parts.fieldGrid(w, 1, [
    { label: L.shipper, value: party(data.shipper) },
    { label: L.consignee, value: party(data.consignee) },
    { label: L.notifyParty, value: data.notifyParty ? party(data.notifyParty) : bi(L.sameAsConsignee) },
  ]);

  parts.sectionTitle(w, L.carriage);
  parts.fieldGrid(w, 3, [
    { label: L.carrier, value: data.carrierName || tba },
    { label: C.vesselVoyage, value: vesselVoyage(data.vessel, data.voyage) || tba, bold: true },
    { label: L.placeOfReceipt, value: data.placeOfReceipt ? portLabel(data.placeOfReceipt) : '-' },
    { label: C.pol, value: portLabel(data.pol) },
    { label: C.pod, value: portLabel(data.pod) },
    { label: L.placeOfDelivery, value: data.placeOfDelivery ? portLabel(data.placeOfDelivery) : '-' },
  ]);

  parts.sectionTitle(w, L.cargo);
  const cargo: TableColumn[] = [
    { key: 'marks', width: 120, align: 'left', header: L.marks },
    { key: 'packages', width: 60, align: 'right', header: L.packages },
    { key: 'description', width: 195.28, align: 'left', header: L.description },
    { key: 'grossWeight', width: 70, align: 'right', header: L.grossWeight },
    { key: 'measurement', width: 70, align: 'right', header: L.measurement },
  ];
  w.table(fit(cargo, w.width), [
    {
      cells: [
        data.marks,
        formatAmount(String(data.packages)),
        data.description,
        formatAmount(data.grossWeightKg),
        formatAmount(data.measurementCbm),
      ],
    },
  ]);
  w.y += parts.layout.spacing.section;

  parts.sectionTitle(w, L.containers);
  const boxes: TableColumn[] = [
    { key: 'containerNumber', width: 120, align: 'left', header: L.containerNumber },
    { key: 'sealNumber', width: 120, align: 'left', header: L.sealNumber },
    { key: 'containerType', width: 80, align: 'center', header: L.containerType },
    { key: 'packages', width: 95.28, align: 'right', header: L.packages },
    { key: 'grossWeight', width: 100, align: 'right', header: L.grossWeight },
  ];
  const rows: TableRow[] = data.containers.map((c) => ({
    cells: [
      c.number,
      c.seal ?? '-',
      containerTypeLabel(c.type),
      c.packages === null ? '-' : formatAmount(String(c.packages)),
      c.grossWeightKg === null ? '-' : formatAmount(c.grossWeightKg),
    ],
  }));
  rows.push({
    emphasis: true,
    cells: [
      { text: `${bi(L.total)}: ${data.containers.length}`, span: 3, align: 'right' },
      formatAmount(String(data.packages)),
      formatAmount(data.grossWeightKg),
    ],
  });
  w.table(fit(boxes, w.width), rows);
  w.y += parts.layout.spacing.section;

  parts.sectionTitle(w, L.terms);
  parts.fieldGrid(w, 3, [
    { label: L.freightTerm, value: bi(data.freightTerm === 'collect' ? L.collect : L.prepaid), bold: true },
    { label: L.blType, value: bi(L[data.blType]), bold: true },
    { label: L.originals, value: String(data.originals), bold: true },
  ]);
  parts.terms(w, L.check);
  // The footer names the revision too (R2): pages of two drafts are never mixed up.
  return parts.finish(w, `${bi(L.reference)}: ${data.reference} R${data.revision}`, C.draft);
}

/** Columns scaled to the page's width (the widths above are for A4 at the default margins). */
function fit(columns: TableColumn[], width: number): TableColumn[] {
  const total = columns.reduce((sum, c) => sum + c.width, 0);
  return columns.map((c) => ({ ...c, width: (c.width * width) / total }));
}
