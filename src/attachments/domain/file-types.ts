/** What file-type says of the first bytes (its `ext` and `mime`), or undefined when it cannot tell. */
export interface SniffedType {
  ext: string;
  mime: string;
}

/** A type an attachment may have: the Content-Type it is served with, and whether a browser shows it inline. */
export interface AcceptedType {
  contentType: string;
  extension: string;
  inline: boolean;
}

const ACCEPTED: Readonly<Record<string, AcceptedType>> = {
  pdf: { contentType: 'application/pdf', extension: 'pdf', inline: true },
  jpg: { contentType: 'image/jpeg', extension: 'jpg', inline: true },
  png: { contentType: 'image/png', extension: 'png', inline: true },
  webp: { contentType: 'image/webp', extension: 'webp', inline: true },
  gif: { contentType: 'image/gif', extension: 'gif', inline: true },
  // Scanned papers from fax-to-mail and copiers; browsers do not show TIFF, so it downloads.
  tif: { contentType: 'image/tiff', extension: 'tif', inline: false },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extension: 'xlsx',
    inline: false,
  },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extension: 'docx',
    inline: false,
  },
};

/** The type names the console lists as accepted (docs/papers.md). */
export const ACCEPTED_TYPE_NAMES = [
  'PDF',
  'JPEG',
  'PNG',
  'WebP',
  'GIF',
  'TIFF',
  'XLSX',
  'DOCX',
  'XLS',
  'DOC',
];

/**
 * The type an attachment is stored as, decided by its content (the first bytes, as file-type reads them),
 * never by its name or the upload's header; undefined for anything else (415). The old binary Office files
 * (XLS, DOC) are one container format (OLE, file-type's `cfb`) that the first bytes do not tell apart: the
 * name's extension chooses between them, and an OLE file named otherwise is kept as a plain OLE file.
 * Plain text and CSV are refused: nothing in their bytes says what they are.
 */
export function acceptedType(sniffed: SniffedType | undefined, filename: string): AcceptedType | undefined {
  if (!sniffed) return undefined;
  if (sniffed.ext === 'cfb') {
    const ext = /\.([a-z]+)$/i.exec(filename)?.[1]?.toLowerCase();
    if (ext === 'xls') return { contentType: 'application/vnd.ms-excel', extension: 'xls', inline: false };
    if (ext === 'doc') return { contentType: 'application/msword', extension: 'doc', inline: false };
    return { contentType: 'application/x-cfb', extension: 'cfb', inline: false };
  }
  return Object.hasOwn(ACCEPTED, sniffed.ext) ? ACCEPTED[sniffed.ext] : undefined;
}

/** Whether a stored file of this Content-Type is shown inline by browsers (PDF and the web's image types). */
export function isInline(contentType: string): boolean {
  return Object.values(ACCEPTED).some((t) => t.inline && t.contentType === contentType);
}
