/** The longest file name kept (the column is 200 characters). */
export const MAX_FILENAME_LENGTH = 200;

// C0 and C1 controls, DEL, and the bidirectional overrides that make `invoice\u202efdp.exe` read as `.pdf`:
// control characters are what this pattern is for.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * A file name as a browser writes it in a multipart header: the HTML standard escapes `"`, CR and LF as
 * `%22`, `%0D` and `%0A` (and nothing else), which the multipart parser leaves as they are.
 */
export function fromMultipartName(name: string): string {
  return name.replace(/%(22|0D|0A)/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * A file name as uploaded, made safe to keep and to send back in a header (docs/security.md, "Uploads"): no
 * path parts (either slash), no control characters (CR and LF included), no leading dots, at most 200
 * characters with the extension kept. Empty after cleaning: `file.<extension of the detected type>`.
 */
export function cleanFilename(raw: string | undefined, fallbackExtension: string): string {
  const base = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  let name = base
    .replace(UNSAFE, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '');
  if (!name) name = `file.${fallbackExtension}`;
  if ([...name].length <= MAX_FILENAME_LENGTH) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const stem = [...name.slice(0, name.length - extension.length)];
  return stem.slice(0, MAX_FILENAME_LENGTH - [...extension].length).join('') + extension;
}

/**
 * `Content-Disposition` for a stored file (RFC 6266, RFC 5987): the exact name UTF-8 encoded in `filename*`,
 * an ASCII stand-in in `filename` for old clients (anything else, quotes and backslashes included, as `_`).
 */
export function contentDispositionFor(filename: string, disposition: 'inline' | 'attachment'): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
