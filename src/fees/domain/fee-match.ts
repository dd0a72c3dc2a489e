import type { FeeKind } from './fee-kind';

/** A fee rule as the matching reads it: null is "any" (carrier, terminal, container type). */
export interface FeeRuleScope {
  kind: FeeKind;
  carrierId: string | null;
  terminal: string | null;
  containerType: string | null;
}

/** What a container at a stage is: its carrier (the shipment's), terminal if known, ISO type. */
export interface FeeSubject {
  carrierId: string | null;
  terminal: string | null;
  containerType: string;
}

/** A terminal compared as people write it: `yict`, ` YICT ` and `YICT` are one terminal. */
export const normalizeTerminal = (terminal: string | null | undefined): string | null => {
  const t = terminal?.trim().toUpperCase();
  return t ? t : null;
};

/** Whether a rule applies to the subject at all: each of its fields is "any" or the subject's own. */
export function ruleApplies(rule: FeeRuleScope, subject: FeeSubject): boolean {
  return (
    (rule.carrierId === null || rule.carrierId === subject.carrierId) &&
    (rule.terminal === null || rule.terminal === normalizeTerminal(subject.terminal)) &&
    (rule.containerType === null || rule.containerType === subject.containerType)
  );
}

/**
 * How specific a rule is: the carrier weighs most, then the terminal, then the container type, so that
 * carrier+terminal+type beats carrier+terminal beats carrier+type beats carrier beats terminal+type … beats
 * any (docs/domain.md, "Fees by carrier and terminal").
 */
export const specificity = (rule: FeeRuleScope): number =>
  (rule.carrierId === null ? 0 : 4) +
  (rule.terminal === null ? 0 : 2) +
  (rule.containerType === null ? 0 : 1);

/** The most specific rule of `kind` that applies to the subject, or undefined when none does. */
export function mostSpecificRule<R extends FeeRuleScope>(
  rules: readonly R[],
  kind: FeeKind,
  subject: FeeSubject,
): R | undefined {
  let best: R | undefined;
  for (const rule of rules) {
    if (rule.kind !== kind || !ruleApplies(rule, subject)) continue;
    if (!best || specificity(rule) > specificity(best)) best = rule;
  }
  return best;
}
