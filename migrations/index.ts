// Every migration, oldest first. A new one (`npm run migration:generate -- migrations/Name`) is added here.
import { Init1795734697963 } from './1795734697963-Init';
import { Shipments1795735244412 } from './1795735244412-Shipments';
import { Billing1795735915601 } from './1795735915601-Billing';
import { Outbox1795736377275 } from './1795736377275-Outbox';
import { IssuedNoteSnapshot1795800000000 } from './1795800000000-IssuedNoteSnapshot';
import { TokenGeneration1795800100000 } from './1795800100000-TokenGeneration';
import { VoidAfterReleaseExactReplays1795800200000 } from './1795800200000-VoidAfterReleaseExactReplays';
import { ListIndexes1795900000000 } from './1795900000000-ListIndexes';
import { ShipmentOperator1795900300000 } from './1795900300000-ShipmentOperator';
import { UserLanguage1795900400000 } from './1795900400000-UserLanguage';
import { ShipmentChangeNotify1795900500000 } from './1795900500000-ShipmentChangeNotify';
import { ReportIndexes1795900600000 } from './1795900600000-ReportIndexes';
import { FrozenBaseRate1795900700000 } from './1795900700000-FrozenBaseRate';
import { ShipmentRemarks1795901600000 } from './1795901600000-ShipmentRemarks';
import { FloorPrices1795901700000 } from './1795901700000-FloorPrices';
import { CarrierPayments1795901800000 } from './1795901800000-CarrierPayments';
import { FeeRulesCharges1795901900000 } from './1795901900000-FeeRulesCharges';
import { StoredDocuments1795902000000 } from './1795902000000-StoredDocuments';
import { ClientTaxId1795902100000 } from './1795902100000-ClientTaxId';
import { EmailSender1795902200000 } from './1795902200000-EmailSender';
import { ShipmentPapers1795902300000 } from './1795902300000-ShipmentPapers';

export const MIGRATIONS = [
  Init1795734697963,
  Shipments1795735244412,
  Billing1795735915601,
  Outbox1795736377275,
  IssuedNoteSnapshot1795800000000,
  TokenGeneration1795800100000,
  VoidAfterReleaseExactReplays1795800200000,
  ListIndexes1795900000000,
  ShipmentOperator1795900300000,
  UserLanguage1795900400000,
  ShipmentChangeNotify1795900500000,
  ReportIndexes1795900600000,
  FrozenBaseRate1795900700000,
  ShipmentRemarks1795901600000,
  FloorPrices1795901700000,
  CarrierPayments1795901800000,
  FeeRulesCharges1795901900000,
  StoredDocuments1795902000000,
  ClientTaxId1795902100000,
  EmailSender1795902200000,
  ShipmentPapers1795902300000,
];
