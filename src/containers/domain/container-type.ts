/**
 * ISO 6346 size-type codes for the container types we book, and the trade aliases clients and carriers
 * actually write (20GP, 40HC, 40RF...). We store the ISO code and show the alias.
 */

export type ContainerTypeResult = { ok: true; code: ContainerTypeCode } | { ok: false; reason: string };

export interface ContainerTypeInfo {
  /** English description, as printed on documents. */
  description: string;
  /** Nominal length in feet. */
  size: 20 | 40 | 45;
  /** TEU × 4, an integer (20' = 4, 40' = 8, 45' = 9) so that sums never meet floating point. */
  teuTimes4: 4 | 8 | 9;
  /** The usual trade alias, for display. */
  label: string;
}

export const CONTAINER_TYPES = {
  '22G1': { description: "20' general purpose", size: 20, teuTimes4: 4, label: '20GP' },
  '42G1': { description: "40' general purpose", size: 40, teuTimes4: 8, label: '40GP' },
  '45G1': { description: "40' high cube general purpose", size: 40, teuTimes4: 8, label: '40HC' },
  L5G1: { description: "45' high cube general purpose", size: 45, teuTimes4: 9, label: '45HC' },
  '22R1': { description: "20' reefer", size: 20, teuTimes4: 4, label: '20RF' },
  '45R1': { description: "40' high cube reefer", size: 40, teuTimes4: 8, label: '40RF' },
  '22U1': { description: "20' open top", size: 20, teuTimes4: 4, label: '20OT' },
  '42U1': { description: "40' open top", size: 40, teuTimes4: 8, label: '40OT' },
  '22P1': { description: "20' flat rack", size: 20, teuTimes4: 4, label: '20FR' },
  '42P1': { description: "40' flat rack", size: 40, teuTimes4: 8, label: '40FR' },
  '22T1': { description: "20' tank", size: 20, teuTimes4: 4, label: '20TK' },
} as const satisfies Record<string, ContainerTypeInfo>;

export type ContainerTypeCode = keyof typeof CONTAINER_TYPES;

const ALIASES: Readonly<Record<string, ContainerTypeCode>> = {
  '20GP': '22G1',
  '20DC': '22G1',
  '20DV': '22G1',
  '40GP': '42G1',
  '40DC': '42G1',
  '40DV': '42G1',
  '40HC': '45G1',
  '40HQ': '45G1',
  '45HC': 'L5G1',
  '45HQ': 'L5G1',
  '20RF': '22R1',
  '20RE': '22R1',
  '20RH': '22R1',
  '40RF': '45R1',
  '40RH': '45R1',
  '40RE': '45R1',
  '40RQ': '45R1',
  '20OT': '22U1',
  '40OT': '42U1',
  '20FR': '22P1',
  '40FR': '42P1',
  '20TK': '22T1',
};

function isContainerTypeCode(value: string): value is ContainerTypeCode {
  return Object.hasOwn(CONTAINER_TYPES, value);
}

/** Turns an ISO 6346 size-type code or a trade alias ("40'hc", "20 GP") into the ISO code we store. */
export function normalizeContainerType(input: string): ContainerTypeResult {
  // NFKC folds full-width characters from Chinese input; then drop spaces and the feet marks people add
  // (20'GP, 40"HC, 40′HC, 40’HC).
  const cleaned = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s'"`\u2018\u2019\u2032\u2033]+/g, '');
  if (cleaned === '') {
    return { ok: false, reason: 'must be a container type such as 22G1 or 40HC' };
  }
  if (isContainerTypeCode(cleaned)) {
    return { ok: true, code: cleaned };
  }
  const aliased = Object.hasOwn(ALIASES, cleaned) ? ALIASES[cleaned] : undefined;
  if (aliased) {
    return { ok: true, code: aliased };
  }
  return {
    ok: false,
    reason: `unknown container type "${input.trim()}"; use an ISO code such as 22G1 or an alias such as 40HC`,
  };
}

/** The usual alias for display ("45G1" → "40HC"); a value we do not know is shown as given. */
export function containerTypeLabel(code: string): string {
  const result = normalizeContainerType(code);
  return result.ok ? CONTAINER_TYPES[result.code].label : code;
}
