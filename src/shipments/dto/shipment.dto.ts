import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { MoneyJson } from '../../common/money/money';
import { MoneyDto, moneyJson } from '../../common/money/money.dto';
import { containerTypeLabel } from '../../containers/domain/container-type';
import type { ShippingInstructions } from '../entities/shipment.entity';
import type { Container } from '../entities/container.entity';
import type { Shipment } from '../entities/shipment.entity';
import type { ShipmentEvent } from '../entities/shipment-event.entity';
import {
  CONTAINER_STATUSES,
  INSPECTION_STATES,
  SHIPMENT_STATUSES,
  type ContainerStatus,
  type InspectionState,
  type ShipmentStatus,
} from '../domain/shipment-status';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

export class ContainerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() seq!: number;
  @ApiProperty({ example: '45G1', description: 'ISO 6346 size-type code' }) type!: string;
  @ApiProperty({ example: '40HC' }) typeLabel!: string;
  @ApiProperty({ enum: CONTAINER_STATUSES }) status!: ContainerStatus;
  @ApiProperty({ nullable: true, type: String }) containerNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) sealNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) pickedUpAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) stuffedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) gatedInAt!: string | null;
  @ApiProperty({ nullable: true, type: Number }) packages!: number | null;
  @ApiProperty({ nullable: true, type: String }) grossWeightKg!: string | null;
  @ApiProperty({ nullable: true, type: String }) vgmKg!: string | null;
  @ApiProperty({ nullable: true, type: String }) terminal!: string | null;

  static from(c: Container): ContainerDto {
    return {
      id: c.id,
      seq: c.seq,
      type: c.type,
      typeLabel: containerTypeLabel(c.type),
      status: c.status,
      containerNumber: c.containerNumber,
      sealNumber: c.sealNumber,
      pickedUpAt: iso(c.pickedUpAt),
      stuffedAt: iso(c.stuffedAt),
      gatedInAt: iso(c.gatedInAt),
      packages: c.packages,
      grossWeightKg: c.grossWeightKg,
      vgmKg: c.vgmKg,
      terminal: c.terminal,
    };
  }
}

class ShipmentCutoffsDto {
  @ApiProperty({ nullable: true, type: String }) cy!: string | null;
  @ApiProperty({ nullable: true, type: String }) si!: string | null;
  @ApiProperty({ nullable: true, type: String }) customs!: string | null;
  @ApiProperty({ nullable: true, type: String }) vgm!: string | null;
}

class BlApprovalsDto {
  @ApiProperty({ nullable: true, type: Number, description: 'SI revision the client approved' }) client!:
    number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'SI revision the carrier approved' }) carrier!:
    number | null;
}

export class ShipmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SE2611-0001' }) reference!: string;
  @ApiProperty({ enum: SHIPMENT_STATUSES }) status!: ShipmentStatus;
  @ApiProperty({ description: 'Also the ETag; send it back as If-Match' }) version!: number;
  @ApiProperty({ format: 'uuid' }) clientId!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) carrierId!: string | null;
  @ApiProperty({ example: 'CNYTN' }) pol!: string;
  @ApiProperty({ example: 'USLAX' }) pod!: string;
  @ApiProperty() commodity!: string;
  @ApiProperty({ enum: ['prepaid', 'collect'] }) freightTerm!: string;
  @ApiPropertyOptional({ type: MoneyDto, nullable: true }) agreedRate!: MoneyJson | null;
  @ApiProperty({ nullable: true, type: String }) vessel!: string | null;
  @ApiProperty({ nullable: true, type: String }) voyage!: string | null;
  @ApiProperty({ nullable: true, type: String }) etd!: string | null;
  @ApiProperty({ nullable: true, type: String }) soNumber!: string | null;
  @ApiProperty({ nullable: true, type: String }) carrierBookingReference!: string | null;
  @ApiProperty({ type: ShipmentCutoffsDto }) cutoffs!: ShipmentCutoffsDto;
  @ApiProperty({ nullable: true, type: String }) declarationNumber!: string | null;
  @ApiProperty({ enum: INSPECTION_STATES }) inspection!: InspectionState;
  @ApiPropertyOptional({ type: MoneyDto, nullable: true }) inspectionFee!: MoneyJson | null;
  @ApiProperty({ description: '0 until the first SI' }) siRevision!: number;
  @ApiProperty({ nullable: true, type: Object }) shippingInstructions!: ShippingInstructions | null;
  @ApiProperty({ type: BlApprovalsDto }) blApprovals!: BlApprovalsDto;
  @ApiProperty({ nullable: true, type: String }) blNumber!: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ['original', 'telex', 'seaway'] }) releaseMode!:
    string | null;
  @ApiProperty({ nullable: true, type: String }) cancelReason!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Staff remarks (null for client users)' })
  remarks!: string | null;
  @ApiProperty({
    format: 'uuid',
    nullable: true,
    type: String,
    description: 'The assigned operator (null for a client user)',
  })
  operatorId!: string | null;
  @ApiProperty({ type: [ContainerDto] }) containers!: ContainerDto[];
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from(s: Shipment, containers: Container[]): ShipmentDto {
    return {
      id: s.id,
      reference: s.reference,
      status: s.status,
      version: s.version,
      clientId: s.clientId,
      carrierId: s.carrierId,
      pol: s.pol,
      pod: s.pod,
      commodity: s.commodity,
      freightTerm: s.freightTerm,
      agreedRate: moneyJson(s.agreedRateMinor, s.agreedRateCurrency),
      vessel: s.vessel,
      voyage: s.voyage,
      etd: iso(s.etd),
      soNumber: s.soNumber,
      carrierBookingReference: s.carrierBookingReference,
      cutoffs: {
        cy: iso(s.cutoffCy),
        si: iso(s.cutoffSi),
        customs: iso(s.cutoffCustoms),
        vgm: iso(s.cutoffVgm),
      },
      declarationNumber: s.declarationNumber,
      inspection: s.inspection,
      inspectionFee: moneyJson(s.inspectionFeeMinor, s.inspectionFeeCurrency),
      siRevision: s.siRevision,
      shippingInstructions: s.shippingInstructions,
      blApprovals: { client: s.blApprovedClientRevision, carrier: s.blApprovedCarrierRevision },
      blNumber: s.blNumber,
      releaseMode: s.releaseMode,
      cancelReason: s.cancelReason,
      remarks: s.remarks,
      operatorId: s.operatorId,
      containers: [...containers].sort((a, b) => a.seq - b.seq).map((c) => ContainerDto.from(c)),
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class ShipmentPageDto {
  @ApiProperty({ type: [ShipmentDto] }) items!: ShipmentDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

class EventActorDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) id!: string | null;
  @ApiProperty() name!: string;
}

export class ShipmentEventDto {
  @ApiProperty() seq!: number;
  @ApiProperty({ example: 'container_gated_in' }) type!: string;
  @ApiProperty({ nullable: true, type: String }) fromStatus!: string | null;
  @ApiProperty({ nullable: true, type: String }) toStatus!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'DCSA Track & Trace event code' }) dcsaCode!:
    string | null;
  @ApiProperty({ type: EventActorDto }) actor!: EventActorDto;
  @ApiProperty() at!: string;
  @ApiProperty({ type: Object }) data!: Record<string, unknown>;

  static from(e: ShipmentEvent): ShipmentEventDto {
    return {
      seq: e.seq,
      type: e.type,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      dcsaCode: e.dcsaCode,
      actor: { id: e.actorId, name: e.actorName },
      at: e.at.toISOString(),
      data: e.data,
    };
  }
}

export class ShipmentEventPageDto {
  @ApiProperty({ type: [ShipmentEventDto] }) items!: ShipmentEventDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class MissingPaperDto {
  @ApiProperty({ example: 'packing_list', description: 'An attachment kind' }) kind!: string;
  @ApiProperty({ description: 'Whether it blocks the action (else only a warning)' }) blocking!: boolean;
}

export class NextActionDto {
  @ApiProperty({ example: 'release-customs' }) action!: string;
  @ApiProperty() allowed!: boolean;
  @ApiPropertyOptional({ type: [String], description: 'What is missing, when not allowed' })
  missing?: string[];
  @ApiPropertyOptional({
    type: [String],
    description: 'What is missing without blocking the action (papers the checklist only warns about)',
  })
  warnings?: string[];
  @ApiPropertyOptional({
    type: [MissingPaperDto],
    description: 'The papers the action lacks, blocking or not (docs/papers.md)',
  })
  missingPapers?: MissingPaperDto[];
}
