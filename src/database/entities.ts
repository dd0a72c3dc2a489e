import { AuditRecord } from '../audit/entities/audit-record.entity';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import { Counter } from '../common/database/counter.entity';
import { IdempotencyKey } from '../idempotency/entities/idempotency-key.entity';
import { Container } from '../shipments/entities/container.entity';
import { ShipmentEvent } from '../shipments/entities/shipment-event.entity';
import { Shipment } from '../shipments/entities/shipment.entity';
import { User } from '../users/entities/user.entity';

/** Every entity of the app: one list for the app, the migration CLI and the schema check. */
export const ENTITIES = [
  User,
  Client,
  Carrier,
  Shipment,
  Container,
  ShipmentEvent,
  Counter,
  IdempotencyKey,
  AuditRecord,
];
