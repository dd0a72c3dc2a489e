import { containerTypeLabel } from '../../containers/domain/container-type';
import type { BookingConfirmationData } from '../domain/document-data';
import { fillLabel, formatDocumentDate, formatMoney } from '../domain/document-format';
import { bi, type DocumentParts, portLabel, vesselVoyage } from './document-parts';

/**
 * The written confirmation of a booking (docs/domain.md step 1): the ports by code and name, the agreed rate per
 * container type, the S/O number and cut-offs (local time) once known, whom to call, the terms, and both
 * parties' stamp and signature boxes.
 */
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
  const rate = data.agreedRate;
  // The rate is per container, of each type booked: "USD 1,850.00 / 40HQ".
  const types = [...new Set(data.containers.map((line) => containerTypeLabel(line.type)))];
  const rateText = rate
    ? types.length
      ? types.map((type) => `${formatMoney(rate)} / ${type}`).join('    ')
      : `${formatMoney(rate)} ${bi(L.perContainer)}`
    : tba;
  parts.fieldGrid(w, 2, [
    { label: L.carrier, value: data.carrierName || tba },
    { label: L.freightTerm, value: bi(data.freightTerm === 'collect' ? L.collect : L.prepaid) },
    { label: C.pol, value: portLabel(data.pol) },
    { label: C.pod, value: portLabel(data.pod) },
    { label: C.vesselVoyage, value: vesselVoyage(data.vessel, data.voyage) || tba },
    { label: C.etd, value: data.etd ? formatDocumentDate(data.etd) : tba },
    { label: L.soNumber, value: data.soNumber || tba, bold: Boolean(data.soNumber) },
    { label: L.carrierBookingReference, value: data.carrierBookingReference || tba },
    { label: L.commodity, value: data.commodity, span: 2 },
    { label: L.agreedRate, value: rateText, span: 2, bold: true },
    // Whom the client calls about this booking: its operator.
    ...(data.contact
      ? [
          { label: L.contact, value: data.contact.name, bold: true },
          {
            label: { zh: `${C.tel.zh} / ${C.email.zh}`, en: `${C.tel.en} / ${C.email.en}` },
            value: [data.contact.phone, data.contact.email].filter(Boolean).join('  ·  '),
          },
        ]
      : []),
  ]);

  const cutoffs = data.cutoffs;
  if (cutoffs && (cutoffs.cy || cutoffs.si || cutoffs.vgm || cutoffs.customs)) {
    const zone = { timeZone: data.timeZone ?? '' };
    parts.sectionTitle(w, { zh: fillLabel(L.cutoffs.zh, zone), en: fillLabel(L.cutoffs.en, zone) });
    parts.fieldGrid(w, 4, [
      { label: L.cutoffCy, value: cutoffs.cy ?? tba, bold: Boolean(cutoffs.cy) },
      { label: L.cutoffSi, value: cutoffs.si ?? tba, bold: Boolean(cutoffs.si) },
      { label: L.cutoffVgm, value: cutoffs.vgm ?? tba, bold: Boolean(cutoffs.vgm) },
      { label: L.cutoffCustoms, value: cutoffs.customs ?? tba, bold: Boolean(cutoffs.customs) },
    ]);
  }

  parts.containerCounts(w, L.containers, data.containers);

  if (data.remarks) parts.remarks(w, data.remarks);
  // The terms from configuration, then the validity clause: one block, no title, so the stamps stay on page 1.
  if (data.terms) parts.terms(w, data.terms);
  parts.terms(w, L.terms);
  parts.signatureBoxes(
    w,
    { title: L.clientSignature, party: data.client },
    { title: L.forwarderSignature, party: { name: data.company.name, nameLocal: data.company.nameLocal } },
  );
  return parts.finish(w, `${bi(L.reference)}: ${data.reference}`);
}
