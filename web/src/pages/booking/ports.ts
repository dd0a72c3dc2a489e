import { type Port, PORTS } from '../../../../src/common/ports/ports';

/**
 * The ports the picker searches: the service's own list (src/common/ports/ports.ts, the names its documents
 * print beside the codes), imported as it is. Any other UN/LOCODE typed in full is accepted too (the service
 * checks only the code's form, docs/api.md "Shipments").
 */
export { PORTS, portOf, type Port } from '../../../../src/common/ports/ports';

// Mirrors src/shipments/domain/locode.ts: the location part uses letters and the digits 2-9 only.
const UN_LOCODE = /^[A-Z]{2}[A-Z2-9]{3}$/;

/**
 * A typed UN/LOCODE made canonical, as the service does it: full-width characters folded (Chinese input
 * methods), trimmed, upper case, and the one space often written after the country ("CN YTN") dropped.
 * Null when what was typed is no UN/LOCODE.
 */
export function normalizeLocode(input: string): string | null {
  const trimmed = input.normalize('NFKC').trim().toUpperCase();
  const value = /^[A-Z]{2} \S/.test(trimmed) ? trimmed.slice(0, 2) + trimmed.slice(3) : trimmed;
  return UN_LOCODE.test(value) ? value : null;
}

/**
 * The listed ports a search matches, best first: the code itself, then a code, English or Chinese name that
 * starts with the text, then one that contains it. Case and width do not matter.
 */
export function searchPorts(text: string): Port[] {
  const needle = text.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (needle === '') return [...PORTS];
  const compact = needle.replace(/ /g, '');
  const rank = (port: Port): number => {
    const code = port.code.toLowerCase();
    const en = port.en.toLowerCase();
    if (code === compact) return 0;
    if (code.startsWith(compact) || code.slice(2).startsWith(compact)) return 1;
    if (en.startsWith(needle) || port.zh.startsWith(needle)) return 2;
    if (en.includes(needle) || port.zh.includes(needle)) return 3;
    return -1;
  };
  return PORTS.map((port) => ({ port, rank: rank(port) }))
    .filter((hit) => hit.rank >= 0)
    .sort((a, b) => a.rank - b.rank)
    .map((hit) => hit.port);
}
