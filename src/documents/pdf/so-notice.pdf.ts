import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SoNoticeData } from '../domain/so-notice-data';
import { fillLabel } from '../domain/document-format';
import { bi, type DocumentParts, type Field, vesselVoyage } from './document-parts';
import { findTemplatesDir, type Bilingual } from './document-templates';

/** The S/O notice's wording, from templates/documents/so-notice.json. */
export type SoNoticeLabels = Record<
  | 'title'
  | 'reference'
  | 'version'
  | 'revised'
  | 'client'
  | 'space'
  | 'soNumber'
  | 'carrierBookingReference'
  | 'carrier'
  | 'cutoffs'
  | 'cutoffCy'
  | 'cutoffSi'
  | 'cutoffVgm'
  | 'cutoffCustoms'
  | 'etdLocal'
  | 'containers'
  | 'pickup'
  | 'terminal'
  | 'depot'
  | 'depotDocPrint'
  | 'depotNoPrint'
  | 'operator'
  | 'operatorName'
  | 'phone'
  | 'email'
  | 'terms',
  Bilingual
>;

/** Reads templates/documents/so-notice.json; throws at startup on a label missing a language. */
export function loadSoNoticeLabels(templatesDir: string = findTemplatesDir()): SoNoticeLabels {
  const labels = JSON.parse(
    readFileSync(join(templatesDir, 'documents', 'so-notice.json'), 'utf8'),
  ) as Record<string, Partial<Bilingual>>;
  for (const [key, label] of Object.entries(labels)) {
    if (!label.zh || !label.en) throw new Error(`so-notice.json: "${key}" needs zh and en`);
  }
  return labels as SoNoticeLabels;
}

const fill = (label: Bilingual, values: Record<string, string | number>): Bilingual => ({
  zh: fillLabel(label.zh, values),
  en: fillLabel(label.en, values),
});

/**
 * The S/O notice (放舱通知 / 进仓通知): the S/O number and the carrier's booking reference, the sailing, every
 * cut-off in local time, the containers, where to pick up and gate in, and whom to call (docs/documents.md).
 */
export function renderSoNotice(parts: DocumentParts, L: SoNoticeLabels, data: SoNoticeData): Promise<Buffer> {
  const C = parts.labels.common;
  const w = parts.writer(data.company, L.title, data.reference, {
    subject: `${L.title.zh} ${L.title.en} ${data.reference} ${data.soNumber} - ${data.client.name}`,
    date: data.date,
  });

  parts.partyAndReferences(w, L.client, data.client, [
    { label: L.soNumber, value: data.soNumber, bold: true },
    { label: L.reference, value: data.reference },
    { label: C.date, value: data.date },
    { label: L.version, value: String(data.version) },
  ]);
  if (data.version > 1) {
    const revised = fill(L.revised, { version: data.version });
    w.y += w.paragraph(`${revised.zh} ${revised.en}`, w.left, w.y, w.width, {
      size: parts.layout.fontSize.body,
      weight: 'bold',
      color: parts.layout.color.accent,
    });
    w.y += parts.layout.spacing.section;
  }

  const tba = bi(C.tba);
  parts.sectionTitle(w, L.space);
  parts.fieldGrid(w, 2, [
    { label: L.soNumber, value: data.soNumber, bold: true },
    { label: L.carrierBookingReference, value: data.carrierBookingReference || tba, bold: true },
    { label: L.carrier, value: data.carrierName || tba },
    { label: C.vesselVoyage, value: vesselVoyage(data.vessel, data.voyage) || tba },
    { label: C.pol, value: data.pol },
    { label: C.pod, value: data.pod },
    { label: L.etdLocal, value: data.etd ?? tba, span: 2 },
  ]);

  parts.sectionTitle(w, fill(L.cutoffs, { zone: data.timeZone }));
  const cutoff = (label: Bilingual, at: string | null): Field => ({ label, value: at ?? tba, bold: !!at });
  parts.fieldGrid(w, 2, [
    cutoff(L.cutoffCy, data.cutoffs.cy),
    cutoff(L.cutoffSi, data.cutoffs.si),
    cutoff(L.cutoffVgm, data.cutoffs.vgm),
    cutoff(L.cutoffCustoms, data.cutoffs.customs),
  ]);

  parts.containerCounts(w, L.containers, data.containers);

  parts.sectionTitle(w, L.pickup);
  const depot = data.depotDocPrint ? L.depotDocPrint : L.depotNoPrint;
  parts.fieldGrid(w, 1, [
    { label: L.depot, value: `${depot.zh} ${depot.en}` },
    ...(data.terminals.length ? [{ label: L.terminal, value: data.terminals.join(', ') }] : []),
  ]);

  if (data.operator) {
    parts.sectionTitle(w, L.operator);
    parts.fieldGrid(w, 3, [
      { label: L.operatorName, value: data.operator.name, bold: true },
      { label: L.phone, value: data.operator.phone ?? '—' },
      { label: L.email, value: data.operator.email },
    ]);
  }
  parts.terms(w, L.terms);
  return parts.finish(w, `${bi(L.soNumber)}: ${data.soNumber}`);
}
