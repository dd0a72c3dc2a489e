import type { Translate } from '../../i18n/context';

/** The aging report's buckets, in the order the report and the statement show them (docs/api.md "Billing"). */
export const AGING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

export function bucketLabel(t: Translate, bucket: AgingBucket): string {
  return t(`receivables.bucket.${bucket}`);
}
