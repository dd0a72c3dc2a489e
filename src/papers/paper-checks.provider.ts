import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MissingPaper, PaperChecksProvider, PaperShipment } from '../shipments/paper-checks.port';
import { effectiveRules, type PaperRuleRow } from './domain/paper-rules';

/** Every rule and the kinds' names: a handful of rows, read per check. */
async function loadRules(em: EntityManager): Promise<(PaperRuleRow & { name: string })[]> {
  return em.query(
    `SELECT r.id, r.action, r.kind, r.severity, r.carrier_id AS "carrierId", r.client_id AS "clientId",
            k.name_en AS name
       FROM paper_rules r JOIN attachment_kinds k ON k.code = r.kind
      ORDER BY k.position, r.action`,
  );
}

/** The kinds of paper each shipment has (attachments not removed). */
async function kindsHeld(em: EntityManager, ids: readonly string[]): Promise<Map<string, Set<string>>> {
  const rows = await em.query<{ shipment_id: string; kind: string }[]>(
    `SELECT DISTINCT shipment_id, kind FROM attachments WHERE shipment_id = ANY($1::uuid[]) AND removed_at IS NULL`,
    [ids],
  );
  const held = new Map<string, Set<string>>();
  for (const r of rows) {
    const kinds = held.get(r.shipment_id) ?? new Set<string>();
    kinds.add(r.kind);
    held.set(r.shipment_id, kinds);
  }
  return held;
}

/** The papers checklist as the shipment's actions and board read it (the `PAPER_CHECKS` port). */
@Injectable()
export class AttachmentPaperChecks implements PaperChecksProvider {
  async missingFor(
    em: EntityManager,
    shipment: PaperShipment,
    actions: readonly string[],
  ): Promise<Map<string, MissingPaper[]>> {
    const missing = new Map<string, MissingPaper[]>();
    const rules = effectiveRules(await loadRules(em), shipment).filter((r) => actions.includes(r.action));
    if (!rules.length) return missing;
    const held = (await kindsHeld(em, [shipment.id])).get(shipment.id) ?? new Set<string>();
    for (const r of rules) {
      if (held.has(r.kind)) continue;
      const list = missing.get(r.action) ?? [];
      list.push({ kind: r.kind, name: r.name, blocking: r.severity === 'blocking' });
      missing.set(r.action, list);
    }
    return missing;
  }

  async missingCounts(
    em: EntityManager,
    shipments: readonly (PaperShipment & { action: string | null })[],
  ): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    const gated = shipments.filter((s) => s.action);
    if (!gated.length) return counts;
    const all = await loadRules(em);
    if (!all.length) return counts;
    const held = await kindsHeld(
      em,
      gated.map((s) => s.id),
    );
    for (const s of gated) {
      const kinds = held.get(s.id);
      const n = effectiveRules(all, s).filter((r) => r.action === s.action && !kinds?.has(r.kind)).length;
      if (n) counts.set(s.id, n);
    }
    return counts;
  }
}
