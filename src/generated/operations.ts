/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What happened to a person's account. */
export type AccountEventKind =
  /** Invited by an ADMIN or an operator. */
  | 'INVITED'
  /** A new one-time link was issued (an invitation again, or a password reset); earlier links stopped working. */
  | 'LINK_ISSUED'
  /** Added a passkey. */
  | 'PASSKEY_ADDED'
  /** Removed a passkey. */
  | 'PASSKEY_REMOVED'
  /** Changed their password; their other sessions ended. */
  | 'PASSWORD_CHANGED'
  /** Set a password from a one-time link. */
  | 'PASSWORD_SET'
  /** Allowed to sign in again. */
  | 'REACTIVATED'
  /** Their role was changed (see `detail`). */
  | 'ROLE_CHANGED'
  /** Ended their other sessions. */
  | 'SESSIONS_ENDED'
  /** Signed in (see `method`). */
  | 'SIGNED_IN'
  /** Signed out. */
  | 'SIGNED_OUT'
  /** A sign-in was refused (see `failure`). */
  | 'SIGN_IN_FAILED'
  /** Suspended; every session ended. */
  | 'SUSPENDED';

/** A new key of the calling organization. */
export type ApiKeyCreateInput = {
  /** What the key is for, 1 to 100 characters, e.g. "warehouse scanner 3". */
  label: string;
  /** What the key may do. Give each client the least it needs. */
  scope: ApiKeyScope;
};

/** Why an API key mutation was refused. */
export type ApiKeyErrorCode =
  /** The grace period must be between 0 and 604800 seconds (7 days). */
  | 'INVALID_GRACE_PERIOD'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** The label is empty or longer than 100 characters. */
  | 'INVALID_LABEL'
  /** This is the organization's last active ADMIN key: create another first, or nobody could manage keys. */
  | 'LAST_ADMIN_KEY'
  /** The key is already revoked or past its end. */
  | 'NOT_ACTIVE'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** What an API key may do. */
export type ApiKeyScope =
  /** Everything the organization may do, including managing keys. */
  | 'ADMIN'
  /** Read only. */
  | 'READ'
  /** Read and record data. */
  | 'WRITE';

/** Why a certification mutation was refused. */
export type CertificationErrorCode =
  /** This certificate is recorded for the product already. */
  | 'DUPLICATE_CERTIFICATE'
  /** A CCC certificate number has 16 digits; other numbers 1 to 60 characters. */
  | 'INVALID_CERTIFICATE_NUMBER'
  /** A date is written YYYY-MM-DD and must exist. */
  | 'INVALID_DATE'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A text field is empty or too long. */
  | 'INVALID_INPUT'
  /** EXPIRED follows from the end date; set VALID, SUSPENDED or REVOKED. */
  | 'INVALID_STATUS'
  /** The validity ends before it begins. */
  | 'INVALID_VALIDITY'
  /** The laboratory named does not hold the TESTING_LAB role. */
  | 'NOT_A_LABORATORY'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** Kind of certificate or report. */
export type CertificationKind =
  /** China Compulsory Certification certificate. */
  | 'CCC'
  /** A testing laboratory's type-test report. */
  | 'TEST_REPORT'
  /** Voluntary product certification. */
  | 'VOLUNTARY';

/** A certificate or test report of a product. */
export type CertificationRecordInput = {
  /** Issuing body or laboratory. */
  body: string;
  /** CCC, voluntary certification or test report. */
  kind: CertificationKind;
  /** The issuing testing lab, when it is on the platform. */
  laboratory?: string | number | null | undefined;
  /** Certificate or report number (CCC: 16 digits). */
  number: string;
  /** Models and standards covered. */
  scope: string;
  /** First day of validity (YYYY-MM-DD). */
  validFrom: string;
  /** Last day of validity (YYYY-MM-DD). */
  validUntil?: string | null | undefined;
};

/** Status of a certificate. EXPIRED is also reported for a VALID certificate past its end date. */
export type CertificationStatus =
  /** Past its validity. */
  | 'EXPIRED'
  /** Revoked (cancelled) by the certification body. */
  | 'REVOKED'
  /** Suspended by the certification body. */
  | 'SUSPENDED'
  /** In force. */
  | 'VALID';

/** Why a commitment mutation was refused. */
export type CommitmentErrorCode =
  /** The hotline is 3 to 30 digits, spaces, "+", "-" or brackets. */
  | 'INVALID_HOTLINE'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A text field is empty or too long. */
  | 'INVALID_INPUT'
  /** The response time is 1 to 720 hours. */
  | 'INVALID_RESPONSE_TIME'
  /** CATEGORIES needs categories, PRODUCTS needs products, ALL takes neither. */
  | 'INVALID_SCOPE'
  /** The validity ends before it begins, or the version starts before the one it supersedes. */
  | 'INVALID_VALIDITY'
  /** An English version of a text holds no English. */
  | 'NOT_ENGLISH'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** There is no commitment in force to revoke. */
  | 'NO_COMMITMENT_IN_FORCE'
  /** Offer at least one remedy. */
  | 'NO_REMEDY'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A new version of the caller's first-responsibility commitment. */
export type CommitmentPublishInput = {
  /** Covered categories, with scope CATEGORIES. */
  categories?: Array<ProductCategory> | null | undefined;
  /** Hotline for consumers. */
  hotline: string;
  /** Covered products, with scope PRODUCTS. */
  products?: Array<string | number> | null | undefined;
  /** Remedies offered, at least one. */
  remedies: Array<Remedy>;
  /** Hours within which complaints are answered (1 to 720). */
  responseHours: number;
  /** Which goods it covers. */
  scope: CommitmentScope;
  /** The commitment in words, as consumers will read it. */
  statement: string;
  /** The same in English (optional; for the English scan page). */
  statementEn?: string | null | undefined;
  /** When it takes effect (default now); not before the current version. */
  validFrom?: string | null | undefined;
  /** When it ends at the latest (default open-ended). */
  validUntil?: string | null | undefined;
};

/** Which goods a first-responsibility commitment covers. */
export type CommitmentScope =
  /** Everything the seller sells. */
  | 'ALL'
  /** Products of the listed categories. */
  | 'CATEGORIES'
  /** The listed products. */
  | 'PRODUCTS';

/** The answering organization's answer. */
export type ComplaintAnswerInput = {
  /** The complaint. */
  complaint: string | number;
  /** The message to the consumer, up to 2,000 characters. */
  message: string;
  /** The remedy given, with RESOLVED. */
  remedy?: Remedy | null | undefined;
  /** The new status: IN_PROGRESS, RESOLVED or REJECTED. */
  status: ComplaintStatus;
};

/** What kind of problem a consumer reports. */
export type ComplaintCategory =
  /** It differs from its label or declared standard (materials, age range, energy class). */
  | 'LABEL_MISMATCH'
  /** Anything else. */
  | 'OTHER'
  /** It broke, does not work, or wore out too soon. */
  | 'QUALITY_DEFECT'
  /** It hurt someone or could: heat, sharp edges, small parts, shocks. */
  | 'SAFETY_HAZARD'
  /** The consumer doubts it is genuine. */
  | 'SUSPECTED_COUNTERFEIT';

/** Why a complaint mutation was refused. */
export type ComplaintErrorCode =
  /** The complaint is RESOLVED or REJECTED already. */
  | 'ALREADY_CLOSED'
  /** Give a mobile number or an e-mail address, or nothing. */
  | 'INVALID_CONTACT'
  /** The GTIN has the wrong length or check digit. */
  | 'INVALID_GTIN'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A text field is empty or too long. */
  | 'INVALID_INPUT'
  /** The lot number is not 1 to 20 characters of the GS1 set (no spaces). */
  | 'INVALID_LOT_NUMBER'
  /** An answer sets IN_PROGRESS, RESOLVED or REJECTED. */
  | 'INVALID_STATUS'
  /** No lot of this product has this lot number. */
  | 'LOT_NOT_FOUND'
  /** The store named never held or sold this lot. */
  | 'NOT_A_SELLER_OF_LOT'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** Only the organization the complaint was routed to answers it. */
  | 'NOT_RESPONSIBLE'
  /** No product has this GTIN. */
  | 'PRODUCT_NOT_FOUND'
  /** A remedy is given only with RESOLVED. */
  | 'REMEDY_WITHOUT_RESOLUTION'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** Why the complaint went to the organization answering it. */
export type ComplaintRouting =
  /** No seller commitment covers it, so the producer answers. */
  | 'PRODUCER'
  /** The seller's first-responsibility commitment (首负承诺) covers the lot: the seller answers first. */
  | 'SELLER_COMMITMENT';

/** Where a complaint stands. RESOLVED and REJECTED are final. */
export type ComplaintStatus =
  /** The responsible organization answered and is working on it. */
  | 'IN_PROGRESS'
  /** Filed; the responsible organization has not answered yet. */
  | 'RECEIVED'
  /** Refused, with the reason given to the consumer. */
  | 'REJECTED'
  /** Settled, usually by a repair, replacement or refund. */
  | 'RESOLVED';

/** How a registered purchaser is told of a recall. */
export type ContactChannel =
  /** An e-mail address. */
  | 'EMAIL'
  /** A mobile phone number, by SMS. */
  | 'PHONE';

/** Why a custody mutation was refused. */
export type CustodyErrorCode =
  /** The event has been corrected already; correct the latest correction instead. */
  | 'ALREADY_CORRECTED'
  /** The event is dated before the lot was produced. */
  | 'BEFORE_PRODUCTION'
  /** Only the caller's own shipped, received, sold, returned or destroyed events can be corrected, by an event of the same type and lot. */
  | 'CORRECTION_NOT_ALLOWED'
  /** A shipment names the receiving organization and its location. */
  | 'COUNTERPARTY_REQUIRED'
  /** The shipment has receipts; those must be corrected first. */
  | 'EVENT_HAS_DEPENDENTS'
  /** The event is dated in the future. */
  | 'FUTURE_DATE'
  /** This idempotency key was used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The holder does not have that much of the lot at that location. */
  | 'INSUFFICIENT_QUANTITY'
  /** A shipment goes to another location. */
  | 'INVALID_COUNTERPARTY'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** The idempotency key has 1 to 100 printable ASCII characters. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** A text field is too long. */
  | 'INVALID_INPUT'
  /** A quantity is over 0, below 10^12, with at most 3 decimals. */
  | 'INVALID_QUANTITY'
  /** The location does not belong to the organization named with it, or is not where the shipment went. */
  | 'LOCATION_MISMATCH'
  /** The location is not one of the calling organization's. */
  | 'LOCATION_NOT_OWNED'
  /** Sales and consumer returns are recorded at a STORE location. */
  | 'LOCATION_NOT_STORE'
  /** The lot is not in the recall's scope. */
  | 'LOT_NOT_IN_RECALL'
  /** The lot is under an active recall: from its activation nobody sells it or ships it onward, except back upstream naming the recall. The message names the recall and its notice. */
  | 'LOT_UNDER_RECALL'
  /** Repairs and replacements are recorded by an organization that held the lot at that location. */
  | 'NOT_A_HOLDER'
  /** The event named as shipment is not a live shipment of this lot to the caller. */
  | 'NOT_A_SHIPMENT'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** A shipment that names a recall goes back upstream: to the lot's producer or to an organization that shipped it to the caller. */
  | 'NOT_UPSTREAM'
  /** Send 1 to 1,000 events per call. */
  | 'NO_EVENTS'
  /** The recall named is not active. */
  | 'RECALL_NOT_ACTIVE'
  /** Only returns, repairs, replacements, destruction and shipments back upstream carry out a recall. */
  | 'RECALL_NOT_APPLICABLE'
  /** More would be received than is left of the shipment. */
  | 'RECEIPT_EXCEEDS_SHIPMENT'
  /** A receipt names the shipment it receives. */
  | 'SHIPMENT_REQUIRED'
  /** Send 1 to 1,000 events per call. */
  | 'TOO_MANY_EVENTS'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** One custody event recorded by the caller, at one of the caller's locations. */
export type CustodyEventInput = {
  /** The caller's own event this one corrects (same type and lot); the corrected event stops counting. */
  corrects?: string | number | null | undefined;
  /** SHIPPED: the receiving organization. */
  counterparty?: string | number | null | undefined;
  /** SHIPPED: the receiving location of that organization. */
  counterpartyLocation?: string | number | null | undefined;
  /** Where, one of the caller's locations (for RECEIVED, where the shipment went). */
  location: string | number;
  /** The lot. */
  lot: string | number;
  /** Free note. */
  note?: string | null | undefined;
  /** When it happened; not in the future, not before the lot was produced. */
  occurredAt: string;
  /** Quantity in the unit of the lot. */
  quantity: number;
  /** The active recall whose remedy this event carries out (RETURNED, REPAIRED, REPLACED, DESTROYED count as corrections; SHIPPED back upstream is allowed). */
  recall?: string | number | null | undefined;
  /** Despatch advice, invoice or receipt number. */
  referenceDocument?: string | null | undefined;
  /** RECEIVED: the SHIPPED event being received. */
  shipment?: string | number | null | undefined;
  /** What happened. */
  type: RecordableEventType;
};

/** What happened to a quantity of a lot (EPCIS ObjectEvent / TransformationEvent with a CBV 2.0 business step). */
export type CustodyEventType =
  /** A quantity went into another lot (TransformationEvent input); recorded with the transformation. */
  | 'CONSUMED'
  /** Destroyed or scrapped (bizStep destroying). */
  | 'DESTROYED'
  /** The lot was made at its production location (bizStep commissioning); recorded by lot registration. */
  | 'PRODUCED'
  /** Received from a shipment (bizStep receiving); stock arrives at the receiver. */
  | 'RECEIVED'
  /** A consumer's unit was repaired (bizStep repairing); stock does not change. */
  | 'REPAIRED'
  /** A consumer's unit was exchanged for a sound one (bizStep returning + retail_selling in EPCIS); the lot's stock does not change. */
  | 'REPLACED'
  /** Returned by consumers to the store (bizStep returning, disposition returned); stock comes back. */
  | 'RETURNED'
  /** Sent to another organization and location (bizStep shipping); stock leaves the sender at once. */
  | 'SHIPPED'
  /** Sold to consumers at a store (bizStep retail_selling). */
  | 'SOLD';

/** Up to 1,000 events, recorded all or nothing. */
export type CustodyEventsRecordInput = {
  /** The events, applied in order (a receipt and a sale of it may come in one call). */
  events: Array<CustodyEventInput>;
  /** Client-chosen key (1 to 100 characters). A retry with the same key and content returns the first result and records nothing twice. */
  idempotencyKey: string;
};

/** Why a spreadsheet import mutation was refused. */
export type CustodyImportErrorCode =
  /** The event has been corrected already; correct the latest correction instead. */
  | 'ALREADY_CORRECTED'
  /** The event is dated before the lot was produced. */
  | 'BEFORE_PRODUCTION'
  /** Only the caller's own shipped, received, sold, returned or destroyed events can be corrected, by an event of the same type and lot. */
  | 'CORRECTION_NOT_ALLOWED'
  /** No location has this GLN. */
  | 'COUNTERPARTY_NOT_FOUND'
  /** A shipment names the receiving organization and its location. */
  | 'COUNTERPARTY_REQUIRED'
  /** The shipment has receipts; those must be corrected first. */
  | 'EVENT_HAS_DEPENDENTS'
  /** The event is dated in the future. */
  | 'FUTURE_DATE'
  /** This idempotency key was used for a different request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The holder does not have that much of the lot at that location. */
  | 'INSUFFICIENT_QUANTITY'
  /** A shipment goes to another location. */
  | 'INVALID_COUNTERPARTY'
  /** The file name has 1 to 200 characters. */
  | 'INVALID_FILE_NAME'
  /** The GTIN is malformed or its check digit is wrong. */
  | 'INVALID_GTIN'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** The idempotency key has 1 to 100 printable ASCII characters. */
  | 'INVALID_IDEMPOTENCY_KEY'
  /** A text field is too long. */
  | 'INVALID_INPUT'
  /** The lot number is not a GS1 AI 10 value (1 to 20 characters). */
  | 'INVALID_LOT_NUMBER'
  /** A quantity is over 0, below 10^12, with at most 3 decimals. */
  | 'INVALID_QUANTITY'
  /** The location does not belong to the organization named with it, or is not where the shipment went. */
  | 'LOCATION_MISMATCH'
  /** No location of the caller has this GLN or name. */
  | 'LOCATION_NOT_FOUND'
  /** The location is not one of the calling organization's. */
  | 'LOCATION_NOT_OWNED'
  /** Sales and consumer returns are recorded at a STORE location. */
  | 'LOCATION_NOT_STORE'
  /** No lot has this GTIN and lot number. */
  | 'LOT_NOT_FOUND'
  /** The lot is not in the recall's scope. */
  | 'LOT_NOT_IN_RECALL'
  /** The lot is under an active recall: from its activation nobody sells it or ships it onward, except back upstream naming the recall. The message names the recall and its notice. */
  | 'LOT_UNDER_RECALL'
  /** Repairs and replacements are recorded by an organization that held the lot at that location. */
  | 'NOT_A_HOLDER'
  /** The event named as shipment is not a live shipment of this lot to the caller. */
  | 'NOT_A_SHIPMENT'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** A shipment that names a recall goes back upstream: to the lot's producer or to an organization that shipped it to the caller. */
  | 'NOT_UPSTREAM'
  /** Only an import that passed its checks and is not recorded yet can be run. */
  | 'NOT_VALIDATED'
  /** Send 1 to 1,000 events per call. */
  | 'NO_EVENTS'
  /** Send 1 to 20,000 rows. */
  | 'NO_ROWS'
  /** No shipment of this lot to this location has that much left to receive. */
  | 'NO_SHIPMENT'
  /** The recall named is not active. */
  | 'RECALL_NOT_ACTIVE'
  /** Only returns, repairs, replacements, destruction and shipments back upstream carry out a recall. */
  | 'RECALL_NOT_APPLICABLE'
  /** More would be received than is left of the shipment. */
  | 'RECEIPT_EXCEEDS_SHIPMENT'
  /** The import could not be recorded; nothing was. */
  | 'RUN_FAILED'
  /** A receipt names the shipment it receives. */
  | 'SHIPMENT_REQUIRED'
  /** Send 1 to 1,000 events per call. */
  | 'TOO_MANY_EVENTS'
  /** Send 1 to 20,000 rows. */
  | 'TOO_MANY_ROWS'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A spreadsheet of custody events to check, then record whole. */
export type CustodyImportInput = {
  /** The name of the file, to show it again (1 to 200 characters). */
  fileName: string;
  /** Client-chosen key (1 to 100 printable ASCII characters), e.g. the SHA-256 of the file: the same key again answers the import already made with it and records nothing twice. */
  idempotencyKey: string;
  /** The rows, in file order (1 to 20,000). */
  rows: Array<CustodyImportRowInput>;
};

/** One spreadsheet row: the lot by GTIN and lot number, places by GLN (or, for own locations, by name). */
export type CustodyImportRowInput = {
  /** SHIPPED: the GLN of the receiving location. */
  counterpartyLocation?: string | null | undefined;
  /** GTIN-8, -12, -13 or -14 of the product. */
  gtin: string;
  /** One of the caller's locations: its GLN, or its name exactly. */
  location: string;
  /** Lot number, as printed (GS1 AI 10). */
  lotNumber: string;
  /** Free note. */
  note?: string | null | undefined;
  /** When it happened. */
  occurredAt: string;
  /** Quantity in the unit of the lot. */
  quantity: number;
  /** Despatch advice, invoice or receipt number. */
  referenceDocument?: string | null | undefined;
  /** What happened. */
  type: ImportableEventType;
};

/** Where a spreadsheet import is: checked and waiting to be recorded, being recorded, recorded, or failed. */
export type CustodyImportStatus =
  /** Nothing was recorded (see `errors`); the same file may be imported again. */
  | 'FAILED'
  /** Every row was recorded as a custody event. */
  | 'RECORDED'
  /** Being recorded, all rows in one transaction; `recordedCount` shows the progress. */
  | 'RUNNING'
  /** Every row passed the checks; nothing is recorded until `custodyImportRun`. */
  | 'VALIDATED';

/** Why a standard declaration mutation was refused. */
export type DeclarationErrorCode =
  /** Two indicators of the version share a key. */
  | 'DUPLICATE_INDICATOR_KEY'
  /** A standard is listed twice on the declaration. */
  | 'DUPLICATE_STANDARD'
  /** An enterprise standard must declare its indicators. */
  | 'INDICATORS_REQUIRED'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A text field is empty or too long. */
  | 'INVALID_INPUT'
  /** The standard number is not written as e.g. "GB 6675.1-2014", "GB/T 22048-2015", "QB/T 4146-2010", "T/CTCA 1-2020" or "Q/ZZXB 001-2024". */
  | 'INVALID_STANDARD_NUMBER'
  /** A new version cannot take effect before the version it supersedes. */
  | 'INVALID_VALID_FROM'
  /** An English version of a text holds no English. */
  | 'NOT_ENGLISH'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** A declaration lists at least one standard. */
  | 'NO_STANDARDS'
  /** The kind given does not match the prefix of the standard number. */
  | 'STANDARD_KIND_MISMATCH'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** The content of a new declaration version. */
export type DeclarationPublishInput = {
  /** What changed against the previous version. */
  changeNote?: string | null | undefined;
  /** The standards implemented, at least one. */
  standards: Array<DeclaredStandardInput>;
  /** When the version takes effect (default now); not before the previous version. */
  validFrom?: string | null | undefined;
};

/** A standard the product implements. */
export type DeclaredStandardInput = {
  /** Indicators; required for enterprise standards. */
  indicators?: Array<StandardIndicatorInput> | null | undefined;
  /** Kind; must match the number prefix. */
  kind: StandardKind;
  /** Standard number, e.g. "GB 6675.1-2014". */
  number: string;
  /** Title of the standard. */
  title: string;
  /** Title in English (optional; for the English scan page). */
  titleEn?: string | null | undefined;
};

/** What a spreadsheet row records. */
export type ImportableEventType =
  /** Received at `location`, from a shipment to it not yet received in full (the oldest that fits; the one with `referenceDocument` as its despatch advice number when given). */
  | 'RECEIVED'
  /** Shipped from `location` to `counterpartyLocation` (another organization's GLN). */
  | 'SHIPPED'
  /** Sold to consumers at `location`, a STORE. */
  | 'SOLD';

/** What an indicator protects; safety, health and environmental indicators are listed separately on the declaration. */
export type IndicatorClass =
  /** Environmental indicator. */
  | 'ENVIRONMENT'
  /** Health indicator. */
  | 'HEALTH'
  /** Functional or performance indicator. */
  | 'PERFORMANCE'
  /** Safety indicator. */
  | 'SAFETY';

/** How a ledger entry fails verification. */
export type LedgerBreak =
  /** The entry does not follow the previous one (wrong previous hash or a gap in the sequence): entries were removed or reordered. */
  | 'CHAIN_BROKEN'
  /** The record in the database no longer matches the content hash written with it: it was changed afterwards. */
  | 'CONTENT_CHANGED'
  /** The entry's own hash does not match its fields: the ledger row itself was altered. */
  | 'ENTRY_CHANGED'
  /** The record the entry names is no longer in the database. */
  | 'RECORD_MISSING';

/** Kind of record chained in the tamper-evident ledger. */
export type LedgerRecordType =
  /** A version of a seller's first-responsibility commitment (Commitment). */
  | 'COMMITMENT'
  /** The revocation of a commitment version: when and why (Commitment). */
  | 'COMMITMENT_REVOCATION'
  /** A custody event (GraphQL type CustodyEvent), PRODUCED and CONSUMED included. */
  | 'CUSTODY_EVENT'
  /** A version of a product's standard declaration with its standards and indicators (StandardDeclaration). */
  | 'DECLARATION'
  /** A lot registration (GraphQL type Lot). */
  | 'LOT'
  /** A recall's status change, with the recall's notice content (Recall). */
  | 'RECALL_TRANSITION'
  /** An input lot going into an output lot, with its quantity. */
  | 'TRANSFORMATION';

/** What happens at a location. */
export type LocationKind =
  /** Production site. */
  | 'FACTORY'
  /** Testing laboratory. */
  | 'LABORATORY'
  /** Office without stock. */
  | 'OFFICE'
  /** Retail store where consumers buy. */
  | 'STORE'
  /** Storage and distribution centre. */
  | 'WAREHOUSE';

/** Why a lot mutation was refused. */
export type LotErrorCode =
  /** The input lot is listed twice or is an input of this lot already. */
  | 'DUPLICATE_INPUT'
  /** The product has a lot with this number already. */
  | 'DUPLICATE_LOT'
  /** The production date is in the future. */
  | 'FUTURE_DATE'
  /** The producer does not hold that much of the input lot at the production location. */
  | 'INSUFFICIENT_QUANTITY'
  /** A date is written YYYY-MM-DD and must exist. */
  | 'INVALID_DATE'
  /** The expiry date is before the production date. */
  | 'INVALID_EXPIRY'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A lot number has 1 to 20 characters of GS1 character set 82 (letters, digits and !"%&'()*+,-./:;<=>?_). */
  | 'INVALID_LOT_NUMBER'
  /** A quantity is over 0, below 10^12, with at most 3 decimals. */
  | 'INVALID_QUANTITY'
  /** The input is the lot itself or made from it: a lot cannot become its own ancestor. */
  | 'LINEAGE_CYCLE'
  /** The location is not one of the calling organization's. */
  | 'LOCATION_NOT_OWNED'
  /** The input lot is under an active recall: it may not go into another lot while the recall is active. The message names the recall and its notice. */
  | 'LOT_UNDER_RECALL'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** Give at least one input. */
  | 'NO_INPUTS'
  /** At most 500 inputs per call. */
  | 'TOO_MANY_INPUTS'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A quantity of an input lot that went into the output lot. */
export type LotInputInput = {
  /** The input lot. */
  lot: string | number;
  /** Quantity used, in the unit of the input lot. */
  quantity: number;
};

/** A new lot of a product, with the input lots it was made from. */
export type LotRegisterInput = {
  /** Expiry date, YYYY-MM-DD, where relevant. */
  expiresOn?: string | null | undefined;
  /** Input lots consumed from the caller's stock at that location (a transformation). */
  inputs?: Array<LotInputInput> | null | undefined;
  /** Where it was made: one of the caller's locations; the lot starts there in the caller's stock. */
  location: string | number;
  /** Lot number (GS1 AI 10): 1 to 20 characters of GS1 set 82. */
  lotNumber: string;
  /** Production date, YYYY-MM-DD, not in the future. */
  producedOn: string;
  /** Quantity made. */
  quantity: number;
  /** Unit of the quantity. */
  unit: QuantityUnit;
};

/** One material of the composition label. */
export type MaterialShareInput = {
  /** Material name. */
  material: string;
  /** Share by weight in percent. */
  percent: number;
};

/** What an organization does in the chain; one organization can hold several roles. */
export type OrganizationRole =
  /** Wholesales and ships to other sellers. */
  | 'DISTRIBUTOR'
  /** Makes products (production lots from input lots). */
  | 'PRODUCER'
  /** Market supervision authority: sees everything, orders recalls. */
  | 'REGULATOR'
  /** Sells to consumers in stores. */
  | 'RETAILER'
  /** Supplies raw materials or components (material lots). */
  | 'SUPPLIER'
  /** Tests products and issues reports. */
  | 'TESTING_LAB';

/** Where affected units are, as in a monthly recall progress report. */
export type PartyType =
  /** Units sold to consumers. */
  | 'CONSUMER'
  /** Stock at distributors. */
  | 'DISTRIBUTOR'
  /** Stock at producers and suppliers. */
  | 'PRODUCER'
  /** Stock in stores. */
  | 'RETAILER';

/** Why a person mutation was refused. */
export type PersonErrorCode =
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** The login must be a mobile number or an e-mail address. */
  | 'INVALID_LOGIN'
  /** The name must be 1 to 100 characters. */
  | 'INVALID_NAME'
  /** The organization's last active ADMIN cannot be suspended or lose the role: make another person ADMIN first. */
  | 'LAST_ADMIN'
  /** Another person already signs in with this login. */
  | 'LOGIN_TAKEN'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The person is not suspended. */
  | 'NOT_SUSPENDED'
  /** The person is suspended: reactivate them first. */
  | 'SUSPENDED'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A person to invite to the calling organization. */
export type PersonInviteInput = {
  /** What they will sign in with: a mobile number or an e-mail address (unique). No message is sent to it. */
  login: string;
  /** Full name, 1 to 100 characters. */
  name: string;
  /** What they may do. Give each person the least they need. */
  role: PersonRole;
};

/** What a person may do for their organization in the console: the same reach as an API key's scope. */
export type PersonRole =
  /** Everything, including people, API keys and the commitment (as an ADMIN key). */
  | 'ADMIN'
  /** Reads and records events (as a WRITE key). */
  | 'STAFF'
  /** Reads only (as a READ key). */
  | 'VIEWER';

/** Whether a person can sign in. */
export type PersonStatus =
  /** Can sign in. */
  | 'ACTIVE'
  /** Invited; has not set a password yet. */
  | 'INVITED'
  /** Cannot sign in; every session ended when suspended. */
  | 'SUSPENDED';

/** The kind of trade item. */
export type ProductCategory =
  /** Children's goods: toys, strollers, child car seats, infant textiles, children's furniture and bicycles. */
  | 'CHILDRENS_GOODS'
  /** Household appliances: washing machines, kettles, heaters. */
  | 'HOME_APPLIANCE'
  /** A raw material or component that goes into other lots (resin, fabric, cells, battery packs, webbing). */
  | 'MATERIAL';

/** Why a product mutation was refused. */
export type ProductErrorCode =
  /** Suppliers register MATERIAL items only; finished goods are registered by producers. */
  | 'CATEGORY_NOT_ALLOWED'
  /** A product with this GTIN is registered. */
  | 'DUPLICATE_GTIN'
  /** Ages are 0 to 1200 months and the minimum is not above the maximum. */
  | 'INVALID_AGE_RANGE'
  /** Material shares must each be over 0 and at most 100 percent, and add up to at most 100. */
  | 'INVALID_COMPOSITION'
  /** The GTIN is not 8, 12, 13 or 14 digits, or its check digit is wrong. */
  | 'INVALID_GTIN'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A text field is empty or too long. */
  | 'INVALID_INPUT'
  /** The country of origin is not an ISO 3166-1 alpha-2 code, or the region code is not GB/T 2260. */
  | 'INVALID_ORIGIN'
  /** An English version of a text holds no English. */
  | 'NOT_ENGLISH'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A trade item and its label disclosures. */
export type ProductRegisterInput = {
  /** Brand. */
  brand: string;
  /** Kind of trade item. */
  category: ProductCategory;
  /** Whether CCC certification is required (default false). */
  cccRequired?: boolean | null | undefined;
  /** GTIN-8, -12, -13 or -14; the check digit is verified and the GTIN stored as 14 digits. */
  gtin: string;
  /** Material composition (default none). */
  materials?: Array<MaterialShareInput> | null | undefined;
  /** Oldest intended age in months. */
  maxAgeMonths?: number | null | undefined;
  /** Youngest intended age in months. */
  minAgeMonths?: number | null | undefined;
  /** Model or article number. */
  model?: string | null | undefined;
  /** Product name (Chinese). */
  name: string;
  /** Product name in English. */
  nameEn?: string | null | undefined;
  /** Country of origin, ISO 3166-1 alpha-2 (default "CN"). */
  originCountry?: string | null | undefined;
  /** GB/T 2260 code of the place of production, for Chinese origin. */
  originRegionCode?: string | null | undefined;
  /** Special groups the product suits. */
  specialGroups?: Array<SpecialGroup> | null | undefined;
  /** Subcategory, e.g. "electric ride-on toy". */
  subcategory: string;
  /** Warnings and suitability notes on the label. */
  suitabilityNote?: string | null | undefined;
  /** The same in English (optional; for the English scan page). */
  suitabilityNoteEn?: string | null | undefined;
};

/** Unit of a lot quantity (UN/ECE Recommendation 20 code in brackets). */
export type QuantityUnit =
  /** Units, pieces (H87 / EA). */
  | 'EACH'
  /** Kilograms (KGM). */
  | 'KILOGRAM'
  /** Litres (LTR). */
  | 'LITRE'
  /** Metres (MTR). */
  | 'METRE'
  /** Square metres (MTK). */
  | 'SQUARE_METRE'
  /** Tonnes (TNE). */
  | 'TONNE';

/** Why a recall mutation was refused. */
export type RecallErrorCode =
  /** A date is malformed, or a range ends before it begins. */
  | 'INVALID_DATE'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A text field is empty or too long. */
  | 'INVALID_INPUT'
  /** The recall cannot go from its status to the one asked for (DRAFT → ACTIVE → COMPLETED or TERMINATED). */
  | 'INVALID_TRANSITION'
  /** An English version of a text holds no English. */
  | 'NOT_ENGLISH'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The organization has no notice of this recall. */
  | 'NOT_NOTIFIED'
  /** Offer at least one remedy. */
  | 'NO_REMEDY'
  /** Terminating an active recall lifts its stop on sales: say why (reason). */
  | 'REASON_REQUIRED'
  /** The scope root lacks a field its kind needs. */
  | 'ROOT_INCOMPLETE'
  /** The declaration version has no indicator with this key. */
  | 'UNKNOWN_INDICATOR'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A recall to prepare (as a draft). */
export type RecallInitiateInput = {
  /** What consumers should do. */
  consumerInstructions: string;
  /** What consumers should do, in English (optional). */
  consumerInstructionsEn?: string | null | undefined;
  /** Clause of the standard breached, e.g. "GB 19865-2005 19.1". */
  gbClause?: string | null | undefined;
  /** The hazard in plain words, e.g. "电池组过充可能起火 the battery pack may overheat and catch fire when overcharged". */
  hazard: string;
  /** The hazard in English (optional; NOT_ENGLISH when it holds no English). */
  hazardEn?: string | null | undefined;
  /** The public notice. */
  noticeText: string;
  /** The public notice in English (optional). */
  noticeTextEn?: string | null | undefined;
  /** Remedies offered to consumers. */
  remedies: Array<Remedy>;
  /** What is defective: the scope starts here. */
  root: ScopeRootInput;
};

/** Who decided the recall. */
export type RecallKind =
  /** Ordered by a regulator (责令召回). */
  | 'ORDERED'
  /** Initiated by the producer (主动召回). */
  | 'VOLUNTARY';

/** Where a recall is in its life: DRAFT → ACTIVE → COMPLETED or TERMINATED (a draft may also be terminated). */
export type RecallStatus =
  /** In force and public; the scope was frozen at activation and holders were notified. */
  | 'ACTIVE'
  /** Closed after the remedy was carried out. */
  | 'COMPLETED'
  /** Prepared, not public; the scope is computed live. */
  | 'DRAFT'
  /** Withdrawn or stopped before completion. */
  | 'TERMINATED';

/** Custody events a holder records directly. */
export type RecordableEventType =
  /** Destroyed or scrapped. */
  | 'DESTROYED'
  /** Received from the shipment named by `shipment`. */
  | 'RECEIVED'
  /** A consumer's unit repaired (name the recall when it is a recall remedy). */
  | 'REPAIRED'
  /** A consumer's unit exchanged for a sound one (name the recall when it is a recall remedy). */
  | 'REPLACED'
  /** Returned by consumers to the store. */
  | 'RETURNED'
  /** Shipped to `counterparty` at `counterpartyLocation`. */
  | 'SHIPPED'
  /** Sold to consumers at a STORE location. */
  | 'SOLD';

/** What a seller does for a consumer with a quality problem (包修、包换、包退). */
export type Remedy =
  /** Refund (退货). */
  | 'REFUND'
  /** Repair (修理). */
  | 'REPAIR'
  /** Replacement (更换). */
  | 'REPLACE';

/** Where a recall scope starts. Give the fields its `kind` needs and no others. */
export type ScopeRootInput = {
  /** DECLARATION: the declaration version found unmet. */
  declaration?: string | number | null | undefined;
  /** DECLARATION: the key of the one indicator found unmet, if known. */
  indicatorKey?: string | null | undefined;
  /** What the scope starts from. */
  kind: ScopeRootKind;
  /** LOTS: the suspect lots (1 to 100). */
  lots?: Array<string | number> | null | undefined;
  /** PRODUCT_RANGE: first production date (YYYY-MM-DD). */
  producedFrom?: string | null | undefined;
  /** PRODUCT_RANGE: last production date (YYYY-MM-DD). */
  producedTo?: string | null | undefined;
  /** PRODUCER: the producer. */
  producer?: string | number | null | undefined;
  /** PRODUCT_RANGE: the product. */
  product?: string | number | null | undefined;
};

/** What a recall scope starts from. */
export type ScopeRootKind =
  /** The lots made under one standard declaration version (optionally: one of its indicators found unmet). */
  | 'DECLARATION'
  /** One or more lots. */
  | 'LOTS'
  /** Every lot a producer made. */
  | 'PRODUCER'
  /** The lots of one product produced within a date range. */
  | 'PRODUCT_RANGE';

/** Why a sign-in was refused. */
export type SignInFailure =
  /** The person is suspended or has not accepted the invitation. */
  | 'NOT_ACTIVE'
  /** The passkey's answer did not verify (wrong site, replayed or expired challenge). */
  | 'PASSKEY_REFUSED'
  /** Refused without checking: too many failures for this login or address (HTTP 429). */
  | 'TOO_MANY_ATTEMPTS'
  /** No person has this login (logged without an organization: nobody's ADMIN sees it). */
  | 'UNKNOWN_LOGIN'
  /** The passkey is not registered (or was removed). */
  | 'UNKNOWN_PASSKEY'
  /** The password was wrong. */
  | 'WRONG_PASSWORD';

/** How a person signed in. */
export type SignInMethod =
  /** By setting a password from a one-time link (an invitation or a password reset). */
  | 'INVITATION'
  /** A passkey (WebAuthn). */
  | 'PASSKEY'
  /** Login and password. */
  | 'PASSWORD';

/** Special groups a product is labelled as suitable for (label disclosure of suitability). */
export type SpecialGroup =
  /** Children over 36 months. */
  | 'CHILDREN'
  /** People with disabilities. */
  | 'DISABLED'
  /** The elderly. */
  | 'ELDERLY'
  /** Infants and toddlers up to 36 months. */
  | 'INFANTS'
  /** Pregnant women. */
  | 'PREGNANT';

/** Why a spot check mutation was refused. */
export type SpotCheckErrorCode =
  /** The sample is dated before the lot was produced. */
  | 'BEFORE_PRODUCTION'
  /** An indicator has two results. */
  | 'DUPLICATE_INDICATOR'
  /** The sampling date is in the future. */
  | 'FUTURE_DATE'
  /** A date is written YYYY-MM-DD and must exist. */
  | 'INVALID_DATE'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** A text field is empty or too long. */
  | 'INVALID_INPUT'
  /** The organization never held this lot at that location. */
  | 'LOT_NOT_HELD_THERE'
  /** The laboratory named does not hold the TESTING_LAB role. */
  | 'NOT_A_LABORATORY'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The lot has no standard declaration to test against. */
  | 'NO_DECLARATION'
  /** Record at least one indicator result. */
  | 'NO_RESULTS'
  /** The indicator is not in the lot's declaration version. */
  | 'UNKNOWN_INDICATOR'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A supervisory spot check (监督抽查) of a lot at a holder. */
export type SpotCheckRecordInput = {
  /** The testing laboratory. */
  laboratory: string | number;
  /** Where it was sampled: a location of the holder. */
  location: string | number;
  /** The lot sampled. */
  lot: string | number;
  /** The laboratory's report number. */
  reportNumber?: string | null | undefined;
  /** Results per indicator. */
  results: Array<SpotCheckResultInput>;
  /** Sampling date (YYYY-MM-DD). */
  sampledOn: string;
};

/** The laboratory's result for one declared indicator. */
export type SpotCheckResultInput = {
  /** Key of the indicator in the lot's declaration version, e.g. "S2". */
  indicatorKey: string;
  /** Measured value, e.g. "15.2 V". */
  measured: string;
  /** Remarks. */
  note?: string | null | undefined;
  /** Whether the sample met the indicator. */
  passed: boolean;
};

/** One indicator of a declared standard. */
export type StandardIndicatorInput = {
  /** Safety, health, environment or performance. */
  indicatorClass: IndicatorClass;
  /** Key unique within the version, e.g. "S1"; generated as "<standard>.<indicator>" when omitted. */
  key?: string | null | undefined;
  /** Indicator name. */
  name: string;
  /** Indicator name in English (optional; for the English page). */
  nameEn?: string | null | undefined;
  /** Test method, e.g. "GB 6675.4-2014". */
  testMethod?: string | null | undefined;
  /** Unit, e.g. "mg/kg". */
  unit?: string | null | undefined;
  /** Declared value or limit, e.g. "≤ 90". */
  value: string;
};

/** Kind of standard, by its number prefix. */
export type StandardKind =
  /** The producer's own enterprise standard, "Q/…"; its indicators must be declared. */
  | 'ENTERPRISE'
  /** Group (association) standard, "T/…". */
  | 'GROUP'
  /** Industry standard, e.g. "QB/T …", "FZ/T …". */
  | 'INDUSTRY'
  /** Mandatory national standard, "GB …". */
  | 'NATIONAL_MANDATORY'
  /** Recommended national standard, "GB/T …". */
  | 'NATIONAL_RECOMMENDED';

export type ConsoleCommitmentFragment = { id: string, version: number, statement: string, statementEn: string | null, scope: CommitmentScope, categories: Array<ProductCategory>, remedies: Array<Remedy>, responseHours: number, hotline: string, validFrom: string, validUntil: string | null, publishedAt: string, revokedAt: string | null, inForce: boolean };

export type ConsoleCommitmentQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCommitmentQuery = { viewer: { organization: { id: string, name: string, nameEn: string | null, locations: Array<{ name: string, kind: LocationKind, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } }>, commitment: { id: string, version: number, statement: string, statementEn: string | null, scope: CommitmentScope, categories: Array<ProductCategory>, remedies: Array<Remedy>, responseHours: number, hotline: string, validFrom: string, validUntil: string | null, publishedAt: string, revokedAt: string | null, inForce: boolean } | null, commitments: Array<{ id: string, version: number, statement: string, statementEn: string | null, scope: CommitmentScope, categories: Array<ProductCategory>, remedies: Array<Remedy>, responseHours: number, hotline: string, validFrom: string, validUntil: string | null, publishedAt: string, revokedAt: string | null, inForce: boolean }> } | null } };

export type ConsoleCommitmentPublishMutationVariables = Exact<{
  input: CommitmentPublishInput;
}>;


export type ConsoleCommitmentPublishMutation = { commitmentPublish: { commitment: { id: string, version: number } | null, errors: Array<{ field: Array<string> | null, code: CommitmentErrorCode, message: string }> } };

export type ConsoleComplaintItemFragment = { id: string, trackingCode: string, category: ComplaintCategory, status: ComplaintStatus, createdAt: string, responseDueAt: string, firstAnsweredAt: string | null, closedAt: string | null, overdue: boolean, lot: { lotNumber: string, product: { name: string, nameEn: string | null } } };

export type ConsoleComplaintsQueryVariables = Exact<{
  openOnly: boolean;
  after?: string | null | undefined;
}>;


export type ConsoleComplaintsQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, trackingCode: string, category: ComplaintCategory, status: ComplaintStatus, createdAt: string, responseDueAt: string, firstAnsweredAt: string | null, closedAt: string | null, overdue: boolean, lot: { lotNumber: string, product: { name: string, nameEn: string | null } } }> } };

export type ConsoleComplaintQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleComplaintQuery = { viewer: { organization: { id: string } | null }, node:
    | { description: string, contact: string | null, remedy: Remedy | null, routing: ComplaintRouting, id: string, trackingCode: string, category: ComplaintCategory, status: ComplaintStatus, createdAt: string, responseDueAt: string, firstAnsweredAt: string | null, closedAt: string | null, overdue: boolean, responsible: { id: string }, purchasedFrom: { name: string } | null, commitment: { version: number, remedies: Array<Remedy>, responseHours: number } | null, answers: Array<{ at: string, status: ComplaintStatus, message: string }>, lot: { producedOn: string, lotNumber: string, product: { gtin: string, name: string, nameEn: string | null } } }
    | Record<PropertyKey, never>
   | null };

export type ConsoleComplaintAnswerMutationVariables = Exact<{
  input: ComplaintAnswerInput;
}>;


export type ConsoleComplaintAnswerMutation = { complaintAnswer: { complaint: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ComplaintErrorCode, message: string }> } };

export type ConsoleIncomingShipmentFragment = { id: string, occurredAt: string, quantity: number, quantityToReceive: number | null, referenceDocument: string | null, organization: { name: string, nameEn: string | null }, counterpartyLocation: { id: string, name: string } | null, lot: { id: string, lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null, gtin: string } } };

export type ConsoleIncomingQueryVariables = Exact<{
  first: number;
}>;


export type ConsoleIncomingQuery = { viewer: { organization: { incomingShipments: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, quantity: number, quantityToReceive: number | null, referenceDocument: string | null, organization: { name: string, nameEn: string | null }, counterpartyLocation: { id: string, name: string } | null, lot: { id: string, lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null, gtin: string } } }> } | null } | null } };

export type ConsoleShipmentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleShipmentQuery = { node:
    | { __typename: 'AccountEvent' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Certification' }
    | { __typename: 'Commitment' }
    | { __typename: 'Complaint' }
    | { __typename: 'CustodyEvent', id: string, type: CustodyEventType, quantityToReceive: number | null, lot: { id: string }, counterpartyLocation: { id: string } | null }
    | { __typename: 'CustodyImport' }
    | { __typename: 'DeclaredStandard' }
    | { __typename: 'Location' }
    | { __typename: 'Lot' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'PersonalDataAccess' }
    | { __typename: 'Product' }
    | { __typename: 'Recall' }
    | { __typename: 'SpotCheck' }
    | { __typename: 'StandardDeclaration' }
   | null };

export type ConsoleCounterLotQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type ConsoleCounterLotQuery = { lot: { id: string, lotNumber: string, unit: QuantityUnit, producedOn: string, expiresOn: string | null, product: { name: string, nameEn: string | null, gtin: string, brand: string, model: string | null }, activeRecalls: Array<{ id: string, number: string, noticeText: string, activatedAt: string | null }>, holders: { nodes: Array<{ location: { id: string, name: string }, quantities: { onHand: number } | null }> } } | null };

export type ConsoleCounterHereQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCounterHereQuery = { viewer: { organization: { locations: Array<{ id: string, name: string, kind: LocationKind }>, incomingShipments: { nodes: Array<{ id: string, occurredAt: string, quantity: number, quantityToReceive: number | null, referenceDocument: string | null, organization: { name: string, nameEn: string | null }, counterpartyLocation: { id: string, name: string } | null, lot: { id: string, lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null, gtin: string } } }> } | null } | null } };

export type ConsoleCounterStartQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleCounterStartQuery = { viewer: { organization: { locations: Array<{ id: string, name: string, kind: LocationKind }> } | null } };

export type ConsoleCustodyRecordMutationVariables = Exact<{
  input: CustodyEventsRecordInput;
}>;


export type ConsoleCustodyRecordMutation = { custodyEventsRecord: { replayed: boolean, events: Array<{ id: string, type: CustodyEventType, quantity: number, lot: { lotNumber: string }, location: { name: string } }> | null, errors: Array<{ field: Array<string> | null, code: CustodyErrorCode, message: string }> } };

export type ConsoleEventQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEventQuery = { node:
    | { __typename: 'AccountEvent' }
    | { __typename: 'ApiKey' }
    | { __typename: 'Certification' }
    | { __typename: 'Commitment' }
    | { __typename: 'Complaint' }
    | { __typename: 'CustodyEvent', id: string, type: CustodyEventType, quantity: number, lot: { lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null } }, location: { name: string } }
    | { __typename: 'CustodyImport' }
    | { __typename: 'DeclaredStandard' }
    | { __typename: 'Location' }
    | { __typename: 'Lot' }
    | { __typename: 'Organization' }
    | { __typename: 'Person' }
    | { __typename: 'PersonalDataAccess' }
    | { __typename: 'Product' }
    | { __typename: 'Recall' }
    | { __typename: 'SpotCheck' }
    | { __typename: 'StandardDeclaration' }
   | null };

export type ConsoleMeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleMeQuery = { viewer: { scope: ApiKeyScope | null, person: { id: string, name: string, login: string, role: PersonRole, createdAt: string, lastSignInAt: string | null } | null, organization: { name: string, nameEn: string | null, roles: Array<OrganizationRole>, locations: Array<{ id: string, name: string, kind: LocationKind }> } | null } };

export type ConsoleApiKeyFragment = { id: string, prefix: string, label: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean };

export type ConsoleApiKeysQueryVariables = Exact<{
  includeInactive: boolean;
}>;


export type ConsoleApiKeysQuery = { apiKeys: Array<{ id: string, prefix: string, label: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean }> };

export type ConsoleApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ConsoleApiKeyCreateMutation = { apiKeyCreate: { key: string | null, apiKey: { id: string, prefix: string, label: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean } | null, errors: Array<{ field: Array<string> | null, code: ApiKeyErrorCode, message: string }> } };

export type ConsoleApiKeyRotateMutationVariables = Exact<{
  id: string | number;
  graceSeconds: number;
}>;


export type ConsoleApiKeyRotateMutation = { apiKeyRotate: { key: string | null, apiKey: { id: string, prefix: string, label: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean } | null, previous: { id: string, prefix: string, label: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean } | null, errors: Array<{ field: Array<string> | null, code: ApiKeyErrorCode, message: string }> } };

export type ConsoleApiKeyRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, prefix: string, label: string, scope: ApiKeyScope, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean } | null, errors: Array<{ field: Array<string> | null, code: ApiKeyErrorCode, message: string }> } };

export type ConsoleLabelLotsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLabelLotsQuery = { viewer: { organization: { stock: { nodes: Array<{ lot: { id: string, lotNumber: string, product: { name: string, nameEn: string | null, gtin: string } }, location: { name: string } }> } | null } | null } };

export type ConsoleLabelLotQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleLabelLotQuery = { node:
    | { id: string, lotNumber: string, producedOn: string, expiresOn: string | null, digitalLink: string, product: { gtin: string, name: string, nameEn: string | null } }
    | Record<PropertyKey, never>
   | null };

export type ConsoleLabelLotByKeyQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type ConsoleLabelLotByKeyQuery = { lot: { id: string } | null };

export type RegLedgerHeadsQueryVariables = Exact<{
  day: string;
}>;


export type RegLedgerHeadsQuery = { ledgerHeads: { day: string, final: boolean, heads: Array<{ seq: number, hash: string, recordedAt: string, organization: { id: string, name: string, nameEn: string | null, creditCode: string } }> } };

export type RegLedgerVerifyQueryVariables = Exact<{
  organization: string | number;
}>;


export type RegLedgerVerifyQuery = { ledgerVerify: { valid: boolean, entriesChecked: number, headSeq: number | null, headHash: string | null, organization: { id: string, name: string, nameEn: string | null, creditCode: string }, firstBroken: { seq: number, recordType: LedgerRecordType, nodeId: string, reason: LedgerBreak } | null } };

export type ConsoleLotFormQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLotFormQuery = { viewer: { organization: { id: string, locations: Array<{ id: string, name: string, kind: LocationKind }>, products: { nodes: Array<{ id: string, name: string, nameEn: string | null, gtin: string }> } } | null } };

export type ConsoleLotSearchQueryVariables = Exact<{
  search: string;
  location?: string | number | null | undefined;
}>;


export type ConsoleLotSearchQuery = { viewer: { organization: { stock: { totalCount: number, nodes: Array<{ onHand: number, salesStopped: boolean, location: { id: string, name: string }, lot: { id: string, lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null } } }> } | null } | null } };

export type ConsoleLotInputsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleLotInputsQuery = { nodes: Array<
    | { id: string, lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null } }
    | Record<PropertyKey, never>
   | null> };

export type ConsoleLotPreviewQueryVariables = Exact<{
  product: string | number;
  producedOn: string;
}>;


export type ConsoleLotPreviewQuery = { node:
    | { id: string, name: string, producer: { id: string }, declarationOn: { version: number, validFrom: string, changeNote: string | null, standards: Array<{ number: string, kind: StandardKind, title: string, titleEn: string | null }> } | null }
    | Record<PropertyKey, never>
   | null };

export type ConsoleLotRegisterMutationVariables = Exact<{
  product: string | number;
  input: LotRegisterInput;
}>;


export type ConsoleLotRegisterMutation = { lotRegister: { lot: { id: string } | null, errors: Array<{ field: Array<string> | null, code: LotErrorCode, message: string }> } };

export type ConsoleLotQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleLotQuery = { viewer: { organization: { id: string } | null }, node:
    | { id: string, lotNumber: string, producedOn: string, expiresOn: string | null, quantity: number | null, unit: QuantityUnit, digitalLink: string, createdAt: string, producer: { id: string }, product: { id: string, name: string, nameEn: string | null, gtin: string }, productionLocation: { name: string }, declaration: { version: number, validFrom: string, standards: Array<{ number: string, kind: StandardKind, title: string, titleEn: string | null }> } | null, inputs: Array<{ quantity: number | null, input: { lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null } } }> }
    | Record<PropertyKey, never>
   | null };

export type ConsoleOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleOverviewQuery = { recalls: { totalCount: number, nodes: Array<{ id: string, number: string, hazard: string, hazardEn: string | null, activatedAt: string | null, initiator: { name: string, nameEn: string | null }, progress: { unitsAffected: number, unitsCorrected: number, correctionRate: number | null } | null }> }, supervision: { failedSpotChecks: { totalCount: number, nodes: Array<{ id: string, sampledOn: string, reportNumber: string | null, lot: { id: string, lotNumber: string, product: { name: string, nameEn: string | null } }, holder: { name: string, nameEn: string | null }, results: Array<{ indicatorKey: string, indicatorName: string, indicatorNameEn: string | null, declaredValue: string, measured: string, passed: boolean }> }> }, overdueAnswers: { totalCount: number, nodes: Array<{ overdue: number, oldestDueAt: string, organization: { id: string, name: string, nameEn: string | null, phone: string | null } }> }, cccGaps: { totalCount: number, nodes: Array<{ holders: number, onHand: number, soldUncovered: number, lastSoldAt: string | null, product: { id: string, name: string, nameEn: string | null, gtin: string } }> }, commitmentGaps: { totalCount: number, nodes: Array<{ lotCount: number, onHand: number, organization: { id: string, name: string, nameEn: string | null, phone: string | null }, lots: Array<{ id: string, lotNumber: string, product: { name: string, nameEn: string | null } }> }> }, failingIndicators: { totalCount: number, nodes: Array<{ indicatorKey: string, lot: { id: string, lotNumber: string, product: { name: string, nameEn: string | null } }, result: { indicatorName: string, indicatorNameEn: string | null, declaredValue: string, measured: string }, spotCheck: { id: string, sampledOn: string, reportNumber: string | null, declaration: { id: string, version: number } } }> } } };

export type ConsolePersonFragment = { id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null };

export type ConsolePeopleQueryVariables = Exact<{
  includeSuspended: boolean;
  after?: string | null | undefined;
}>;


export type ConsolePeopleQuery = { people: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null }> } };

export type ConsolePersonQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsolePersonQuery = { node:
    | { id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null }
    | Record<PropertyKey, never>
   | null };

export type ConsolePersonInviteMutationVariables = Exact<{
  input: PersonInviteInput;
}>;


export type ConsolePersonInviteMutation = { personInvite: { link: string | null, linkExpiresAt: string | null, person: { id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: PersonErrorCode, message: string }> } };

export type ConsolePersonLinkIssueMutationVariables = Exact<{
  person: string | number;
}>;


export type ConsolePersonLinkIssueMutation = { personLinkIssue: { link: string | null, linkExpiresAt: string | null, person: { id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: PersonErrorCode, message: string }> } };

export type ConsolePersonRoleChangeMutationVariables = Exact<{
  person: string | number;
  role: PersonRole;
}>;


export type ConsolePersonRoleChangeMutation = { personRoleChange: { person: { id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: PersonErrorCode, message: string }> } };

export type ConsolePersonSuspendMutationVariables = Exact<{
  person: string | number;
}>;


export type ConsolePersonSuspendMutation = { personSuspend: { person: { id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: PersonErrorCode, message: string }> } };

export type ConsolePersonReactivateMutationVariables = Exact<{
  person: string | number;
}>;


export type ConsolePersonReactivateMutation = { personReactivate: { person: { id: string, name: string, login: string, role: PersonRole, status: PersonStatus, createdAt: string, activatedAt: string | null, lastSignInAt: string | null, suspendedAt: string | null, linkExpiresAt: string | null } | null, errors: Array<{ field: Array<string> | null, code: PersonErrorCode, message: string }> } };

export type ConsoleProductsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleProductsQuery = { viewer: { organization: { id: string, products: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, gtin: string, name: string, nameEn: string | null, category: ProductCategory, subcategory: string, currentDeclaration: { version: number } | null, certifications: Array<{ status: CertificationStatus }> }> } } | null } };

export type ConsoleProductQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleProductQuery = { viewer: { organization: { id: string } | null }, node:
    | { id: string, gtin: string, name: string, nameEn: string | null, brand: string, model: string | null, category: ProductCategory, subcategory: string, producer: { id: string }, declarations: Array<{ version: number, validFrom: string, changeNote: string | null, standards: Array<{ number: string, kind: StandardKind, title: string }> }>, certifications: Array<{ id: string, kind: CertificationKind, number: string, body: string, scope: string, status: CertificationStatus, validFrom: string, validUntil: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type ConsoleProductRegisterMutationVariables = Exact<{
  input: ProductRegisterInput;
}>;


export type ConsoleProductRegisterMutation = { productRegister: { product: { id: string } | null, errors: Array<{ field: Array<string> | null, code: ProductErrorCode, message: string }> } };

export type ConsoleDeclarationPublishMutationVariables = Exact<{
  product: string | number;
  input: DeclarationPublishInput;
}>;


export type ConsoleDeclarationPublishMutation = { declarationPublish: { declaration: { version: number } | null, errors: Array<{ field: Array<string> | null, code: DeclarationErrorCode, message: string }> } };

export type ConsoleCertificationRecordMutationVariables = Exact<{
  product: string | number;
  input: CertificationRecordInput;
}>;


export type ConsoleCertificationRecordMutation = { certificationRecord: { certification: { id: string } | null, errors: Array<{ field: Array<string> | null, code: CertificationErrorCode, message: string }> } };

export type RegRecallPurchasersQueryVariables = Exact<{
  recall: string | number;
  reason?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type RegRecallPurchasersQuery = { recallPurchasers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ channel: ContactChannel, contact: string, registeredAt: string, lot: { lotNumber: string, product: { gtin: string, name: string, nameEn: string | null } } }> } };

export type RegDataAccessLogQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type RegDataAccessLogQuery = { personalDataAccesses: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ at: string, subject: string, reason: string | null, records: number, person: { name: string } | null, organization: { name: string, nameEn: string | null } }> } };

export type ConsoleRecallNoticeQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleRecallNoticeQuery = { recallNotices: { nodes: Array<{ receivedAt: string, salesStopped: boolean, acknowledgedAt: string | null, affectedEntries: number, recall: { id: string, number: string, status: RecallStatus, hazard: string, hazardEn: string | null, noticeText: string, noticeTextEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, remedies: Array<Remedy>, activatedAt: string | null, closedAt: string | null, initiator: { name: string, nameEn: string | null } } }> }, viewer: { organization: { locations: Array<{ id: string, name: string, kind: LocationKind }>, stock: { nodes: Array<{ onHand: number, activeRecalls: Array<{ id: string }>, location: { id: string, name: string }, lot: { id: string, lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null, gtin: string } } }> } | null } | null } };

export type RegRecallsQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: RecallStatus | null | undefined;
}>;


export type RegRecallsQuery = { recalls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, kind: RecallKind, status: RecallStatus, hazard: string, hazardEn: string | null, createdAt: string, activatedAt: string | null, closedAt: string | null, initiator: { name: string, nameEn: string | null } }> } };

export type RegRecallRootLotQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type RegRecallRootLotQuery = { lot: { id: string } | null };

export type RegRecallRootPreviewQueryVariables = Exact<{
  root: ScopeRootInput;
}>;


export type RegRecallRootPreviewQuery = { recallScope: { lotCount: number, registeredPurchasers: number, totals: Array<{ unit: QuantityUnit, lots: number, holdersWithStock: number, onHand: number, sold: number }>, lots: { nodes: Array<{ depth: number, lot: { id: string, lotNumber: string, product: { gtin: string, name: string, nameEn: string | null } } }> } } };

export type RegRecallInitiateMutationVariables = Exact<{
  input: RecallInitiateInput;
}>;


export type RegRecallInitiateMutation = { recallInitiate: { recall: { number: string } | null, errors: Array<{ code: RecallErrorCode, field: Array<string> | null, message: string }> } };

export type RegRecallNoticeFragment = { id: string, number: string, kind: RecallKind, status: RecallStatus, hazard: string, hazardEn: string | null, gbClause: string | null, remedies: Array<Remedy>, consumerInstructions: string, consumerInstructionsEn: string | null, noticeText: string, noticeTextEn: string | null, createdAt: string, activatedAt: string | null, closedAt: string | null, rootKind: ScopeRootKind, rootIndicatorKey: string | null, producedFrom: string | null, producedTo: string | null, initiator: { name: string, nameEn: string | null }, rootLots: Array<{ lotNumber: string, product: { gtin: string, name: string, nameEn: string | null } }>, rootProduct: { gtin: string, name: string, nameEn: string | null } | null, rootDeclaration: { version: number, product: { name: string, nameEn: string | null } } | null, rootProducer: { name: string, nameEn: string | null } | null, transitions: Array<{ fromStatus: RecallStatus | null, toStatus: RecallStatus, at: string, note: string | null, by: { name: string, nameEn: string | null } }> };

export type RegRecallQueryVariables = Exact<{
  number: string;
}>;


export type RegRecallQuery = { recall: { notifiedHolders: number | null, id: string, number: string, kind: RecallKind, status: RecallStatus, hazard: string, hazardEn: string | null, gbClause: string | null, remedies: Array<Remedy>, consumerInstructions: string, consumerInstructionsEn: string | null, noticeText: string, noticeTextEn: string | null, createdAt: string, activatedAt: string | null, closedAt: string | null, rootKind: ScopeRootKind, rootIndicatorKey: string | null, producedFrom: string | null, producedTo: string | null, scope: { lotCount: number, registeredPurchasers: number, totals: Array<{ unit: QuantityUnit, lots: number, holdersWithStock: number, onHand: number, sold: number }> } | null, initiator: { name: string, nameEn: string | null }, rootLots: Array<{ lotNumber: string, product: { gtin: string, name: string, nameEn: string | null } }>, rootProduct: { gtin: string, name: string, nameEn: string | null } | null, rootDeclaration: { version: number, product: { name: string, nameEn: string | null } } | null, rootProducer: { name: string, nameEn: string | null } | null, transitions: Array<{ fromStatus: RecallStatus | null, toStatus: RecallStatus, at: string, note: string | null, by: { name: string, nameEn: string | null } }> } | null };

export type RegRecallProgressQueryVariables = Exact<{
  number: string;
  after?: string | null | undefined;
  idleOnly?: boolean | null | undefined;
}>;


export type RegRecallProgressQuery = { recall: { notifiedHolders: number | null, id: string, number: string, kind: RecallKind, status: RecallStatus, hazard: string, hazardEn: string | null, gbClause: string | null, remedies: Array<Remedy>, consumerInstructions: string, consumerInstructionsEn: string | null, noticeText: string, noticeTextEn: string | null, createdAt: string, activatedAt: string | null, closedAt: string | null, rootKind: ScopeRootKind, rootIndicatorKey: string | null, producedFrom: string | null, producedTo: string | null, progress: { unitsAffected: number, unitsCorrected: number, correctionRate: number | null, byParty: Array<{ party: PartyType, affected: number, corrected: number, rate: number | null }>, byProduct: Array<{ unit: QuantityUnit, finishedGoods: boolean, unitsAffected: number, unitsCorrected: number, correctionRate: number | null, product: { gtin: string, name: string, nameEn: string | null }, byParty: Array<{ party: PartyType, affected: number, corrected: number, rate: number | null }>, timeline: Array<{ day: string, unitsCorrected: number, correctionRate: number | null }> }> } | null, holderProgress: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ unit: QuantityUnit, party: PartyType, entries: number, affected: number, soldToConsumers: number, corrected: number, consumerRemedies: number, lastActionAt: string | null, acknowledgedAt: string | null, actedOn: boolean, organization: { name: string, nameEn: string | null } }> } | null, initiator: { name: string, nameEn: string | null }, rootLots: Array<{ lotNumber: string, product: { gtin: string, name: string, nameEn: string | null } }>, rootProduct: { gtin: string, name: string, nameEn: string | null } | null, rootDeclaration: { version: number, product: { name: string, nameEn: string | null } } | null, rootProducer: { name: string, nameEn: string | null } | null, transitions: Array<{ fromStatus: RecallStatus | null, toStatus: RecallStatus, at: string, note: string | null, by: { name: string, nameEn: string | null } }> } | null };

export type RegRecallActivateMutationVariables = Exact<{
  recall: string | number;
}>;


export type RegRecallActivateMutation = { recallActivate: { recall: { number: string, notifiedHolders: number | null } | null, errors: Array<{ code: RecallErrorCode, field: Array<string> | null, message: string }> } };

export type RegRecallCompleteMutationVariables = Exact<{
  recall: string | number;
  note?: string | null | undefined;
}>;


export type RegRecallCompleteMutation = { recallComplete: { recall: { number: string } | null, errors: Array<{ code: RecallErrorCode, field: Array<string> | null, message: string }> } };

export type RegRecallTerminateMutationVariables = Exact<{
  recall: string | number;
  reason?: string | null | undefined;
}>;


export type RegRecallTerminateMutation = { recallTerminate: { recall: { number: string } | null, errors: Array<{ code: RecallErrorCode, field: Array<string> | null, message: string }> } };

export type RegComplaintsQueryVariables = Exact<{
  after?: string | null | undefined;
  status?: ComplaintStatus | null | undefined;
  responsible?: string | number | null | undefined;
  product?: string | number | null | undefined;
}>;


export type RegComplaintsQuery = { complaints: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ trackingCode: string, category: ComplaintCategory, description: string, status: ComplaintStatus, createdAt: string, responseDueAt: string, firstAnsweredAt: string | null, overdue: boolean, responsible: { id: string, name: string, nameEn: string | null }, lot: { lotNumber: string, product: { id: string, gtin: string, name: string, nameEn: string | null } } }> } };

export type ConsoleScopeLotQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type ConsoleScopeLotQuery = { lot: { id: string, lotNumber: string, product: { name: string } } | null };

export type ConsoleScopeProductQueryVariables = Exact<{
  gtin: string;
}>;


export type ConsoleScopeProductQuery = { product: { id: string, name: string, declarations: Array<{ id: string, version: number, validFrom: string }> } | null };

export type ConsoleScopeProducerQueryVariables = Exact<{
  creditCode: string;
}>;


export type ConsoleScopeProducerQuery = { organization: { id: string, name: string } | null };

export type ConsoleScopeQueryVariables = Exact<{
  root: ScopeRootInput;
  asOf?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
  city?: string | null | undefined;
  party?: PartyType | null | undefined;
  product?: string | number | null | undefined;
  lotsAfter?: string | null | undefined;
  lotsProduct?: string | number | null | undefined;
  lotsDepth?: number | null | undefined;
  withPaths: boolean;
}>;


export type ConsoleScopeQuery = { recallScope: { asOf: string | null, lotCount: number, registeredPurchasers: number, totals: Array<{ unit: QuantityUnit, lots: number, holdersWithStock: number, onHand: number, shipped: number, sold: number, returned: number }>, byRegion: Array<{ unit: QuantityUnit, province: string, city: string, provinceName: string | null, cityName: string | null, holdersWithStock: number, onHand: number, sold: number }>, byParty: Array<{ unit: QuantityUnit, party: PartyType, holdersWithStock: number, onHand: number, sold: number }>, byProduct: Array<{ depth: number, unit: QuantityUnit, lots: number, product: { id: string, name: string, nameEn: string | null, gtin: string } }>, holders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ party: PartyType, onHand: number, sold: number, lot: { id: string, lotNumber: string, product: { name: string, nameEn: string | null, gtin: string } }, organization: { name: string, nameEn: string | null, phone: string | null }, location: { name: string, address: string | null, phone: string | null, region: { code: string, city: string | null, cityEn: string | null } } }> }, lots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ depth: number, lot: { id: string, lotNumber: string, producedOn: string, product: { name: string, nameEn: string | null } }, path?: Array<{ id: string, lotNumber: string, product: { name: string, nameEn: string | null } }> }> } } };

export type ConsoleAccountEventsQueryVariables = Exact<{
  after?: string | null | undefined;
  person?: string | number | null | undefined;
}>;


export type ConsoleAccountEventsQuery = { accountEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, kind: AccountEventKind, method: SignInMethod | null, failure: SignInFailure | null, login: string | null, ip: string | null, userAgent: string | null, actorName: string | null, detail: string | null, person: { id: string, name: string, login: string } | null }> } };

export type SpotCheckLotQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type SpotCheckLotQuery = { lot: { id: string, lotNumber: string, producedOn: string, product: { name: string, nameEn: string | null, gtin: string }, declaration: { version: number, validFrom: string, standards: Array<{ number: string, title: string, indicators: Array<{ key: string, name: string, nameEn: string | null, unit: string | null, value: string }> }> } | null, holders: { nodes: Array<{ organization: { name: string, nameEn: string | null }, location: { id: string, name: string } }> } } | null, organizations: { nodes: Array<{ id: string, name: string, nameEn: string | null }> } };

export type SpotCheckRecordMutationVariables = Exact<{
  input: SpotCheckRecordInput;
}>;


export type SpotCheckRecordMutation = { spotCheckRecord: { errors: Array<{ code: SpotCheckErrorCode, field: Array<string> | null, message: string }>, spotCheck: { id: string } | null } };

export type SpotCheckViewQueryVariables = Exact<{
  id: string | number;
}>;


export type SpotCheckViewQuery = { node:
    | { id: string, sampledOn: string, reportNumber: string | null, passed: boolean, createdAt: string, lot: { lotNumber: string, product: { name: string, nameEn: string | null, gtin: string } }, laboratory: { name: string, nameEn: string | null }, holder: { name: string, nameEn: string | null }, location: { name: string }, declaration: { version: number, validFrom: string }, results: Array<{ indicatorKey: string, indicatorName: string, standardNumber: string, declaredValue: string, measured: string, passed: boolean, note: string | null }> }
    | Record<PropertyKey, never>
   | null };

export type SpotCheckListQueryVariables = Exact<{
  after?: string | null | undefined;
  days?: number | null | undefined;
  failedOnly?: boolean | null | undefined;
}>;


export type SpotCheckListQuery = { supervision: { spotChecks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, sampledOn: string, createdAt: string, passed: boolean, reportNumber: string | null, lot: { lotNumber: string, product: { name: string, nameEn: string | null, gtin: string } }, holder: { name: string, nameEn: string | null }, laboratory: { name: string, nameEn: string | null }, results: Array<{ indicatorKey: string, indicatorName: string, passed: boolean }> }> } } };

export type ConsoleStockQueryVariables = Exact<{
  after?: string | null | undefined;
  search?: string | null | undefined;
  location?: string | number | null | undefined;
  underActiveRecall?: boolean | null | undefined;
}>;


export type ConsoleStockQuery = { viewer: { organization: { locations: Array<{ id: string, name: string, kind: LocationKind }>, stock: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ onHand: number, salesStopped: boolean, activeRecalls: Array<{ number: string }>, location: { id: string, name: string }, lot: { lotNumber: string, unit: QuantityUnit, expiresOn: string | null, product: { name: string, nameEn: string | null, gtin: string } } }> } | null } | null } };

export type ConsoleTodayQueryVariables = Exact<{
  holder: boolean;
}>;


export type ConsoleTodayQuery = { viewer: { organization: { name: string, nameEn: string | null, incomingShipments: { totalCount: number, nodes: Array<{ id: string, occurredAt: string, quantity: number, quantityToReceive: number | null, referenceDocument: string | null, organization: { name: string, nameEn: string | null }, counterpartyLocation: { id: string, name: string } | null, lot: { id: string, lotNumber: string, unit: QuantityUnit, product: { name: string, nameEn: string | null, gtin: string } } }> } | null } | null }, recallNotices: { totalCount: number, nodes: Array<{ receivedAt: string, salesStopped: boolean, acknowledgedAt: string | null, acknowledgedNote: string | null, affectedEntries: number, recall: { id: string, number: string, hazard: string, hazardEn: string | null, noticeText: string, noticeTextEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, activatedAt: string | null, initiator: { name: string, nameEn: string | null } } }> }, complaints?: { totalCount: number, nodes: Array<{ id: string, trackingCode: string, category: ComplaintCategory, responseDueAt: string, createdAt: string, lot: { lotNumber: string, product: { name: string, nameEn: string | null } } }> } };

export type ConsoleRecallAcknowledgeMutationVariables = Exact<{
  recall: string | number;
  note?: string | null | undefined;
}>;


export type ConsoleRecallAcknowledgeMutation = { recallNoticeAcknowledge: { recall: { id: string, number: string } | null, errors: Array<{ field: Array<string> | null, code: RecallErrorCode, message: string }> } };

export type ConsoleImportErrorFragment = { field: Array<string> | null, message: string, code: CustodyImportErrorCode };

export type ConsoleImportFragment = { id: string, fileName: string, status: CustodyImportStatus, rowCount: number, recordedCount: number, createdAt: string, finishedAt: string | null, counts: Array<{ type: ImportableEventType, count: number }>, errors: Array<{ field: Array<string> | null, message: string, code: CustodyImportErrorCode }> };

export type ConsoleImportPrepareMutationVariables = Exact<{
  input: CustodyImportInput;
}>;


export type ConsoleImportPrepareMutation = { custodyImportPrepare: { replayed: boolean, import: { id: string } | null, errors: Array<{ field: Array<string> | null, message: string, code: CustodyImportErrorCode }> } };

export type ConsoleImportRunMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleImportRunMutation = { custodyImportRun: { replayed: boolean, import: { id: string, status: CustodyImportStatus } | null, errors: Array<{ field: Array<string> | null, message: string, code: CustodyImportErrorCode }> } };

export type ConsoleImportQueryVariables = Exact<{
  id: string | number;
  rows: number;
}>;


export type ConsoleImportQuery = { node:
    | { id: string, fileName: string, status: CustodyImportStatus, rowCount: number, recordedCount: number, createdAt: string, finishedAt: string | null, rows: Array<{ row: number, type: ImportableEventType, quantity: number, occurredAt: string, referenceDocument: string | null, lot: { lotNumber: string, product: { name: string, nameEn: string | null, gtin: string } }, location: { name: string }, counterpartyLocation: { name: string, organization: { name: string } } | null }>, counts: Array<{ type: ImportableEventType, count: number }>, errors: Array<{ field: Array<string> | null, message: string, code: CustodyImportErrorCode }> }
    | Record<PropertyKey, never>
   | null };

export type ConsoleImportProgressQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleImportProgressQuery = { node:
    | { status: CustodyImportStatus, rowCount: number, recordedCount: number }
    | Record<PropertyKey, never>
   | null };

export type PublicRecallItemFragment = { number: string, kind: RecallKind, status: RecallStatus, hazard: string, hazardEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, remedies: Array<Remedy>, createdAt: string, activatedAt: string | null, closedAt: string | null, initiator: { name: string, nameEn: string | null } };

export type PublicRecallsQueryVariables = Exact<{
  status: RecallStatus;
  first: number;
  after?: string | null | undefined;
}>;


export type PublicRecallsQuery = { recalls: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ number: string, kind: RecallKind, status: RecallStatus, hazard: string, hazardEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, remedies: Array<Remedy>, createdAt: string, activatedAt: string | null, closedAt: string | null, initiator: { name: string, nameEn: string | null } }> } };

export type PublicRecallQueryVariables = Exact<{
  number: string;
}>;


export type PublicRecallQuery = { recall: { gbClause: string | null, noticeText: string, noticeTextEn: string | null, number: string, kind: RecallKind, status: RecallStatus, hazard: string, hazardEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, remedies: Array<Remedy>, createdAt: string, activatedAt: string | null, closedAt: string | null, affectedLots: { totalCount: number, nodes: Array<{ depth: number, lot: { lotNumber: string, producedOn: string, product: { gtin: string, name: string, nameEn: string | null, brand: string, model: string | null } } }> } | null, initiator: { name: string, nameEn: string | null } } | null };

export type ScanRegionFragment = { province: string, provinceEn: string, city: string | null, cityEn: string | null };

export type ScanRecallFragment = { number: string, kind: RecallKind, hazard: string, hazardEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, remedies: Array<Remedy>, activatedAt: string | null };

export type ScanLotQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type ScanLotQuery = { lot: { lotNumber: string, producedOn: string, expiresOn: string | null, digitalLink: string, activeRecalls: Array<{ number: string, kind: RecallKind, hazard: string, hazardEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, remedies: Array<Remedy>, activatedAt: string | null }>, product: { gtin: string, name: string, nameEn: string | null, brand: string, model: string | null, category: ProductCategory, subcategory: string, originCountry: string, specialGroups: Array<SpecialGroup>, minAgeMonths: number | null, maxAgeMonths: number | null, suitabilityNote: string | null, suitabilityNoteEn: string | null, cccRequired: boolean, originRegion: { province: string, provinceEn: string, city: string | null, cityEn: string | null } | null, materials: Array<{ material: string, percent: number }> }, producer: { name: string, nameEn: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } }, declaration: { version: number, validFrom: string, standards: Array<{ kind: StandardKind, number: string, title: string, titleEn: string | null, indicators: Array<{ key: string, name: string, nameEn: string | null, value: string, unit: string | null, indicatorClass: IndicatorClass }> }> } | null, certifications: Array<{ kind: CertificationKind, number: string, status: CertificationStatus, body: string, validFrom: string, validUntil: string | null }>, upstream: { nodes: Array<{ depth: number, lot: { lotNumber: string, product: { gtin: string, name: string, nameEn: string | null }, producer: { id: string, name: string, nameEn: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } } } }> }, holders: { totalCount: number, nodes: Array<{ hasSold: boolean, holdsStock: boolean, organization: { id: string, name: string, nameEn: string | null, roles: Array<OrganizationRole> }, location: { name: string, kind: LocationKind, address: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } }, commitment: { version: number, statement: string, statementEn: string | null, remedies: Array<Remedy>, responseHours: number, hotline: string, validFrom: string } | null }> } } | null };

export type ScanProductQueryVariables = Exact<{
  gtin: string;
}>;


export type ScanProductQuery = { product: { gtin: string, name: string, nameEn: string | null, brand: string, model: string | null, producer: { name: string, nameEn: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } }, lots: { totalCount: number, nodes: Array<{ lotNumber: string, producedOn: string, digitalLink: string, activeRecalls: Array<{ number: string, kind: RecallKind, hazard: string, hazardEn: string | null, consumerInstructions: string, consumerInstructionsEn: string | null, remedies: Array<Remedy>, activatedAt: string | null }> }> } } | null };

export const ConsoleCommitmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCommitment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"statementEn"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]} as unknown as DocumentNode<ConsoleCommitmentFragment, unknown>;
export const ConsoleComplaintItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleComplaintItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleComplaintItemFragment, unknown>;
export const ConsoleIncomingShipmentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleIncomingShipment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToReceive"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIncomingShipmentFragment, unknown>;
export const ConsoleApiKeyFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleApiKeyFragment, unknown>;
export const ConsolePersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePersonFragment, unknown>;
export const RegRecallNoticeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegRecallNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"gbClause"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"noticeTextEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rootKind"}},{"kind":"Field","name":{"kind":"Name","value":"rootIndicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"producedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"producedTo"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootDeclaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallNoticeFragment, unknown>;
export const ConsoleImportErrorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImportError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ConsoleImportErrorFragment, unknown>;
export const ConsoleImportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImportError"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImportError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ConsoleImportFragment, unknown>;
export const PublicRecallItemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicRecallItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PublicRecallItemFragment, unknown>;
export const ScanRegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}}]} as unknown as DocumentNode<ScanRegionFragment, unknown>;
export const ScanRecallFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRecall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}}]} as unknown as DocumentNode<ScanRecallFragment, unknown>;
export const ConsoleCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCommitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCommitment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCommitment"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCommitment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Commitment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"statementEn"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]} as unknown as DocumentNode<ConsoleCommitmentQuery, ConsoleCommitmentQueryVariables>;
export const ConsoleCommitmentPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCommitmentPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCommitmentPublishMutation, ConsoleCommitmentPublishMutationVariables>;
export const ConsoleComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"DUE_FIRST"}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleComplaintItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleComplaintItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleComplaintsQuery, ConsoleComplaintsQueryVariables>;
export const ConsoleComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleComplaintItem"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"routing"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchasedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleComplaintItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Complaint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleComplaintQuery, ConsoleComplaintQueryVariables>;
export const ConsoleComplaintAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleComplaintAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleComplaintAnswerMutation, ConsoleComplaintAnswerMutationVariables>;
export const ConsoleIncomingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncoming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingShipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleIncomingShipment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleIncomingShipment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToReceive"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIncomingQuery, ConsoleIncomingQueryVariables>;
export const ConsoleShipmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleShipment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToReceive"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleShipmentQuery, ConsoleShipmentQueryVariables>;
export const ConsoleCounterLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCounterLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCounterLotQuery, ConsoleCounterLotQueryVariables>;
export const ConsoleCounterHereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCounterHere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incomingShipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleIncomingShipment"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleIncomingShipment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToReceive"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCounterHereQuery, ConsoleCounterHereQueryVariables>;
export const ConsoleCounterStartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCounterStart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCounterStartQuery, ConsoleCounterStartQueryVariables>;
export const ConsoleCustodyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCustodyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventsRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyEventsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCustodyRecordMutation, ConsoleCustodyRecordMutationVariables>;
export const ConsoleEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEventQuery, ConsoleEventQueryVariables>;
export const ConsoleMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMeQuery, ConsoleMeQueryVariables>;
export const ConsoleApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleApiKeysQuery, ConsoleApiKeysQueryVariables>;
export const ConsoleApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleApiKeyCreateMutation, ConsoleApiKeyCreateMutationVariables>;
export const ConsoleApiKeyRotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApiKeyRotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"graceSeconds"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"graceSeconds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"graceSeconds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleApiKeyRotateMutation, ConsoleApiKeyRotateMutationVariables>;
export const ConsoleApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleApiKey"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleApiKey"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<ConsoleApiKeyRevokeMutation, ConsoleApiKeyRevokeMutationVariables>;
export const ConsoleLabelLotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLabelLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLabelLotsQuery, ConsoleLabelLotsQueryVariables>;
export const ConsoleLabelLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLabelLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLabelLotQuery, ConsoleLabelLotQueryVariables>;
export const ConsoleLabelLotByKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLabelLotByKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleLabelLotByKeyQuery, ConsoleLabelLotByKeyQueryVariables>;
export const RegLedgerHeadsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegLedgerHeads"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerHeads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"final"}},{"kind":"Field","name":{"kind":"Name","value":"heads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegLedgerHeadsQuery, RegLedgerHeadsQueryVariables>;
export const RegLedgerVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegLedgerVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organization"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerVerify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organization"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organization"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"headSeq"}},{"kind":"Field","name":{"kind":"Name","value":"headHash"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"firstBroken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"recordType"}},{"kind":"Field","name":{"kind":"Name","value":"nodeId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<RegLedgerVerifyQuery, RegLedgerVerifyQueryVariables>;
export const ConsoleLotFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLotForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLotFormQuery, ConsoleLotFormQueryVariables>;
export const ConsoleLotSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLotSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"salesStopped"}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLotSearchQuery, ConsoleLotSearchQueryVariables>;
export const ConsoleLotInputsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLotInputs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLotInputsQuery, ConsoleLotInputsQueryVariables>;
export const ConsoleLotPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLotPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"producedOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarationOn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"producedOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLotPreviewQuery, ConsoleLotPreviewQueryVariables>;
export const ConsoleLotRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLotRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLotRegisterMutation, ConsoleLotRegisterMutationVariables>;
export const ConsoleLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleLotQuery, ConsoleLotQueryVariables>;
export const ConsoleOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ACTIVE"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"failedSpotChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"oldestDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cccGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"soldUncovered"}},{"kind":"Field","name":{"kind":"Name","value":"lastSoldAt"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitmentGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"failingIndicators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorNameEn"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOverviewQuery, ConsoleOverviewQueryVariables>;
export const ConsolePeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePeople"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeSuspended"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"people"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"includeSuspended"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeSuspended"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePerson"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePeopleQuery, ConsolePeopleQueryVariables>;
export const ConsolePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePerson"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePersonQuery, ConsolePersonQueryVariables>;
export const ConsolePersonInviteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePersonInvite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonInviteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personInvite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePersonInviteMutation, ConsolePersonInviteMutationVariables>;
export const ConsolePersonLinkIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePersonLinkIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personLinkIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"person"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePersonLinkIssueMutation, ConsolePersonLinkIssueMutationVariables>;
export const ConsolePersonRoleChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePersonRoleChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRole"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personRoleChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"person"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}},{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePersonRoleChangeMutation, ConsolePersonRoleChangeMutationVariables>;
export const ConsolePersonSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePersonSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personSuspend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"person"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePersonSuspendMutation, ConsolePersonSuspendMutationVariables>;
export const ConsolePersonReactivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePersonReactivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personReactivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"person"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"linkExpiresAt"}}]}}]} as unknown as DocumentNode<ConsolePersonReactivateMutation, ConsolePersonReactivateMutationVariables>;
export const ConsoleProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeclaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleProductsQuery, ConsoleProductsQueryVariables>;
export const ConsoleProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleProductQuery, ConsoleProductQueryVariables>;
export const ConsoleProductRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleProductRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleProductRegisterMutation, ConsoleProductRegisterMutationVariables>;
export const ConsoleDeclarationPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeclarationPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeclarationPublishMutation, ConsoleDeclarationPublishMutationVariables>;
export const ConsoleCertificationRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCertificationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCertificationRecordMutation, ConsoleCertificationRecordMutationVariables>;
export const RegRecallPurchasersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegRecallPurchasers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallPurchasers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallPurchasersQuery, RegRecallPurchasersQueryVariables>;
export const RegDataAccessLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegDataAccessLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegDataAccessLogQuery, RegDataAccessLogQueryVariables>;
export const ConsoleRecallNoticeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleRecallNotice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesStopped"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"affectedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"noticeTextEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"underActiveRecall"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecallNoticeQuery, ConsoleRecallNoticeQueryVariables>;
export const RegRecallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegRecalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallsQuery, RegRecallsQueryVariables>;
export const RegRecallRootLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegRecallRootLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RegRecallRootLotQuery, RegRecallRootLotQueryVariables>;
export const RegRecallRootPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegRecallRootPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeRootInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"root"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPurchasers"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lots"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallRootPreviewQuery, RegRecallRootPreviewQueryVariables>;
export const RegRecallInitiateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegRecallInitiate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallInitiateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallInitiate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallInitiateMutation, RegRecallInitiateMutationVariables>;
export const RegRecallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegRecall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegRecallNotice"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedHolders"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPurchasers"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lots"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegRecallNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"gbClause"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"noticeTextEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rootKind"}},{"kind":"Field","name":{"kind":"Name","value":"rootIndicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"producedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"producedTo"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootDeclaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallQuery, RegRecallQueryVariables>;
export const RegRecallProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegRecallProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idleOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RegRecallNotice"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedHolders"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"finishedGoods"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holderProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"idleOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idleOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"soldToConsumers"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"consumerRemedies"}},{"kind":"Field","name":{"kind":"Name","value":"lastActionAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actedOn"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RegRecallNotice"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"gbClause"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"noticeTextEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rootKind"}},{"kind":"Field","name":{"kind":"Name","value":"rootIndicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"producedFrom"}},{"kind":"Field","name":{"kind":"Name","value":"producedTo"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootDeclaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootProducer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallProgressQuery, RegRecallProgressQueryVariables>;
export const RegRecallActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegRecallActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallActivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedHolders"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallActivateMutation, RegRecallActivateMutationVariables>;
export const RegRecallCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegRecallComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallCompleteMutation, RegRecallCompleteMutationVariables>;
export const RegRecallTerminateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegRecallTerminate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallTerminate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RegRecallTerminateMutation, RegRecallTerminateMutationVariables>;
export const RegComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegComplaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responsible"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"responsible"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responsible"}}},{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"UNANSWERED_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegComplaintsQuery, RegComplaintsQueryVariables>;
export const ConsoleScopeLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleScopeLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleScopeLotQuery, ConsoleScopeLotQueryVariables>;
export const ConsoleScopeProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleScopeProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleScopeProductQuery, ConsoleScopeProductQueryVariables>;
export const ConsoleScopeProducerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleScopeProducer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleScopeProducerQuery, ConsoleScopeProducerQueryVariables>;
export const ConsoleScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeRootInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"city"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"party"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartyType"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotsProduct"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotsDepth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPaths"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"root"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPurchasers"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lots"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lots"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"city"},"value":{"kind":"Variable","name":{"kind":"Name","value":"city"}}},{"kind":"Argument","name":{"kind":"Name","value":"party"},"value":{"kind":"Variable","name":{"kind":"Name","value":"party"}}},{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotsAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotsProduct"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotsDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPaths"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleScopeQuery, ConsoleScopeQueryVariables>;
export const ConsoleAccountEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAccountEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"person"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"person"},"value":{"kind":"Variable","name":{"kind":"Name","value":"person"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"login"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAccountEventsQuery, ConsoleAccountEventsQueryVariables>;
export const SpotCheckLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpotCheckLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"TESTING_LAB"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]} as unknown as DocumentNode<SpotCheckLotQuery, SpotCheckLotQueryVariables>;
export const SpotCheckRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpotCheckRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheckRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotCheckRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"spotCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SpotCheckRecordMutation, SpotCheckRecordMutationVariables>;
export const SpotCheckViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpotCheckView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheck"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"laboratory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"standardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpotCheckViewQuery, SpotCheckViewQueryVariables>;
export const SpotCheckListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpotCheckList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"failedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"25"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}},{"kind":"Argument","name":{"kind":"Name","value":"failedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"failedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laboratory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpotCheckListQuery, SpotCheckListQueryVariables>;
export const ConsoleStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underActiveRecall"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}},{"kind":"Argument","name":{"kind":"Name","value":"underActiveRecall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underActiveRecall"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"salesStopped"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleStockQuery, ConsoleStockQueryVariables>;
export const ConsoleTodayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleToday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"holder"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"incomingShipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleIncomingShipment"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recallNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"salesStopped"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedNote"}},{"kind":"Field","name":{"kind":"Name","value":"affectedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"noticeTextEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"RECEIVED"}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"holder"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleIncomingShipment"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToReceive"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTodayQuery, ConsoleTodayQueryVariables>;
export const ConsoleRecallAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecallAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallNoticeAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleRecallAcknowledgeMutation, ConsoleRecallAcknowledgeMutationVariables>;
export const ConsoleImportPrepareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportPrepare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImportPrepare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImportError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImportError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ConsoleImportPrepareMutation, ConsoleImportPrepareMutationVariables>;
export const ConsoleImportRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleImportRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyImportRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"import"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"import"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImportError"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImportError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<ConsoleImportRunMutation, ConsoleImportRunMutationVariables>;
export const ConsoleImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rows"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImport"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rows"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImportError"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImportError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordedCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImportError"}}]}}]}}]} as unknown as DocumentNode<ConsoleImportQuery, ConsoleImportQueryVariables>;
export const ConsoleImportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleImportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyImport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"recordedCount"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportProgressQuery, ConsoleImportProgressQueryVariables>;
export const PublicRecallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRecalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicRecallItem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicRecallItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PublicRecallsQuery, PublicRecallsQueryVariables>;
export const PublicRecallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicRecall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicRecallItem"}},{"kind":"Field","name":{"kind":"Name","value":"gbClause"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"noticeTextEn"}},{"kind":"Field","name":{"kind":"Name","value":"affectedLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicRecallItem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PublicRecallQuery, PublicRecallQueryVariables>;
export const ScanLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRecall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"originRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialGroups"}},{"kind":"Field","name":{"kind":"Name","value":"minAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"suitabilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suitabilityNoteEn"}},{"kind":"Field","name":{"kind":"Name","value":"cccRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorClass"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasSold"}},{"kind":"Field","name":{"kind":"Name","value":"holdsStock"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"statementEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRecall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}}]} as unknown as DocumentNode<ScanLotQuery, ScanLotQueryVariables>;
export const ScanProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRecall"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRecall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"hazardEn"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructionsEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}}]} as unknown as DocumentNode<ScanProductQuery, ScanProductQueryVariables>;