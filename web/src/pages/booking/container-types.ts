/**
 * The container types a booking may ask for: the ISO 6346 size-type codes the service stores and the trade
 * aliases operators write. One list, mirroring src/containers/domain/container-type.ts (the console cannot
 * import server code); the service normalizes again and stays the judge.
 */
export interface ContainerTypeOption {
  /** ISO 6346 size-type code, what the request sends (45G1). */
  code: string;
  /** The usual trade alias, what operators read (40HC). */
  label: string;
  /** Other names people type for it (40HQ), searched too. */
  aliases: readonly string[];
  /** TEU × 4, an integer (20' = 4, 40' = 8, 45' = 9), for the total shown under the rows. */
  teuTimes4: 4 | 8 | 9;
}

export const CONTAINER_TYPES: readonly ContainerTypeOption[] = [
  { code: '22G1', label: '20GP', aliases: ['20DC', '20DV'], teuTimes4: 4 },
  { code: '42G1', label: '40GP', aliases: ['40DC', '40DV'], teuTimes4: 8 },
  { code: '45G1', label: '40HC', aliases: ['40HQ'], teuTimes4: 8 },
  { code: 'L5G1', label: '45HC', aliases: ['45HQ'], teuTimes4: 9 },
  { code: '22R1', label: '20RF', aliases: ['20RE', '20RH'], teuTimes4: 4 },
  { code: '45R1', label: '40RF', aliases: ['40RH', '40RE', '40RQ'], teuTimes4: 8 },
  { code: '22U1', label: '20OT', aliases: [], teuTimes4: 4 },
  { code: '42U1', label: '40OT', aliases: [], teuTimes4: 8 },
  { code: '22P1', label: '20FR', aliases: [], teuTimes4: 4 },
  { code: '42P1', label: '40FR', aliases: [], teuTimes4: 8 },
  { code: '22T1', label: '20TK', aliases: [], teuTimes4: 4 },
];

const BY_NAME: ReadonlyMap<string, ContainerTypeOption> = new Map(
  CONTAINER_TYPES.flatMap((type) =>
    [type.code, type.label, ...type.aliases].map((name) => [name, type] as const),
  ),
);

/** A code or alias as typed ("40'hc", "２０ＧＰ") to its type, or undefined when it is none we book. */
export function containerTypeOf(input: string): ContainerTypeOption | undefined {
  // As the service does: fold full-width characters, drop spaces and the feet marks people add (20'GP).
  const cleaned = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s'"`\u2018\u2019\u2032\u2033]+/g, '');
  return BY_NAME.get(cleaned);
}

/** TEU of some containers, from the integer TEU × 4 so that a sum never meets floating point. */
export function teuOf(rows: readonly { type?: string; quantity?: number | null }[]): number {
  const times4 = rows.reduce((sum, row) => {
    const type = row.type ? containerTypeOf(row.type) : undefined;
    return sum + (type ? type.teuTimes4 * (row.quantity ?? 0) : 0);
  }, 0);
  return times4 / 4;
}
