import { RecallAlert, RecallAlertAttempt } from '../modules/alert/alert.entity';
import { Certification } from '../modules/certification/certification.entity';
import { PersonalDataAccess } from '../modules/access/personal-data-access.entity';
import { Commitment } from '../modules/commitment/commitment.entity';
import { CustodyEvent, IdempotencyRecord } from '../modules/custody/custody-event.entity';
import { LotHolding } from '../modules/custody/holding.entity';
import { DeclaredStandard, StandardDeclaration } from '../modules/declaration/declaration.entity';
import { Complaint, ComplaintAnswer } from '../modules/complaint/complaint.entity';
import { LedgerEntry } from '../modules/ledger/ledger.entity';
import { Lot, LotInput } from '../modules/lot/lot.entity';
import { ApiKey } from '../modules/api-key/api-key.entity';
import { Location } from '../modules/organization/location.entity';
import { Organization } from '../modules/organization/organization.entity';
import { Product } from '../modules/product/product.entity';
import { PurchaseRegistration } from '../modules/purchase/purchase.entity';
import {
  Recall,
  RecallNotice,
  RecallScopeHolder,
  RecallScopeLot,
  RecallTransition,
} from '../modules/recall/recall.entity';
import { SpotCheck } from '../modules/spot-check/spot-check.entity';
import { Person, PersonInvitation } from '../modules/person/person.entity';
import { PersonSession } from '../modules/auth/session.entity';
import { AuthChallenge, Passkey } from '../modules/auth/passkey.entity';
import { AccountEvent } from '../modules/auth/account-event.entity';
import { CustodyImport } from '../modules/custody-import/custody-import.entity';

export const ENTITIES = [
  Organization,
  Location,
  ApiKey,
  Product,
  StandardDeclaration,
  DeclaredStandard,
  Certification,
  Lot,
  LotInput,
  CustodyEvent,
  IdempotencyRecord,
  LotHolding,
  Commitment,
  Recall,
  RecallTransition,
  RecallScopeLot,
  RecallScopeHolder,
  RecallNotice,
  SpotCheck,
  PurchaseRegistration,
  Complaint,
  ComplaintAnswer,
  PersonalDataAccess,
  LedgerEntry,
  Person,
  PersonInvitation,
  PersonSession,
  Passkey,
  AuthChallenge,
  AccountEvent,
  RecallAlert,
  RecallAlertAttempt,
  CustodyImport,
];
