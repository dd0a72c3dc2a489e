import type { Translate } from '../../../i18n/context';
import type { MessageKey } from '../../../i18n/zh';
import type { AttachmentKind } from './queries';

/** The kinds the migration seeds, named in the console's own words; a kind added later by its API names. */
const KNOWN = new Set([
  'so',
  'packing_list',
  'commercial_invoice',
  'customs_declaration',
  'customs_release',
  'vgm',
  'carrier_bl_draft',
  'telex_release',
  'photo',
  'other',
]);

/** A kind's name in the user's language. */
export function kindLabel(
  t: Translate,
  code: string,
  kinds?: readonly AttachmentKind[],
  language: 'zh' | 'en' = 'zh',
  fallback?: string,
): string {
  if (KNOWN.has(code)) return t(`papers.kind.${code}` as MessageKey);
  const kind = kinds?.find((k) => k.code === code);
  if (kind) return language === 'en' ? kind.nameEn : kind.nameZh;
  return fallback ?? code;
}

/** 22.4 KB, 1.2 MB: a file's size as people read it. */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `paper missing: Packing list (packing_list)`, as next-actions and a 422 say it (src/shipments/paper-checks.port.ts). */
export function parseMissingPaper(text: string): { kind: string; name: string } | null {
  const match = /^paper missing: (.+) \(([a-z0-9_]+)\)$/.exec(text);
  return match ? { name: match[1]!, kind: match[2]! } : null;
}
