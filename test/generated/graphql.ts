/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** What an API key may do. */
export type ApiKeyScope =
  /** Everything the organization may do, including managing keys. */
  | 'ADMIN'
  /** Read only. */
  | 'READ'
  /** Read and record data. */
  | 'WRITE';

/** A certificate (CCC or voluntary) or test report recorded for a product. */
export type Certification = Node & {
  __typename?: 'Certification';
  /** Certification body or laboratory that issued it, e.g. "中国质量认证中心 (CQC)". */
  body: Scalars['String']['output'];
  /** When it was recorded on the platform. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** CCC, voluntary certification or test report. */
  kind: CertificationKind;
  /** The testing lab on the platform that issued it, when known. */
  laboratory?: Maybe<Organization>;
  /** Certificate or report number. */
  number: Scalars['String']['output'];
  /** The certified product. */
  product: Product;
  /** Scope: product models and standards covered. */
  scope: Scalars['String']['output'];
  /** Status now; a VALID certificate past its last day reads EXPIRED. */
  status: CertificationStatus;
  /** When the status was last set. */
  statusChangedAt: Scalars['DateTimeISO']['output'];
  /** First day of validity (YYYY-MM-DD). */
  validFrom: Scalars['String']['output'];
  /** Last day of validity (YYYY-MM-DD); null when open-ended. */
  validUntil?: Maybe<Scalars['String']['output']>;
};

/** A problem with a certification mutation's input; nothing was written. */
export type CertificationError = {
  __typename?: 'CertificationError';
  /** What is wrong, for programs. */
  code: CertificationErrorCode;
  /** Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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

/** Result of `certificationRecord` and `certificationStatusSet`. */
export type CertificationPayload = {
  __typename?: 'CertificationPayload';
  /** The certification; null when refused. */
  certification?: Maybe<Certification>;
  /** Why it was refused; empty on success. */
  errors: Array<CertificationError>;
};

/** A certificate or test report of a product. */
export type CertificationRecordInput = {
  /** Issuing body or laboratory. */
  body: Scalars['String']['input'];
  /** CCC, voluntary certification or test report. */
  kind: CertificationKind;
  /** The issuing testing lab, when it is on the platform. */
  laboratory?: InputMaybe<Scalars['ID']['input']>;
  /** Certificate or report number (CCC: 16 digits). */
  number: Scalars['String']['input'];
  /** Models and standards covered. */
  scope: Scalars['String']['input'];
  /** First day of validity (YYYY-MM-DD). */
  validFrom: Scalars['String']['input'];
  /** Last day of validity (YYYY-MM-DD). */
  validUntil?: InputMaybe<Scalars['String']['input']>;
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

/** A version of a seller's first-responsibility commitment (首负承诺): a consumer with a quality problem may come to the seller first; the seller repairs, replaces or refunds, then seeks recourse upstream (Product Quality Law art. 40). A sale is covered by the version in force when it happened. */
export type Commitment = Node & {
  __typename?: 'Commitment';
  /** Covered categories when `scope` is CATEGORIES; empty otherwise. */
  categories: Array<ProductCategory>;
  /** Hotline for consumers. */
  hotline: Scalars['String']['output'];
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** Whether this version is in force now. */
  inForce: Scalars['Boolean']['output'];
  /** Covered products when `scope` is PRODUCTS; empty otherwise. */
  products: Array<Product>;
  /** When the version was published. */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** Remedies offered. */
  remedies: Array<Remedy>;
  /** Hours within which the seller answers a complaint. */
  responseHours: Scalars['Int']['output'];
  /** When the seller revoked it; the version stays on record. */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Why it was revoked. */
  revokedReason?: Maybe<Scalars['String']['output']>;
  /** Which goods it covers. */
  scope: CommitmentScope;
  /** The seller that commits. */
  seller: Organization;
  /** The commitment in words, as shown to consumers. */
  statement: Scalars['String']['output'];
  /** From when this version is in force. */
  validFrom: Scalars['DateTimeISO']['output'];
  /** When this version ends at the latest; null when open-ended. A later version takes over earlier. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Version number within the seller's chain. */
  version: Scalars['Int']['output'];
};

/** A problem with a commitment mutation's input; nothing was written. */
export type CommitmentError = {
  __typename?: 'CommitmentError';
  /** What is wrong, for programs. */
  code: CommitmentErrorCode;
  /** Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** There is no commitment in force to revoke. */
  | 'NO_COMMITMENT_IN_FORCE'
  /** Offer at least one remedy. */
  | 'NO_REMEDY'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** Result of `commitmentPublish` and `commitmentRevoke`. */
export type CommitmentPayload = {
  __typename?: 'CommitmentPayload';
  /** The version published or revoked; null when refused. */
  commitment?: Maybe<Commitment>;
  /** Why it was refused; empty on success. */
  errors: Array<CommitmentError>;
};

/** A new version of the caller's first-responsibility commitment. */
export type CommitmentPublishInput = {
  /** Covered categories, with scope CATEGORIES. */
  categories?: InputMaybe<Array<ProductCategory>>;
  /** Hotline for consumers. */
  hotline: Scalars['String']['input'];
  /** Covered products, with scope PRODUCTS. */
  products?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Remedies offered, at least one. */
  remedies: Array<Remedy>;
  /** Hours within which complaints are answered (1 to 720). */
  responseHours: Scalars['Int']['input'];
  /** Which goods it covers. */
  scope: CommitmentScope;
  /** The commitment in words, as consumers will read it. */
  statement: Scalars['String']['input'];
  /** When it takes effect (default now); not before the current version. */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** When it ends at the latest (default open-ended). */
  validUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Which goods a first-responsibility commitment covers. */
export type CommitmentScope =
  /** Everything the seller sells. */
  | 'ALL'
  /** Products of the listed categories. */
  | 'CATEGORIES'
  /** The listed products. */
  | 'PRODUCTS';

/** A problem with a custody mutation's input; nothing was written. */
export type CustodyError = {
  __typename?: 'CustodyError';
  /** What is wrong, for programs. */
  code: CustodyErrorCode;
  /** Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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
  /** The event named as shipment is not a live shipment of this lot to the caller. */
  | 'NOT_A_SHIPMENT'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** Send 1 to 1,000 events per call. */
  | 'NO_EVENTS'
  /** More would be received than is left of the shipment. */
  | 'RECEIPT_EXCEEDS_SHIPMENT'
  /** A receipt names the shipment it receives. */
  | 'SHIPMENT_REQUIRED'
  /** Send 1 to 1,000 events per call. */
  | 'TOO_MANY_EVENTS'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** What happened to a quantity of a lot, where and between whom. Append-only; visible to the organizations named on it and to regulators. */
export type CustodyEvent = Node & {
  __typename?: 'CustodyEvent';
  /** CBV 2.0 business step of the matching EPCIS event, e.g. "shipping". */
  bizStep: Scalars['String']['output'];
  /** SOLD: the seller's commitment version in force at the sale that covers it. */
  commitment?: Maybe<Commitment>;
  /** The event that corrects this one; when set, this one no longer counts. */
  correctedBy?: Maybe<CustodyEvent>;
  /** The event this one corrects. */
  corrects?: Maybe<CustodyEvent>;
  /** The other party: receiver of a shipment, shipper of a receipt. */
  counterparty?: Maybe<Organization>;
  /** The other party's location. */
  counterpartyLocation?: Maybe<Location>;
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** Where it happened. */
  location: Location;
  /** The lot. */
  lot: Lot;
  /** Free note. */
  note?: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** The holder that recorded it. */
  organization: Organization;
  /** CONSUMED: the lot it went into. */
  outputLot?: Maybe<Lot>;
  /** Quantity, in the unit of the lot. */
  quantity: Scalars['Float']['output'];
  /** When it was recorded on the platform. */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** Reference document: despatch advice, invoice or receipt number (FSMA 204 reference document). */
  referenceDocument?: Maybe<Scalars['String']['output']>;
  /** RECEIVED: the shipment received. */
  shipment?: Maybe<CustodyEvent>;
  /** What happened. */
  type: CustodyEventType;
};

/** A page of custody events (Relay connection). */
export type CustodyEventConnection = {
  __typename?: 'CustodyEventConnection';
  /** The items of the page with their cursors. */
  edges: Array<CustodyEventEdge>;
  /** The items of the page. */
  nodes: Array<CustodyEvent>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One custody event in a page, with its cursor. */
export type CustodyEventEdge = {
  __typename?: 'CustodyEventEdge';
  /** Cursor to pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The custody event. */
  node: CustodyEvent;
};

/** One custody event recorded by the caller, at one of the caller's locations. */
export type CustodyEventInput = {
  /** The caller's own event this one corrects (same type and lot); the corrected event stops counting. */
  corrects?: InputMaybe<Scalars['ID']['input']>;
  /** SHIPPED: the receiving organization. */
  counterparty?: InputMaybe<Scalars['ID']['input']>;
  /** SHIPPED: the receiving location of that organization. */
  counterpartyLocation?: InputMaybe<Scalars['ID']['input']>;
  /** Where, one of the caller's locations (for RECEIVED, where the shipment went). */
  location: Scalars['ID']['input'];
  /** The lot. */
  lot: Scalars['ID']['input'];
  /** Free note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; not in the future, not before the lot was produced. */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** Quantity in the unit of the lot. */
  quantity: Scalars['Float']['input'];
  /** Despatch advice, invoice or receipt number. */
  referenceDocument?: InputMaybe<Scalars['String']['input']>;
  /** RECEIVED: the SHIPPED event being received. */
  shipment?: InputMaybe<Scalars['ID']['input']>;
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
  idempotencyKey: Scalars['String']['input'];
};

/** Result of `custodyEventsRecord`. */
export type CustodyEventsRecordPayload = {
  __typename?: 'CustodyEventsRecordPayload';
  /** Why the call was refused, each naming its row; empty on success. */
  errors: Array<CustodyError>;
  /** The recorded events in input order; null when refused. */
  events?: Maybe<Array<CustodyEvent>>;
  /** True when this answers a retry: nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
};

/** A problem with a standard declaration mutation's input; nothing was written. */
export type DeclarationError = {
  __typename?: 'DeclarationError';
  /** What is wrong, for programs. */
  code: DeclarationErrorCode;
  /** Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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
  changeNote?: InputMaybe<Scalars['String']['input']>;
  /** The standards implemented, at least one. */
  standards: Array<DeclaredStandardInput>;
  /** When the version takes effect (default now); not before the previous version. */
  validFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Result of `declarationPublish`. */
export type DeclarationPublishPayload = {
  __typename?: 'DeclarationPublishPayload';
  /** The new version; null when refused. */
  declaration?: Maybe<StandardDeclaration>;
  /** Why it was refused; empty on success. */
  errors: Array<DeclarationError>;
};

/** A standard listed on a declaration version. */
export type DeclaredStandard = Node & {
  __typename?: 'DeclaredStandard';
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** Declared indicators; required for enterprise standards, optional otherwise. */
  indicators: Array<StandardIndicator>;
  /** Kind of standard. */
  kind: StandardKind;
  /** Standard number, e.g. "GB 6675.1-2014", "Q/ZZXB 001-2024". */
  number: Scalars['String']['output'];
  /** Title, e.g. "玩具安全 第1部分：基本规范". */
  title: Scalars['String']['output'];
};

/** A standard the product implements. */
export type DeclaredStandardInput = {
  /** Indicators; required for enterprise standards. */
  indicators?: InputMaybe<Array<StandardIndicatorInput>>;
  /** Kind; must match the number prefix. */
  kind: StandardKind;
  /** Standard number, e.g. "GB 6675.1-2014". */
  number: Scalars['String']['input'];
  /** Title of the standard. */
  title: Scalars['String']['input'];
};

/** A holder's quantities of a lot, in the lot's unit. */
export type HolderFlows = {
  __typename?: 'HolderFlows';
  /** Destroyed. */
  destroyed: Scalars['Float']['output'];
  /** On hand now. */
  onHand: Scalars['Float']['output'];
  /** Received (or produced) in all. */
  received: Scalars['Float']['output'];
  /** Returned by consumers. */
  returned: Scalars['Float']['output'];
  /** Shipped on in all. */
  shipped: Scalars['Float']['output'];
  /** Sold to consumers. */
  sold: Scalars['Float']['output'];
};

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

/** One input edge of the upstream tree: `lot` went into `usedIn`, `depth` levels below the traced lot. */
export type LineageEntry = {
  __typename?: 'LineageEntry';
  /** 1 for a direct input of the traced lot, 2 for an input of an input, and so on. */
  depth: Scalars['Int']['output'];
  /** The input lot. */
  lot: Lot;
  /** Quantity used, in the input lot's unit. Null unless the viewer made either lot or is a regulator. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** The lot it went into. */
  usedIn: Lot;
};

/** A factory, warehouse, store, office or laboratory of an organization. */
export type Location = Node & {
  __typename?: 'Location';
  /** Street address. */
  address?: Maybe<Scalars['String']['output']>;
  /** GS1 GLN of the site (13 digits). */
  gln?: Maybe<Scalars['String']['output']>;
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** What happens here. */
  kind: LocationKind;
  /** Name of the site, e.g. a store name. */
  name: Scalars['String']['output'];
  /** The organization the site belongs to. */
  organization: Organization;
  /** Region of the site. */
  region: Region;
};

/** A new site of the calling organization. */
export type LocationCreateInput = {
  /** Street address. */
  address?: InputMaybe<Scalars['String']['input']>;
  /** GS1 GLN of the site (13 digits, check digit verified). */
  gln?: InputMaybe<Scalars['String']['input']>;
  /** What happens there; consumer sales are recorded at STORE locations. */
  kind: LocationKind;
  /** Name of the site. */
  name: Scalars['String']['input'];
  /** GB/T 2260 code of the district, e.g. "410105". */
  regionCode: Scalars['String']['input'];
};

/** Result of `locationCreate`. */
export type LocationCreatePayload = {
  __typename?: 'LocationCreatePayload';
  /** Why it was refused; empty on success. */
  errors: Array<OrganizationError>;
  /** The new location; null when refused. */
  location?: Maybe<Location>;
};

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

/** The unit of traceability: a material lot or a production batch of a product, identified by GTIN + lot number (GS1 AI 01 + AI 10). */
export type Lot = Node & {
  __typename?: 'Lot';
  /** Certificates and reports of the product whose validity covers the production date, with their status now. */
  certifications: Array<Certification>;
  /** When the lot was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Custody events of the lot the viewer may see (events it is named on; all for regulators; none for the public), oldest first. */
  custodyEvents: CustodyEventConnection;
  /** The standard declaration version in force on the production date; null when the product had none. */
  declaration?: Maybe<StandardDeclaration>;
  /** The GS1 Digital Link URI of the lot, as encoded in its QR code. */
  digitalLink: Scalars['String']['output'];
  /** Expiry or best-before date (YYYY-MM-DD), where relevant. */
  expiresOn?: Maybe<Scalars['String']['output']>;
  /** Downstream: every organization and location that held this lot (producer, distributors, sellers), in order of last activity. */
  holders: Array<LotHolder>;
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** The direct inputs (depth 1 of `upstream`). */
  inputs: Array<LineageEntry>;
  /** Lot or batch number (GS1 AI 10: up to 20 characters of GS1 set 82). */
  lotNumber: Scalars['String']['output'];
  /** Production date (YYYY-MM-DD). */
  producedOn: Scalars['String']['output'];
  /** Who made the lot. */
  producer: Organization;
  /** The product (trade item) of the lot. */
  product: Product;
  /** Where the lot was made. */
  productionLocation: Location;
  /** Quantity made. Null unless the viewer is the producer or a regulator. */
  quantity?: Maybe<Scalars['Float']['output']>;
  /** Unit of all quantities of this lot. */
  unit: QuantityUnit;
  /** The whole upstream tree, any depth: every input lot with the lot it went into, breadth first. A lot reached by two paths is listed once per path. */
  upstream: Array<LineageEntry>;
  /** Lots this lot went into directly. */
  usedIn: Array<Lot>;
};


/** The unit of traceability: a material lot or a production batch of a product, identified by GTIN + lot number (GS1 AI 01 + AI 10). */
export type LotCustodyEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of lots (Relay connection). */
export type LotConnection = {
  __typename?: 'LotConnection';
  /** The items of the page with their cursors. */
  edges: Array<LotEdge>;
  /** The items of the page. */
  nodes: Array<Lot>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One lot in a page, with its cursor. */
export type LotEdge = {
  __typename?: 'LotEdge';
  /** Cursor to pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The lot. */
  node: Lot;
};

/** A problem with a lot mutation's input; nothing was written. */
export type LotError = {
  __typename?: 'LotError';
  /** What is wrong, for programs. */
  code: LotErrorCode;
  /** Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** Give at least one input. */
  | 'NO_INPUTS'
  /** At most 500 inputs per call. */
  | 'TOO_MANY_INPUTS'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** An organization and location that held a lot, with its flows; quantities only for the holder itself and regulators. */
export type LotHolder = {
  __typename?: 'LotHolder';
  /** For a seller: its first-responsibility commitment in force now that covers this lot's product (each sale keeps the version in force when it happened). */
  commitment?: Maybe<Commitment>;
  /** Whether it sold some to consumers. */
  hasSold: Scalars['Boolean']['output'];
  /** Whether it holds some now (shown to everyone, without the quantity). */
  holdsStock: Scalars['Boolean']['output'];
  /** When the holder last recorded an event of this lot. */
  lastEventAt: Scalars['DateTimeISO']['output'];
  /** The location. */
  location: Location;
  /** The holder. */
  organization: Organization;
  /** Quantities; null unless the viewer is this holder or a regulator. */
  quantities?: Maybe<HolderFlows>;
};

/** A quantity of an input lot that went into the output lot. */
export type LotInputInput = {
  /** The input lot. */
  lot: Scalars['ID']['input'];
  /** Quantity used, in the unit of the input lot. */
  quantity: Scalars['Float']['input'];
};

/** Result of `lotRegister` and `lotInputsRecord`. */
export type LotPayload = {
  __typename?: 'LotPayload';
  /** Why it was refused; empty on success. */
  errors: Array<LotError>;
  /** The lot; null when refused. */
  lot?: Maybe<Lot>;
};

/** A new lot of a product, with the input lots it was made from. */
export type LotRegisterInput = {
  /** Expiry date, YYYY-MM-DD, where relevant. */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  /** Input lots consumed from the caller's stock at that location (a transformation). */
  inputs?: InputMaybe<Array<LotInputInput>>;
  /** Where it was made: one of the caller's locations; the lot starts there in the caller's stock. */
  location: Scalars['ID']['input'];
  /** Lot number (GS1 AI 10): 1 to 20 characters of GS1 set 82. */
  lotNumber: Scalars['String']['input'];
  /** Production date, YYYY-MM-DD, not in the future. */
  producedOn: Scalars['String']['input'];
  /** Quantity made. */
  quantity: Scalars['Float']['input'];
  /** Unit of the quantity. */
  unit: QuantityUnit;
};

/** One material of the composition label, with its share by weight. */
export type MaterialShare = {
  __typename?: 'MaterialShare';
  /** Material, e.g. "棉 cotton", "ABS". */
  material: Scalars['String']['output'];
  /** Share by weight, in percent (0 < p ≤ 100). */
  percent: Scalars['Float']['output'];
};

/** One material of the composition label. */
export type MaterialShareInput = {
  /** Material name. */
  material: Scalars['String']['input'];
  /** Share by weight in percent. */
  percent: Scalars['Float']['input'];
};

/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Records a CCC certificate, voluntary certificate or test report of a product. Who: the product's producer, with a write key. */
  certificationRecord: CertificationPayload;
  /** Sets a certificate's status (VALID, SUSPENDED, REVOKED) as the certification body announced it. Who: the product's producer or a regulator, with a write key. */
  certificationStatusSet: CertificationPayload;
  /** Publishes a new version of the caller's first-responsibility commitment (首负承诺); it supersedes the previous version from its `validFrom`, and sales keep the version in force when they happened. Who: a DISTRIBUTOR or RETAILER, with a write key. */
  commitmentPublish: CommitmentPayload;
  /** Revokes the caller's commitment in force now. The version stays on record and still covers earlier sales. Who: a DISTRIBUTOR or RETAILER, with a write key. */
  commitmentRevoke: CommitmentPayload;
  /** Records up to 1,000 custody events of the caller in order, all or nothing; nobody ships, sells or destroys more than it holds at the location. Retrying with the same idempotency key returns the first result. Who: any organization, for its own events, with a write key. */
  custodyEventsRecord: CustodyEventsRecordPayload;
  /** Publishes a new version of a product's standard self-declaration (企业标准自我声明); earlier versions stay, and lots keep the version in force on their production date. Who: the product's producer, with a write key. */
  declarationPublish: DeclarationPublishPayload;
  /** Adds a site to the calling organization. Who: any organization, with a write key. */
  locationCreate: LocationCreatePayload;
  /** Records further input lots of an existing lot (a transformation recorded after the fact), consumed from the caller's stock at the lot's production location. Refuses a cycle. Who: the lot's producer, with a write key. */
  lotInputsRecord: LotPayload;
  /** Registers a lot of the caller's product made at one of its locations, with the input lots it consumed (a transformation). The lot keeps the declaration version in force on its production date. Who: the product's producer (or supplier, for materials), with a write key. */
  lotRegister: LotPayload;
  /** Registers a trade item with its label disclosures. Who: a PRODUCER (any category) or a SUPPLIER (MATERIAL only), with a write key. */
  productRegister: ProductRegisterPayload;
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationCertificationRecordArgs = {
  input: CertificationRecordInput;
  product: Scalars['ID']['input'];
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationCertificationStatusSetArgs = {
  certification: Scalars['ID']['input'];
  status: CertificationStatus;
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationCommitmentPublishArgs = {
  input: CommitmentPublishInput;
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationCommitmentRevokeArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationCustodyEventsRecordArgs = {
  input: CustodyEventsRecordInput;
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationDeclarationPublishArgs = {
  input: DeclarationPublishInput;
  product: Scalars['ID']['input'];
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationLocationCreateArgs = {
  input: LocationCreateInput;
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationLotInputsRecordArgs = {
  inputs: Array<LotInputInput>;
  lot: Scalars['ID']['input'];
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationLotRegisterArgs = {
  input: LotRegisterInput;
  product: Scalars['ID']['input'];
};


/** Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written. */
export type MutationProductRegisterArgs = {
  input: ProductRegisterInput;
};

/** An object with a globally unique, opaque ID that `node(id:)` refetches. */
export type Node = {
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
};

/** A company or authority in the chain. */
export type Organization = Node & {
  __typename?: 'Organization';
  /** Registered address. */
  address?: Maybe<Scalars['String']['output']>;
  /** The first-responsibility commitment in force now, if the organization sells. */
  commitment?: Maybe<Commitment>;
  /** Every version of its commitment, newest first, revoked ones included. */
  commitments: Array<Commitment>;
  /** When the organization joined the platform. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Unified Social Credit Code (统一社会信用代码, GB 32100-2015), 18 characters. */
  creditCode: Scalars['String']['output'];
  /** GS1 Global Location Number of the legal entity (13 digits). */
  gln?: Maybe<Scalars['String']['output']>;
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** Factories, warehouses, stores, offices and laboratories. */
  locations: Array<Location>;
  /** Registered name (Chinese). */
  name: Scalars['String']['output'];
  /** Name in English, where the company has one. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Products the organization makes. */
  products: ProductConnection;
  /** Region of the registered seat. */
  region: Region;
  /** Roles the organization holds. */
  roles: Array<OrganizationRole>;
  /** Lots on hand per location (live events only). Null unless the viewer is this organization or a regulator. */
  stock?: Maybe<StockConnection>;
};


/** A company or authority in the chain. */
export type OrganizationProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ProductCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company or authority in the chain. */
export type OrganizationStockArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of organizations (Relay connection). */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The items of the page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** The items of the page. */
  nodes: Array<Organization>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One organization in a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Cursor to pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** A problem with a organization or location mutation's input; nothing was written. */
export type OrganizationError = {
  __typename?: 'OrganizationError';
  /** What is wrong, for programs. */
  code: OrganizationErrorCode;
  /** Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

/** Why a organization or location mutation was refused. */
export type OrganizationErrorCode =
  /** Another organization has this credit code. */
  | 'DUPLICATE_CREDIT_CODE'
  /** Another organization or location has this GLN. */
  | 'DUPLICATE_GLN'
  /** The Unified Social Credit Code is malformed or its check character is wrong (GB 32100-2015). */
  | 'INVALID_CREDIT_CODE'
  /** The GLN is not 13 digits or its check digit is wrong. */
  | 'INVALID_GLN'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** The name is empty or too long. */
  | 'INVALID_NAME'
  /** The region code is not a GB/T 2260 administrative division code. */
  | 'INVALID_REGION_CODE'
  /** At least one role is needed. */
  | 'INVALID_ROLES'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

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

/** Where a page sits in a connection (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A trade item identified by its GTIN, with its label disclosures. */
export type Product = Node & {
  __typename?: 'Product';
  /** Brand on the label. */
  brand: Scalars['String']['output'];
  /** Kind of trade item. */
  category: ProductCategory;
  /** Whether China Compulsory Certification (CCC) is required for this product. */
  cccRequired: Scalars['Boolean']['output'];
  /** Certificates and test reports of the product. */
  certifications: Array<Certification>;
  /** When the product was registered. */
  createdAt: Scalars['DateTimeISO']['output'];
  /** The declaration version in force now; null when none is. */
  currentDeclaration?: Maybe<StandardDeclaration>;
  /** Every version of the standard self-declaration, newest first. */
  declarations: Array<StandardDeclaration>;
  /** GTIN normalised to 14 digits. */
  gtin: Scalars['String']['output'];
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** Lots of the product, newest production first. */
  lots: LotConnection;
  /** Material composition label, shares by weight. */
  materials: Array<MaterialShare>;
  /** Oldest intended age, in months. */
  maxAgeMonths?: Maybe<Scalars['Int']['output']>;
  /** Youngest intended age, in months. */
  minAgeMonths?: Maybe<Scalars['Int']['output']>;
  /** Model or article number. */
  model?: Maybe<Scalars['String']['output']>;
  /** Product name (Chinese). */
  name: Scalars['String']['output'];
  /** Product name in English. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Country of origin, ISO 3166-1 alpha-2. */
  originCountry: Scalars['String']['output'];
  /** Place of production in China (GB/T 2260), when declared. */
  originRegion?: Maybe<Region>;
  /** The producer (or supplier, for materials) that makes the item. */
  producer: Organization;
  /** Special groups the product is labelled as suitable for. */
  specialGroups: Array<SpecialGroup>;
  /** Subcategory, e.g. "electric ride-on toy", "infant bodysuit", "washing machine". */
  subcategory: Scalars['String']['output'];
  /** Warnings and suitability notes on the label, e.g. "不适合3岁以下儿童". */
  suitabilityNote?: Maybe<Scalars['String']['output']>;
};


/** A trade item identified by its GTIN, with its label disclosures. */
export type ProductLotsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The kind of trade item. */
export type ProductCategory =
  /** Children's goods: toys, strollers, child car seats, infant textiles, children's furniture and bicycles. */
  | 'CHILDRENS_GOODS'
  /** Household appliances: washing machines, kettles, heaters. */
  | 'HOME_APPLIANCE'
  /** A raw material or component that goes into other lots (resin, fabric, cells, battery packs, webbing). */
  | 'MATERIAL';

/** A page of products (Relay connection). */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The items of the page with their cursors. */
  edges: Array<ProductEdge>;
  /** The items of the page. */
  nodes: Array<Product>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One product in a page, with its cursor. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Cursor to pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** A problem with a product mutation's input; nothing was written. */
export type ProductError = {
  __typename?: 'ProductError';
  /** What is wrong, for programs. */
  code: ProductErrorCode;
  /** Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
};

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
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A trade item and its label disclosures. */
export type ProductRegisterInput = {
  /** Brand. */
  brand: Scalars['String']['input'];
  /** Kind of trade item. */
  category: ProductCategory;
  /** Whether CCC certification is required (default false). */
  cccRequired?: InputMaybe<Scalars['Boolean']['input']>;
  /** GTIN-8, -12, -13 or -14; the check digit is verified and the GTIN stored as 14 digits. */
  gtin: Scalars['String']['input'];
  /** Material composition (default none). */
  materials?: InputMaybe<Array<MaterialShareInput>>;
  /** Oldest intended age in months. */
  maxAgeMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Youngest intended age in months. */
  minAgeMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Model or article number. */
  model?: InputMaybe<Scalars['String']['input']>;
  /** Product name (Chinese). */
  name: Scalars['String']['input'];
  /** Product name in English. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** Country of origin, ISO 3166-1 alpha-2 (default "CN"). */
  originCountry?: InputMaybe<Scalars['String']['input']>;
  /** GB/T 2260 code of the place of production, for Chinese origin. */
  originRegionCode?: InputMaybe<Scalars['String']['input']>;
  /** Special groups the product suits. */
  specialGroups?: InputMaybe<Array<SpecialGroup>>;
  /** Subcategory, e.g. "electric ride-on toy". */
  subcategory: Scalars['String']['input'];
  /** Warnings and suitability notes on the label. */
  suitabilityNote?: InputMaybe<Scalars['String']['input']>;
};

/** Result of `productRegister`. */
export type ProductRegisterPayload = {
  __typename?: 'ProductRegisterPayload';
  /** Why it was refused; empty on success. */
  errors: Array<ProductError>;
  /** The new product; null when refused. */
  product?: Maybe<Product>;
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

/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type Query = {
  __typename?: 'Query';
  /** A lot by GTIN and lot number, as printed on the package (GS1 AI 01 + AI 10). */
  lot?: Maybe<Lot>;
  /** Refetches any object by its global ID; null when unknown, malformed or not visible to the viewer. */
  node?: Maybe<Node>;
  /** Refetches up to 100 objects by global ID, in order; null for each unknown, malformed or invisible one. */
  nodes: Array<Maybe<Node>>;
  /** An organization by its Unified Social Credit Code. */
  organization?: Maybe<Organization>;
  /** Organizations on the platform, by name. */
  organizations: OrganizationConnection;
  /** A product by GTIN (8 to 14 digits; the check digit is verified). */
  product?: Maybe<Product>;
  /** Registered products, by name. */
  products: ProductConnection;
  /** Who the API sees as the caller. */
  viewer: ViewerInfo;
};


/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type QueryLotArgs = {
  gtin: Scalars['String']['input'];
  lotNumber: Scalars['String']['input'];
};


/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type QueryOrganizationArgs = {
  creditCode: Scalars['String']['input'];
};


/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  regionPrefix?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<OrganizationRole>;
};


/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type QueryProductArgs = {
  gtin: Scalars['String']['input'];
};


/** Read the chain: lots by GTIN + lot number with their upstream tree, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events. */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<ProductCategory>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Custody events a holder records directly. */
export type RecordableEventType =
  /** Destroyed or scrapped. */
  | 'DESTROYED'
  /** Received from the shipment named by `shipment`. */
  | 'RECEIVED'
  /** Returned by consumers to the store. */
  | 'RETURNED'
  /** Shipped to `counterparty` at `counterpartyLocation`. */
  | 'SHIPPED'
  /** Sold to consumers at a STORE location. */
  | 'SOLD';

/** An administrative division (GB/T 2260). */
export type Region = {
  __typename?: 'Region';
  /** Prefecture-level city, e.g. "郑州市", when known. */
  city?: Maybe<Scalars['String']['output']>;
  /** City in English, e.g. "Zhengzhou", when known. */
  cityEn?: Maybe<Scalars['String']['output']>;
  /** Six-digit division code, e.g. "410102". */
  code: Scalars['String']['output'];
  /** Province name, e.g. "河南省". */
  province: Scalars['String']['output'];
  /** Province name in English, e.g. "Henan". */
  provinceEn: Scalars['String']['output'];
};

/** What a seller does for a consumer with a quality problem (包修、包换、包退). */
export type Remedy =
  /** Refund (退货). */
  | 'REFUND'
  /** Repair (修理). */
  | 'REPAIR'
  /** Replacement (更换). */
  | 'REPLACE';

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

/** A version of a producer's public self-declaration of the standards a product implements (企业标准自我声明). Versions are immutable. */
export type StandardDeclaration = Node & {
  __typename?: 'StandardDeclaration';
  /** What changed against the previous version. */
  changeNote?: Maybe<Scalars['String']['output']>;
  /** The opaque global ID of this object. */
  id: Scalars['ID']['output'];
  /** The product declared. */
  product: Product;
  /** When the version was published. */
  publishedAt: Scalars['DateTimeISO']['output'];
  /** The standards declared, in the order given. */
  standards: Array<DeclaredStandard>;
  /** From when this version is in force; it stays in force until a later version takes over. */
  validFrom: Scalars['DateTimeISO']['output'];
  /** When the next version took or takes over; null while this is the latest. */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Version number, 1 for the first declaration of the product. */
  version: Scalars['Int']['output'];
};

/** One indicator of a declared standard: what is promised and how it is tested. */
export type StandardIndicator = {
  __typename?: 'StandardIndicator';
  /** Safety, health, environment or performance. */
  indicatorClass: IndicatorClass;
  /** Key of the indicator within its declaration version, e.g. "S1"; spot-check results refer to it. */
  key: Scalars['String']['output'];
  /** Indicator name, e.g. "可迁移元素铅 migratable lead". */
  name: Scalars['String']['output'];
  /** Test method, e.g. "GB 6675.4-2014". */
  testMethod?: Maybe<Scalars['String']['output']>;
  /** Unit, e.g. "mg/kg". */
  unit?: Maybe<Scalars['String']['output']>;
  /** Declared value or limit, e.g. "≤ 90". */
  value: Scalars['String']['output'];
};

/** One indicator of a declared standard. */
export type StandardIndicatorInput = {
  /** Safety, health, environment or performance. */
  indicatorClass: IndicatorClass;
  /** Key unique within the version, e.g. "S1"; generated as "<standard>.<indicator>" when omitted. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** Indicator name. */
  name: Scalars['String']['input'];
  /** Test method, e.g. "GB 6675.4-2014". */
  testMethod?: InputMaybe<Scalars['String']['input']>;
  /** Unit, e.g. "mg/kg". */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** Declared value or limit, e.g. "≤ 90". */
  value: Scalars['String']['input'];
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

/** A page of stock entrys (Relay connection). */
export type StockConnection = {
  __typename?: 'StockConnection';
  /** The items of the page with their cursors. */
  edges: Array<StockEdge>;
  /** The items of the page. */
  nodes: Array<StockEntry>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** How many items the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One stock entry in a page, with its cursor. */
export type StockEdge = {
  __typename?: 'StockEdge';
  /** Cursor to pass as `after` to continue after this item. */
  cursor: Scalars['String']['output'];
  /** The stock entry. */
  node: StockEntry;
};

/** A quantity of a lot on hand at one location. */
export type StockEntry = {
  __typename?: 'StockEntry';
  /** Where it is. */
  location: Location;
  /** The lot. */
  lot: Lot;
  /** On-hand quantity, in the unit of the lot. */
  onHand: Scalars['Float']['output'];
};

/** Who the API sees as the caller. */
export type ViewerInfo = {
  __typename?: 'ViewerInfo';
  /** The calling organization; null for the public (no API key). */
  organization?: Maybe<Organization>;
  /** The key's scope; null for the public. */
  scope?: Maybe<ApiKeyScope>;
};

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
  /** The event named as shipment is not a live shipment of this lot to the caller. */
  | 'NOT_A_SHIPMENT'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** Send 1 to 1,000 events per call. */
  | 'NO_EVENTS'
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
};

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

/** A new site of the calling organization. */
export type LocationCreateInput = {
  /** Street address. */
  address?: string | null | undefined;
  /** GS1 GLN of the site (13 digits, check digit verified). */
  gln?: string | null | undefined;
  /** What happens there; consumer sales are recorded at STORE locations. */
  kind: LocationKind;
  /** Name of the site. */
  name: string;
  /** GB/T 2260 code of the district, e.g. "410105". */
  regionCode: string;
};

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

/** Why a organization or location mutation was refused. */
export type OrganizationErrorCode =
  /** Another organization has this credit code. */
  | 'DUPLICATE_CREDIT_CODE'
  /** Another organization or location has this GLN. */
  | 'DUPLICATE_GLN'
  /** The Unified Social Credit Code is malformed or its check character is wrong (GB 32100-2015). */
  | 'INVALID_CREDIT_CODE'
  /** The GLN is not 13 digits or its check digit is wrong. */
  | 'INVALID_GLN'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** The name is empty or too long. */
  | 'INVALID_NAME'
  /** The region code is not a GB/T 2260 administrative division code. */
  | 'INVALID_REGION_CODE'
  /** At least one role is needed. */
  | 'INVALID_ROLES'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

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

/** Custody events a holder records directly. */
export type RecordableEventType =
  /** Destroyed or scrapped. */
  | 'DESTROYED'
  /** Received from the shipment named by `shipment`. */
  | 'RECEIVED'
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

/** One indicator of a declared standard. */
export type StandardIndicatorInput = {
  /** Safety, health, environment or performance. */
  indicatorClass: IndicatorClass;
  /** Key unique within the version, e.g. "S1"; generated as "<standard>.<indicator>" when omitted. */
  key?: string | null | undefined;
  /** Indicator name. */
  name: string;
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

export type CommitmentPublishMutationVariables = Exact<{
  input: CommitmentPublishInput;
}>;


export type CommitmentPublishMutation = { commitmentPublish: { commitment: { id: string, version: number, scope: CommitmentScope, categories: Array<ProductCategory>, remedies: Array<Remedy>, responseHours: number, hotline: string, validFrom: string, inForce: boolean, products: Array<{ gtin: string }>, seller: { name: string } } | null, errors: Array<{ field: Array<string> | null, message: string, code: CommitmentErrorCode }> } };

export type CommitmentRevokeMutationVariables = Exact<{
  reason?: string | null | undefined;
}>;


export type CommitmentRevokeMutation = { commitmentRevoke: { commitment: { id: string, version: number, revokedAt: string | null, revokedReason: string | null, inForce: boolean } | null, errors: Array<{ field: Array<string> | null, message: string, code: CommitmentErrorCode }> } };

export type SellerCommitmentsQueryVariables = Exact<{
  creditCode: string;
}>;


export type SellerCommitmentsQuery = { organization: { commitment: { version: number } | null, commitments: Array<{ version: number, revokedAt: string | null, inForce: boolean }> } | null };

export type CustodyEventsRecordMutationVariables = Exact<{
  input: CustodyEventsRecordInput;
}>;


export type CustodyEventsRecordMutation = { custodyEventsRecord: { replayed: boolean, events: Array<{ id: string, type: CustodyEventType, quantity: number, occurredAt: string, bizStep: string, referenceDocument: string | null, lot: { lotNumber: string }, location: { name: string }, counterparty: { name: string } | null, counterpartyLocation: { name: string } | null, shipment: { id: string } | null, corrects: { id: string } | null, commitment: { version: number } | null }> | null, errors: Array<{ field: Array<string> | null, message: string, code: CustodyErrorCode }> } };

export type StockQueryVariables = Exact<{
  creditCode: string;
}>;


export type StockQuery = { organization: { name: string, stock: { totalCount: number, nodes: Array<{ onHand: number, lot: { lotNumber: string }, location: { name: string } }> } | null } | null };

export type EventCorrectionsQueryVariables = Exact<{
  id: string | number;
}>;


export type EventCorrectionsQuery = { node:
    | { id: string, quantity: number, correctedBy: { id: string, quantity: number } | null }
    | Record<PropertyKey, never>
   | null };

export type LotRegisterMutationVariables = Exact<{
  product: string | number;
  input: LotRegisterInput;
}>;


export type LotRegisterMutation = { lotRegister: { lot: { id: string, lotNumber: string, producedOn: string, quantity: number | null, unit: QuantityUnit, declaration: { version: number } | null, inputs: Array<{ depth: number, quantity: number | null, lot: { lotNumber: string } }> } | null, errors: Array<{ field: Array<string> | null, message: string, code: LotErrorCode }> } };

export type LotInputsRecordMutationVariables = Exact<{
  lot: string | number;
  inputs: Array<LotInputInput> | LotInputInput;
}>;


export type LotInputsRecordMutation = { lotInputsRecord: { lot: { id: string, upstream: Array<{ depth: number, lot: { lotNumber: string } }> } | null, errors: Array<{ field: Array<string> | null, message: string, code: LotErrorCode }> } };

export type LotTraceQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type LotTraceQuery = { lot: { id: string, lotNumber: string, producedOn: string, quantity: number | null, digitalLink: string, product: { name: string, gtin: string, producer: { name: string, region: { city: string | null } } }, producer: { name: string }, productionLocation: { name: string }, declaration: { version: number, standards: Array<{ number: string, indicators: Array<{ key: string }> }> } | null, certifications: Array<{ kind: CertificationKind, number: string, status: CertificationStatus }>, upstream: Array<{ depth: number, quantity: number | null, lot: { lotNumber: string, producedOn: string, product: { name: string }, producer: { name: string, region: { city: string | null } }, productionLocation: { name: string } }, usedIn: { lotNumber: string } }>, usedIn: Array<{ lotNumber: string }>, holders: Array<{ holdsStock: boolean, hasSold: boolean, lastEventAt: string, organization: { name: string, roles: Array<OrganizationRole> }, location: { name: string, kind: LocationKind, region: { city: string | null } }, quantities: { onHand: number, received: number, shipped: number, sold: number, returned: number, destroyed: number } | null, commitment: { version: number, remedies: Array<Remedy>, responseHours: number, hotline: string } | null }>, custodyEvents: { totalCount: number, nodes: Array<{ type: CustodyEventType, quantity: number, organization: { name: string }, counterparty: { name: string } | null }> } } | null };

export type LotIdQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type LotIdQuery = { lot: { id: string } | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { scope: ApiKeyScope | null, organization: { id: string, name: string, creditCode: string, roles: Array<OrganizationRole>, region: { code: string, province: string, city: string | null } } | null } };

export type LocationCreateMutationVariables = Exact<{
  input: LocationCreateInput;
}>;


export type LocationCreateMutation = { locationCreate: { location: { id: string, name: string, kind: LocationKind, gln: string | null, region: { code: string, city: string | null }, organization: { name: string } } | null, errors: Array<{ field: Array<string> | null, message: string, code: OrganizationErrorCode }> } };

export type OrganizationsQueryVariables = Exact<{
  role?: OrganizationRole | null | undefined;
  regionPrefix?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string, roles: Array<OrganizationRole>, locations: Array<{ name: string, kind: LocationKind }> }> } };

export type NodeQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeQuery = { node:
    | { __typename: 'Certification', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'CustodyEvent', type: CustodyEventType, quantity: number, id: string }
    | { __typename: 'DeclaredStandard', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', lotNumber: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'StandardDeclaration', id: string }
   | null };

export type ViewerSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerSitesQuery = { viewer: { organization: { id: string, creditCode: string, locations: Array<{ id: string, name: string, kind: LocationKind }> } | null } };

export type ProductRegisterMutationVariables = Exact<{
  input: ProductRegisterInput;
}>;


export type ProductRegisterMutation = { productRegister: { product: { id: string, gtin: string, name: string, category: ProductCategory, subcategory: string, brand: string, model: string | null, originCountry: string, cccRequired: boolean, minAgeMonths: number | null, maxAgeMonths: number | null, specialGroups: Array<SpecialGroup>, materials: Array<{ material: string, percent: number }>, originRegion: { code: string, city: string | null } | null, producer: { name: string } } | null, errors: Array<{ field: Array<string> | null, message: string, code: ProductErrorCode }> } };

export type ProductByGtinQueryVariables = Exact<{
  gtin: string;
}>;


export type ProductByGtinQuery = { product: { id: string, gtin: string, name: string, currentDeclaration: { version: number } | null, declarations: Array<{ version: number, validFrom: string, validUntil: string | null, standards: Array<{ number: string, kind: StandardKind }> }>, certifications: Array<{ kind: CertificationKind, number: string, status: CertificationStatus, validUntil: string | null, laboratory: { name: string } | null }>, lots: { totalCount: number, nodes: Array<{ lotNumber: string }> } } | null };

export type DeclarationPublishMutationVariables = Exact<{
  product: string | number;
  input: DeclarationPublishInput;
}>;


export type DeclarationPublishMutation = { declarationPublish: { declaration: { id: string, version: number, validFrom: string, changeNote: string | null, standards: Array<{ number: string, kind: StandardKind, title: string, indicators: Array<{ key: string, name: string, value: string, unit: string | null, testMethod: string | null, indicatorClass: IndicatorClass }> }> } | null, errors: Array<{ field: Array<string> | null, message: string, code: DeclarationErrorCode }> } };

export type CertificationRecordMutationVariables = Exact<{
  product: string | number;
  input: CertificationRecordInput;
}>;


export type CertificationRecordMutation = { certificationRecord: { certification: { id: string, kind: CertificationKind, number: string, status: CertificationStatus, validFrom: string, validUntil: string | null, laboratory: { name: string } | null } | null, errors: Array<{ field: Array<string> | null, message: string, code: CertificationErrorCode }> } };

export type CertificationStatusSetMutationVariables = Exact<{
  certification: string | number;
  status: CertificationStatus;
}>;


export type CertificationStatusSetMutation = { certificationStatusSet: { certification: { id: string, status: CertificationStatus } | null, errors: Array<{ field: Array<string> | null, message: string, code: CertificationErrorCode }> } };


export const CommitmentPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitmentPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentPublishMutation, CommitmentPublishMutationVariables>;
export const CommitmentRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitmentRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentRevokeMutation, CommitmentRevokeMutationVariables>;
export const SellerCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SellerCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]}}]} as unknown as DocumentNode<SellerCommitmentsQuery, SellerCommitmentsQueryVariables>;
export const CustodyEventsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustodyEventsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventsRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyEventsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"bizStep"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustodyEventsRecordMutation, CustodyEventsRecordMutationVariables>;
export const StockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockQuery, StockQueryVariables>;
export const EventCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventCorrectionsQuery, EventCorrectionsQueryVariables>;
export const LotRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LotRegisterMutation, LotRegisterMutationVariables>;
export const LotInputsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotInputsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lot"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotInputInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotInputsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lot"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lot"}}},{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LotInputsRecordMutation, LotInputsRecordMutationVariables>;
export const LotTraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotTrace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdsStock"}},{"kind":"Field","name":{"kind":"Name","value":"hasSold"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"destroyed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodyEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotTraceQuery, LotTraceQueryVariables>;
export const LotIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LotIdQuery, LotIdQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LocationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gln"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LocationCreateMutation, LocationCreateMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ViewerSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerSitesQuery, ViewerSitesQueryVariables>;
export const ProductRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"cccRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"specialGroups"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProductRegisterMutation, ProductRegisterMutationVariables>;
export const ProductByGtinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductByGtin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeclaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"laboratory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductByGtinQuery, ProductByGtinQueryVariables>;
export const DeclarationPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclarationPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"testMethod"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorClass"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationPublishMutation, DeclarationPublishMutationVariables>;
export const CertificationRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"laboratory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CertificationRecordMutation, CertificationRecordMutationVariables>;
export const CertificationStatusSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificationStatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CertificationStatusSetMutation, CertificationStatusSetMutationVariables>;