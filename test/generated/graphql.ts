/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** A consumer's complaint about a lot. */
export type ComplaintFileInput = {
  /** What kind of problem. */
  category: ComplaintCategory;
  /** A mobile number or e-mail address for the answering organization; seen by nobody else. */
  contact?: string | null | undefined;
  /** What happened, up to 2,000 characters. */
  description: string;
  /** GTIN printed on the package. */
  gtin: string;
  /** Lot number printed on the package. */
  lotNumber: string;
  /** The store the consumer bought from (an organization among the lot's holders), if known. */
  purchasedFrom?: string | number | null | undefined;
};

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

/** A language of the consumer pages and of recall alerts. */
export type Language =
  /** English. */
  | 'EN'
  /** Chinese (the default). */
  | 'ZH';

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
  /** Phone number of the site, e.g. "0371-6696 8888": whom a regulator calls in a recall. */
  phone?: string | null | undefined;
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

/** Why an organization or location mutation was refused. */
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
  /** A phone number is 3 to 30 digits, spaces, "+", "-" or brackets. */
  | 'INVALID_PHONE'
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

/** Why a purchase registration mutation was refused. */
export type PurchaseErrorCode =
  /** The contact is kept only with consent. */
  | 'CONSENT_REQUIRED'
  /** Give a mobile number (e.g. 13800138000 or +8613800138000) or an e-mail address. */
  | 'INVALID_CONTACT'
  /** The GTIN has the wrong length or check digit. */
  | 'INVALID_GTIN'
  /** The ID is not a valid global ID. */
  | 'INVALID_ID'
  /** The lot number is not 1 to 20 characters of the GS1 set (no spaces). */
  | 'INVALID_LOT_NUMBER'
  /** No lot of this product has this lot number. */
  | 'LOT_NOT_FOUND'
  /** No object has this ID or key. */
  | 'NOT_FOUND'
  /** No product has this GTIN. */
  | 'PRODUCT_NOT_FOUND'
  /** No registration has this deletion code (it may be deleted already). */
  | 'UNKNOWN_DELETION_CODE'
  /** The ID names an object of another type. */
  | 'WRONG_ID_TYPE';

/** A consumer registering a purchase to be told of recalls of the lot. */
export type PurchaseRegisterInput = {
  /** The consumer agrees that the contact is kept and used only for recall alerts of this lot. Must be true. */
  consent: boolean;
  /** A mobile number or an e-mail address. */
  contact: string;
  /** GTIN printed on the package. */
  gtin: string;
  /** The language recall alerts are written in (default ZH): the language of the page the consumer registered on. */
  language?: Language | null | undefined;
  /** Lot number printed on the package. */
  lotNumber: string;
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

export type RecallAlertsQueryVariables = Exact<{
  number: string;
}>;


export type RecallAlertsQuery = { recall: { number: string, status: RecallStatus, alerts: { totals: { alerts: number, waiting: number, sent: number, delivered: number, failed: number, uncertain: number, cancelled: number, confirmed: number }, byProduct: Array<{ alerts: number, waiting: number, sent: number, delivered: number, failed: number, uncertain: number, cancelled: number, confirmed: number, product: { gtin: string, name: string } }>, byChannel: Array<{ channel: ContactChannel, configured: boolean, alerts: number, waiting: number, sent: number, delivered: number, failed: number, uncertain: number, cancelled: number, confirmed: number }> } | null } | null };

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

export type PurchaseRegisterMutationVariables = Exact<{
  input: PurchaseRegisterInput;
}>;


export type PurchaseRegisterMutation = { purchaseRegister: { registration: { maskedContact: string, channel: ContactChannel, deletionCode: string, lot: { lotNumber: string } } | null, errors: Array<{ code: PurchaseErrorCode, field: Array<string> | null, message: string }> } };

export type PurchaseRegistrationDeleteMutationVariables = Exact<{
  code: string;
}>;


export type PurchaseRegistrationDeleteMutation = { purchaseRegistrationDelete: { deleted: boolean, errors: Array<{ code: PurchaseErrorCode, field: Array<string> | null }> } };

export type RecallPurchasersQueryVariables = Exact<{
  recall: string | number;
}>;


export type RecallPurchasersQuery = { recallPurchasers: { totalCount: number, nodes: Array<{ channel: ContactChannel, contact: string, registeredAt: string, lot: { lotNumber: string } }> } };

export type PersonalDataAccessesQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonalDataAccessesQuery = { personalDataAccesses: { totalCount: number, nodes: Array<{ subject: string, records: number, at: string, organization: { name: string } }> } };

export type RecallScopePurchasersQueryVariables = Exact<{
  lots: Array<string | number> | string | number;
}>;


export type RecallScopePurchasersQuery = { recallScope: { registeredPurchasers: number, lotCount: number } };

export type ComplaintFileMutationVariables = Exact<{
  input: ComplaintFileInput;
}>;


export type ComplaintFileMutation = { complaintFile: { complaint: { id: string, trackingCode: string, routing: ComplaintRouting, status: ComplaintStatus, createdAt: string, responseDueAt: string, contact: string | null, responsible: { name: string }, commitment: { version: number, responseHours: number } | null, purchasedFrom: { name: string } | null } | null, errors: Array<{ code: ComplaintErrorCode, field: Array<string> | null, message: string }> } };

export type ComplaintAnswerMutationVariables = Exact<{
  input: ComplaintAnswerInput;
}>;


export type ComplaintAnswerMutation = { complaintAnswer: { complaint: { status: ComplaintStatus, remedy: Remedy | null, firstAnsweredAt: string | null, closedAt: string | null, overdue: boolean, answers: Array<{ status: ComplaintStatus, message: string }> } | null, errors: Array<{ code: ComplaintErrorCode, field: Array<string> | null }> } };

export type ComplaintByCodeQueryVariables = Exact<{
  code: string;
}>;


export type ComplaintByCodeQuery = { complaint: { trackingCode: string, status: ComplaintStatus, description: string, contact: string | null, overdue: boolean, lot: { lotNumber: string }, responsible: { name: string }, answers: Array<{ status: ComplaintStatus, message: string, at: string }> } | null };

export type ComplaintsQueryVariables = Exact<{
  status?: ComplaintStatus | null | undefined;
  overdueOnly?: boolean | null | undefined;
}>;


export type ComplaintsQuery = { complaints: { totalCount: number, nodes: Array<{ trackingCode: string, contact: string | null, status: ComplaintStatus, responsible: { name: string } }> } };

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

export type IncomingShipmentsQueryVariables = Exact<{
  location?: string | number | null | undefined;
  first?: number | null | undefined;
}>;


export type IncomingShipmentsQuery = { viewer: { organization: { incomingShipments: { totalCount: number, nodes: Array<{ id: string, type: CustodyEventType, quantity: number, quantityToReceive: number | null, occurredAt: string, referenceDocument: string | null, lot: { lotNumber: string, product: { name: string, gtin: string } }, organization: { name: string }, location: { name: string }, counterpartyLocation: { name: string } | null }> } | null } | null } };

export type OrganizationIncomingQueryVariables = Exact<{
  creditCode: string;
}>;


export type OrganizationIncomingQuery = { organization: { incomingShipments: { totalCount: number } | null } | null };

export type LotRegisterMutationVariables = Exact<{
  product: string | number;
  input: LotRegisterInput;
}>;


export type LotRegisterMutation = { lotRegister: { lot: { id: string, lotNumber: string, producedOn: string, quantity: number | null, unit: QuantityUnit, declaration: { version: number } | null, inputs: Array<{ quantity: number | null, unit: QuantityUnit, input: { lotNumber: string } }> } | null, errors: Array<{ field: Array<string> | null, message: string, code: LotErrorCode }> } };

export type LotInputsRecordMutationVariables = Exact<{
  lot: string | number;
  inputs: Array<LotInputInput> | LotInputInput;
}>;


export type LotInputsRecordMutation = { lotInputsRecord: { lot: { id: string, upstream: { nodes: Array<{ depth: number, lot: { lotNumber: string } }> } } | null, errors: Array<{ field: Array<string> | null, message: string, code: LotErrorCode }> } };

export type LotTraceQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type LotTraceQuery = { lot: { id: string, lotNumber: string, producedOn: string, quantity: number | null, digitalLink: string, product: { name: string, gtin: string, producer: { name: string, region: { city: string | null } } }, producer: { name: string }, productionLocation: { name: string }, declaration: { version: number, standards: Array<{ number: string, indicators: Array<{ key: string }> }> } | null, certifications: Array<{ kind: CertificationKind, number: string, status: CertificationStatus }>, upstream: { nodes: Array<{ depth: number, lot: { lotNumber: string, producedOn: string, product: { name: string }, producer: { name: string, region: { city: string | null } }, productionLocation: { name: string } }, usedIn: Array<{ quantity: number | null, unit: QuantityUnit, output: { lotNumber: string } }> }>, edges: Array<{ quantity: number | null, unit: QuantityUnit, input: { lotNumber: string }, output: { lotNumber: string } }> }, usedIn: Array<{ lotNumber: string }>, holders: { totalCount: number, nodes: Array<{ holdsStock: boolean, hasSold: boolean, lastEventAt: string, organization: { name: string, roles: Array<OrganizationRole> }, location: { name: string, kind: LocationKind, region: { city: string | null } }, quantities: { onHand: number, received: number, shipped: number, sold: number, returned: number, destroyed: number } | null, commitment: { version: number, remedies: Array<Remedy>, responseHours: number, hotline: string } | null }> }, custodyEvents: { totalCount: number, nodes: Array<{ type: CustodyEventType, quantity: number, organization: { name: string }, counterparty: { name: string } | null }> } } | null };

export type LotIdQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type LotIdQuery = { lot: { id: string } | null };

export type LotUpstreamQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type LotUpstreamQuery = { lot: { lotNumber: string, inputs: Array<{ quantity: number | null, unit: QuantityUnit, input: { lotNumber: string } }>, upstream: { nodes: Array<{ depth: number, lot: { id: string, lotNumber: string, product: { gtin: string, name: string }, producer: { name: string, region: { city: string | null } } }, usedIn: Array<{ quantity: number | null, unit: QuantityUnit, output: { lotNumber: string } }> }>, edges: Array<{ quantity: number | null, unit: QuantityUnit, input: { id: string, lotNumber: string }, output: { id: string, lotNumber: string } }> } } | null };

export type LotUpstreamByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type LotUpstreamByIdQuery = { node:
    | { lotNumber: string, upstream: { nodes: Array<{ depth: number, lot: { lotNumber: string, product: { name: string }, producer: { name: string } }, usedIn: Array<{ quantity: number | null, output: { lotNumber: string } }> }>, edges: Array<{ quantity: number | null, unit: QuantityUnit, input: { lotNumber: string }, output: { lotNumber: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { scope: ApiKeyScope | null, organization: { id: string, name: string, creditCode: string, roles: Array<OrganizationRole>, region: { code: string, province: string, city: string | null } } | null } };

export type LocationCreateMutationVariables = Exact<{
  input: LocationCreateInput;
}>;


export type LocationCreateMutation = { locationCreate: { location: { id: string, name: string, kind: LocationKind, gln: string | null, phone: string | null, region: { code: string, city: string | null }, organization: { name: string } } | null, errors: Array<{ field: Array<string> | null, message: string, code: OrganizationErrorCode }> } };

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
    | { __typename: 'AccountEvent', id: string }
    | { __typename: 'ApiKey', id: string }
    | { __typename: 'Certification', id: string }
    | { __typename: 'Commitment', id: string }
    | { __typename: 'Complaint', id: string }
    | { __typename: 'CustodyEvent', type: CustodyEventType, quantity: number, id: string }
    | { __typename: 'CustodyImport', id: string }
    | { __typename: 'DeclaredStandard', id: string }
    | { __typename: 'Location', id: string }
    | { __typename: 'Lot', lotNumber: string, id: string }
    | { __typename: 'Organization', name: string, id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'PersonalDataAccess', id: string }
    | { __typename: 'Product', id: string }
    | { __typename: 'Recall', id: string }
    | { __typename: 'SpotCheck', id: string }
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

export type RecallScopeQueryVariables = Exact<{
  root: ScopeRootInput;
  asOf?: string | null | undefined;
  first?: number | null | undefined;
  withStockOnly?: boolean | null | undefined;
}>;


export type RecallScopeQuery = { recallScope: { asOf: string | null, lotCount: number, registeredPurchasers: number, totals: Array<{ unit: QuantityUnit, lots: number, holdersWithStock: number, onHand: number, shipped: number, sold: number, returned: number }>, byRegion: Array<{ unit: QuantityUnit, province: string, city: string, cityName: string | null, holdersWithStock: number, onHand: number, sold: number }>, byParty: Array<{ unit: QuantityUnit, party: PartyType, holdersWithStock: number, onHand: number, sold: number }>, lots: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ depth: number, lot: { lotNumber: string }, path: Array<{ lotNumber: string }> }> }, holders: { totalCount: number, nodes: Array<{ party: PartyType, onHand: number, shipped: number, sold: number, returned: number, lot: { lotNumber: string }, organization: { name: string }, location: { name: string, region: { city: string | null } } }> } } };

export type RecallInitiateMutationVariables = Exact<{
  input: RecallInitiateInput;
}>;


export type RecallInitiateMutation = { recallInitiate: { recall: { id: string, number: string, kind: RecallKind, status: RecallStatus, rootKind: ScopeRootKind, hazard: string, remedies: Array<Remedy>, initiator: { name: string }, rootLots: Array<{ lotNumber: string }> } | null, errors: Array<{ field: Array<string> | null, message: string, code: RecallErrorCode }> } };

export type RecallActivateMutationVariables = Exact<{
  recall: string | number;
}>;


export type RecallActivateMutation = { recallActivate: { recall: { id: string, status: RecallStatus, activatedAt: string | null } | null, errors: Array<{ field: Array<string> | null, message: string, code: RecallErrorCode }> } };

export type RecallCompleteMutationVariables = Exact<{
  recall: string | number;
  note?: string | null | undefined;
}>;


export type RecallCompleteMutation = { recallComplete: { recall: { id: string, status: RecallStatus, closedAt: string | null } | null, errors: Array<{ field: Array<string> | null, message: string, code: RecallErrorCode }> } };

export type RecallTerminateMutationVariables = Exact<{
  recall: string | number;
  reason?: string | null | undefined;
}>;


export type RecallTerminateMutation = { recallTerminate: { recall: { id: string, status: RecallStatus } | null, errors: Array<{ field: Array<string> | null, message: string, code: RecallErrorCode }> } };

export type RecallByNumberQueryVariables = Exact<{
  number: string;
}>;


export type RecallByNumberQuery = { recall: { id: string, number: string, kind: RecallKind, status: RecallStatus, hazard: string, gbClause: string | null, remedies: Array<Remedy>, consumerInstructions: string, noticeText: string, activatedAt: string | null, initiator: { name: string }, transitions: Array<{ fromStatus: RecallStatus | null, toStatus: RecallStatus, at: string, note: string | null, by: { name: string } }>, affectedLots: { totalCount: number, nodes: Array<{ depth: number, lot: { lotNumber: string }, path: Array<{ lotNumber: string }> }> } | null, scope: { lotCount: number, totals: Array<{ unit: QuantityUnit, onHand: number, sold: number }>, holders: { totalCount: number, nodes: Array<{ onHand: number, party: PartyType, organization: { name: string } }> } } | null, progress: { unitsAffected: number, unitsCorrected: number, correctionRate: number | null, byParty: Array<{ party: PartyType, affected: number, corrected: number, rate: number | null }>, monthly: Array<{ month: string, corrected: number, cumulative: number, cumulativeRate: number | null, byParty: Array<{ party: PartyType, corrected: number }> }>, byProduct: Array<{ unit: QuantityUnit, finishedGoods: boolean, unitsAffected: number, unitsCorrected: number, correctionRate: number | null, product: { gtin: string, name: string }, byParty: Array<{ party: PartyType, affected: number, corrected: number, rate: number | null }> }> } | null } | null };

export type LotRecallsQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type LotRecallsQuery = { lot: { lotNumber: string, activeRecalls: Array<{ number: string, status: RecallStatus, hazard: string, consumerInstructions: string, remedies: Array<Remedy> }> } | null };

export type RecallNoticesQueryVariables = Exact<{
  unacknowledgedOnly?: boolean | null | undefined;
}>;


export type RecallNoticesQuery = { recallNotices: { totalCount: number, nodes: Array<{ receivedAt: string, acknowledgedAt: string | null, acknowledgedNote: string | null, affectedEntries: number, salesStopped: boolean, holderInstructions: string, recall: { number: string } }> } };

export type RecallNoticeAcknowledgeMutationVariables = Exact<{
  recall: string | number;
  note?: string | null | undefined;
}>;


export type RecallNoticeAcknowledgeMutation = { recallNoticeAcknowledge: { recall: { number: string } | null, errors: Array<{ field: Array<string> | null, message: string, code: RecallErrorCode }> } };

export type SpotCheckRecordMutationVariables = Exact<{
  input: SpotCheckRecordInput;
}>;


export type SpotCheckRecordMutation = { spotCheckRecord: { spotCheck: { id: string, passed: boolean, sampledOn: string, reportNumber: string | null, results: Array<{ indicatorKey: string, standardNumber: string, indicatorName: string, declaredValue: string, measured: string, passed: boolean, note: string | null }>, lot: { lotNumber: string }, holder: { name: string }, location: { name: string }, laboratory: { name: string }, regulator: { name: string }, declaration: { version: number }, scope: { lotCount: number, lots: { nodes: Array<{ depth: number, lot: { lotNumber: string } }> }, holders: { totalCount: number, nodes: Array<{ onHand: number, organization: { name: string } }> } } | null } | null, errors: Array<{ field: Array<string> | null, message: string, code: SpotCheckErrorCode }> } };

export type LotSpotChecksQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type LotSpotChecksQuery = { lot: { spotChecks: Array<{ passed: boolean, results: Array<{ indicatorKey: string, passed: boolean }> }> } | null };

export type DemoSpotChecksQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type DemoSpotChecksQuery = { lot: { id: string, spotChecks: Array<{ passed: boolean, reportNumber: string | null, results: Array<{ indicatorKey: string, indicatorName: string, measured: string, passed: boolean }>, scope: { lotCount: number, byRegion: Array<{ unit: QuantityUnit, city: string, cityName: string | null, holdersWithStock: number, onHand: number }>, holders: { totalCount: number, nodes: Array<{ party: PartyType, onHand: number, lot: { lotNumber: string, product: { name: string } }, organization: { name: string }, location: { name: string, region: { city: string | null } } }> } } | null }> } | null };

export type RecallStockQueryVariables = Exact<{
  underActiveRecall?: boolean | null | undefined;
}>;


export type RecallStockQuery = { viewer: { organization: { stock: { totalCount: number, nodes: Array<{ onHand: number, salesStopped: boolean, activeRecalls: Array<{ number: string }>, lot: { lotNumber: string }, location: { name: string } }> } | null } | null } };

export type RecallFrozenHoldersQueryVariables = Exact<{
  number: string;
}>;


export type RecallFrozenHoldersQuery = { recall: { activatedAt: string | null, scope: { holders: { totalCount: number, nodes: Array<{ party: PartyType, onHand: number, shipped: number, sold: number, returned: number, lot: { lotNumber: string }, organization: { name: string }, location: { name: string } }> } } | null } | null };

export type RecallProgressQueryVariables = Exact<{
  number: string;
}>;


export type RecallProgressQuery = { recall: { progress: { unitsAffected: number, unitsCorrected: number, correctionRate: number | null, byParty: Array<{ party: PartyType, affected: number, corrected: number, rate: number | null }>, monthly: Array<{ month: string, corrected: number, cumulative: number, cumulativeRate: number | null, byParty: Array<{ party: PartyType, corrected: number }> }>, byProduct: Array<{ unit: QuantityUnit, finishedGoods: boolean, unitsAffected: number, unitsCorrected: number, correctionRate: number | null, product: { gtin: string, name: string }, byParty: Array<{ party: PartyType, affected: number, corrected: number, rate: number | null }> }> } | null } | null };


export const RecallAlertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallAlerts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"configured"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"sent"}},{"kind":"Field","name":{"kind":"Name","value":"delivered"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"uncertain"}},{"kind":"Field","name":{"kind":"Name","value":"cancelled"}},{"kind":"Field","name":{"kind":"Name","value":"confirmed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallAlertsQuery, RecallAlertsQueryVariables>;
export const CommitmentPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitmentPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommitmentPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seller"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentPublishMutation, CommitmentPublishMutationVariables>;
export const CommitmentRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitmentRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitmentRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CommitmentRevokeMutation, CommitmentRevokeMutationVariables>;
export const SellerCommitmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SellerCommitments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}}]}}]}}]}}]} as unknown as DocumentNode<SellerCommitmentsQuery, SellerCommitmentsQueryVariables>;
export const PurchaseRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaseRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maskedContact"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"deletionCode"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseRegisterMutation, PurchaseRegisterMutationVariables>;
export const PurchaseRegistrationDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PurchaseRegistrationDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaseRegistrationDelete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deletionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PurchaseRegistrationDeleteMutation, PurchaseRegistrationDeleteMutationVariables>;
export const RecallPurchasersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallPurchasers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallPurchasers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallPurchasersQuery, RecallPurchasersQueryVariables>;
export const PersonalDataAccessesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataAccesses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalDataAccesses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PersonalDataAccessesQuery, PersonalDataAccessesQueryVariables>;
export const RecallScopePurchasersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallScopePurchasers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lots"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"root"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"LOTS"}},{"kind":"ObjectField","name":{"kind":"Name","value":"lots"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lots"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredPurchasers"}},{"kind":"Field","name":{"kind":"Name","value":"lotCount"}}]}}]}}]} as unknown as DocumentNode<RecallScopePurchasersQuery, RecallScopePurchasersQueryVariables>;
export const ComplaintFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComplaintFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"routing"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"responseDueAt"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchasedFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintFileMutation, ComplaintFileMutationVariables>;
export const ComplaintAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ComplaintAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaintAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"remedy"}},{"kind":"Field","name":{"kind":"Name","value":"firstAnsweredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintAnswerMutation, ComplaintAnswerMutationVariables>;
export const ComplaintByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ComplaintByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintByCodeQuery, ComplaintByCodeQueryVariables>;
export const ComplaintsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Complaints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ComplaintStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complaints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"overdueOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdueOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ComplaintsQuery, ComplaintsQueryVariables>;
export const CustodyEventsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CustodyEventsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEventsRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"custodyEventsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"bizStep"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"corrects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CustodyEventsRecordMutation, CustodyEventsRecordMutationVariables>;
export const StockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<StockQuery, StockQueryVariables>;
export const EventCorrectionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventCorrections"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"correctedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EventCorrectionsQuery, EventCorrectionsQueryVariables>;
export const IncomingShipmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncomingShipments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"location"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingShipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"location"},"value":{"kind":"Variable","name":{"kind":"Name","value":"location"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"quantityToReceive"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"referenceDocument"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterpartyLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncomingShipmentsQuery, IncomingShipmentsQueryVariables>;
export const OrganizationIncomingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationIncoming"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"creditCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creditCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomingShipments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationIncomingQuery, OrganizationIncomingQueryVariables>;
export const LotRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LotRegisterMutation, LotRegisterMutationVariables>;
export const LotInputsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LotInputsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lot"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LotInputInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotInputsRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lot"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lot"}}},{"kind":"Argument","name":{"kind":"Name","value":"inputs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inputs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LotInputsRecordMutation, LotInputsRecordMutationVariables>;
export const LotTraceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotTrace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"productionLocation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holdsStock"}},{"kind":"Field","name":{"kind":"Name","value":"hasSold"}},{"kind":"Field","name":{"kind":"Name","value":"lastEventAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"destroyed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"custodyEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"counterparty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotTraceQuery, LotTraceQueryVariables>;
export const LotIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LotIdQuery, LotIdQueryVariables>;
export const LotUpstreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotUpstream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotUpstreamQuery, LotUpstreamQueryVariables>;
export const LotUpstreamByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotUpstreamById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"input"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"output"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotUpstreamByIdQuery, LotUpstreamByIdQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const LocationCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LocationCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locationCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"gln"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<LocationCreateMutation, LocationCreateMutationVariables>;
export const OrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organizations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"role"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationRole"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"Variable","name":{"kind":"Name","value":"role"}}},{"kind":"Argument","name":{"kind":"Name","value":"regionPrefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionPrefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationsQuery, OrganizationsQueryVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Lot"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustodyEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const ViewerSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViewerSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"locations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViewerSitesQuery, ViewerSitesQueryVariables>;
export const ProductRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProductRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"productRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"cccRequired"}},{"kind":"Field","name":{"kind":"Name","value":"minAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"specialGroups"}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"originRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ProductRegisterMutation, ProductRegisterMutationVariables>;
export const ProductByGtinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductByGtin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentDeclaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declarations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"laboratory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProductByGtinQuery, ProductByGtinQueryVariables>;
export const DeclarationPublishDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclarationPublish"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclarationPublishInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declarationPublish"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"changeNote"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"testMethod"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorClass"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<DeclarationPublishMutation, DeclarationPublishMutationVariables>;
export const CertificationRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"product"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"product"},"value":{"kind":"Variable","name":{"kind":"Name","value":"product"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"laboratory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CertificationRecordMutation, CertificationRecordMutationVariables>;
export const CertificationStatusSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CertificationStatusSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"certification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CertificationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificationStatusSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"certification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"certification"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<CertificationStatusSetMutation, CertificationStatusSetMutationVariables>;
export const RecallScopeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallScope"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"root"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScopeRootInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withStockOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallScope"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"root"},"value":{"kind":"Variable","name":{"kind":"Name","value":"root"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"registeredPurchasers"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"lots"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"withStockOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withStockOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallScopeQuery, RecallScopeQueryVariables>;
export const RecallInitiateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallInitiate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecallInitiateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallInitiate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rootKind"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rootLots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecallInitiateMutation, RecallInitiateMutationVariables>;
export const RecallActivateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallActivate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallActivate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecallActivateMutation, RecallActivateMutationVariables>;
export const RecallCompleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallComplete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallComplete"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecallCompleteMutation, RecallCompleteMutationVariables>;
export const RecallTerminateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallTerminate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallTerminate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecallTerminateMutation, RecallTerminateMutationVariables>;
export const RecallByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"gbClause"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"noticeText"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"initiator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"affectedLots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"path"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeRate"}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"finishedGoods"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallByNumberQuery, RecallByNumberQueryVariables>;
export const LotRecallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotRecalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}}]}}]}}]}}]} as unknown as DocumentNode<LotRecallsQuery, LotRecallsQueryVariables>;
export const RecallNoticesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallNotices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledgedOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallNotices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unacknowledgedOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unacknowledgedOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedNote"}},{"kind":"Field","name":{"kind":"Name","value":"affectedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"salesStopped"}},{"kind":"Field","name":{"kind":"Name","value":"holderInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallNoticesQuery, RecallNoticesQueryVariables>;
export const RecallNoticeAcknowledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecallNoticeAcknowledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recall"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recallNoticeAcknowledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recall"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<RecallNoticeAcknowledgeMutation, RecallNoticeAcknowledgeMutationVariables>;
export const SpotCheckRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SpotCheckRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpotCheckRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotCheckRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotCheck"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"sampledOn"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"standardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"declaredValue"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"laboratory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regulator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<SpotCheckRecordMutation, SpotCheckRecordMutationVariables>;
export const LotSpotChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LotSpotChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LotSpotChecksQuery, LotSpotChecksQueryVariables>;
export const DemoSpotChecksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemoSpotChecks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spotChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reportNumber"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorKey"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorName"}},{"kind":"Field","name":{"kind":"Name","value":"measured"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotCount"}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"holdersWithStock"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"city"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemoSpotChecksQuery, DemoSpotChecksQueryVariables>;
export const RecallStockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"underActiveRecall"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"underActiveRecall"},"value":{"kind":"Variable","name":{"kind":"Name","value":"underActiveRecall"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"salesStopped"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallStockQuery, RecallStockQueryVariables>;
export const RecallFrozenHoldersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallFrozenHolders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"withStockOnly"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"onHand"}},{"kind":"Field","name":{"kind":"Name","value":"shipped"}},{"kind":"Field","name":{"kind":"Name","value":"sold"}},{"kind":"Field","name":{"kind":"Name","value":"returned"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallFrozenHoldersQuery, RecallFrozenHoldersQueryVariables>;
export const RecallProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecallProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"cumulative"}},{"kind":"Field","name":{"kind":"Name","value":"cumulativeRate"}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"byProduct"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"finishedGoods"}},{"kind":"Field","name":{"kind":"Name","value":"unitsAffected"}},{"kind":"Field","name":{"kind":"Name","value":"unitsCorrected"}},{"kind":"Field","name":{"kind":"Name","value":"correctionRate"}},{"kind":"Field","name":{"kind":"Name","value":"byParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"affected"}},{"kind":"Field","name":{"kind":"Name","value":"corrected"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecallProgressQuery, RecallProgressQueryVariables>;