import { ValidationFailedError } from '../../common/errors/app-error';
import { parseTime } from '../../common/time';
import type { CutoffsDto } from '../dto/action.dto';
import type { Shipment } from '../entities/shipment.entity';

/** The vessel a shipment sails on, as an event records it. */
export interface Voyage {
  vessel: string | null;
  voyage: string | null;
  etd: string | null;
}

export function voyageOf(s: Shipment): Voyage {
  return { vessel: s.vessel, voyage: s.voyage, etd: s.etd?.toISOString() ?? null };
}

export function cutoffsOf(s: Shipment): Record<string, string | null> {
  return {
    cy: s.cutoffCy?.toISOString() ?? null,
    si: s.cutoffSi?.toISOString() ?? null,
    customs: s.cutoffCustoms?.toISOString() ?? null,
    vgm: s.cutoffVgm?.toISOString() ?? null,
  };
}

/** The carrier's cut-offs as given with an S/O or a roll; none may fall after the ETD (400 naming each). */
export function parseCutoffs(dto: CutoffsDto, etd: Date): Partial<Shipment> {
  const cutoffs = {
    cutoffCy: parseTime(dto.cy, 'cutoffs.cy'),
    cutoffSi: parseTime(dto.si, 'cutoffs.si'),
    cutoffCustoms: dto.customs ? parseTime(dto.customs, 'cutoffs.customs') : null,
    cutoffVgm: dto.vgm ? parseTime(dto.vgm, 'cutoffs.vgm') : null,
  };
  const late = Object.entries({
    cy: cutoffs.cutoffCy,
    si: cutoffs.cutoffSi,
    customs: cutoffs.cutoffCustoms,
    vgm: cutoffs.cutoffVgm,
  })
    .filter(([, at]) => at && at > etd)
    .map(([name]) => ({
      field: `cutoffs.${name}`,
      message: `the ${name} cut-off must not be after the ETD`,
    }));
  if (late.length) throw new ValidationFailedError(late, late.map((f) => f.message).join('; '));
  return cutoffs;
}
