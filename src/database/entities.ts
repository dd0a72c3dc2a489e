import { Approval } from '../approvals/entities/approval.entity';
import { AttachmentKind } from '../attachments/entities/attachment-kind.entity';
import { Attachment } from '../attachments/entities/attachment.entity';
import { FileBlobChunk } from '../attachments/entities/file-blob-chunk.entity';
import { FileBlob } from '../attachments/entities/file-blob.entity';
import { PaperRule } from '../papers/entities/paper-rule.entity';
import { AuditRecord } from '../audit/entities/audit-record.entity';
import { CarrierPaymentAllocation } from '../billing/entities/carrier-payment-allocation.entity';
import { CarrierPayment } from '../billing/entities/carrier-payment.entity';
import { ClientFxTerm } from '../billing/entities/client-fx-term.entity';
import { DebitNoteLine } from '../billing/entities/debit-note-line.entity';
import { DebitNote } from '../billing/entities/debit-note.entity';
import { PaymentAllocation } from '../billing/entities/payment-allocation.entity';
import { Payment } from '../billing/entities/payment.entity';
import { Carrier } from '../carriers/entities/carrier.entity';
import { Client } from '../clients/entities/client.entity';
import { FloorPrice } from '../floor-prices/entities/floor-price.entity';
import { FeeRule } from '../fees/entities/fee-rule.entity';
import { ShipmentCharge } from '../fees/entities/shipment-charge.entity';
import { Counter } from '../common/database/counter.entity';
import { IdempotencyKey } from '../idempotency/entities/idempotency-key.entity';
import { StoredDocument } from '../documents/stored/stored-document.entity';
import { Email } from '../notifications/entities/email.entity';
import { Container } from '../shipments/entities/container.entity';
import { ShipmentEvent } from '../shipments/entities/shipment-event.entity';
import { Shipment } from '../shipments/entities/shipment.entity';
import { User } from '../users/entities/user.entity';

/** Every entity of the app: one list for the app, the migration CLI and the schema check. */
export const ENTITIES = [
  User,
  Client,
  Carrier,
  FloorPrice,
  FeeRule,
  ShipmentCharge,
  Shipment,
  Container,
  ShipmentEvent,
  Counter,
  IdempotencyKey,
  AuditRecord,
  DebitNote,
  DebitNoteLine,
  Payment,
  PaymentAllocation,
  CarrierPayment,
  CarrierPaymentAllocation,
  ClientFxTerm,
  Approval,
  Email,
  StoredDocument,
  AttachmentKind,
  FileBlob,
  FileBlobChunk,
  Attachment,
  PaperRule,
];
