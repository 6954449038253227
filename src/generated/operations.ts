/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kind of certificate or report. */
export type CertificationKind =
  /** China Compulsory Certification certificate. */
  | 'CCC'
  /** A testing laboratory's type-test report. */
  | 'TEST_REPORT'
  /** Voluntary product certification. */
  | 'VOLUNTARY';

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

/** Who decided the recall. */
export type RecallKind =
  /** Ordered by a regulator (责令召回). */
  | 'ORDERED'
  /** Initiated by the producer (主动召回). */
  | 'VOLUNTARY';

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

export type ScanRegionFragment = { province: string, provinceEn: string, city: string | null, cityEn: string | null };

export type ScanRecallFragment = { number: string, kind: RecallKind, hazard: string, consumerInstructions: string, remedies: Array<Remedy>, activatedAt: string | null };

export type ScanLotQueryVariables = Exact<{
  gtin: string;
  lotNumber: string;
}>;


export type ScanLotQuery = { lot: { lotNumber: string, producedOn: string, expiresOn: string | null, digitalLink: string, activeRecalls: Array<{ number: string, kind: RecallKind, hazard: string, consumerInstructions: string, remedies: Array<Remedy>, activatedAt: string | null }>, product: { gtin: string, name: string, nameEn: string | null, brand: string, model: string | null, category: ProductCategory, subcategory: string, originCountry: string, specialGroups: Array<SpecialGroup>, minAgeMonths: number | null, maxAgeMonths: number | null, suitabilityNote: string | null, suitabilityNoteEn: string | null, cccRequired: boolean, originRegion: { province: string, provinceEn: string, city: string | null, cityEn: string | null } | null, materials: Array<{ material: string, percent: number }> }, producer: { name: string, nameEn: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } }, declaration: { version: number, validFrom: string, standards: Array<{ kind: StandardKind, number: string, title: string, titleEn: string | null, indicators: Array<{ key: string, name: string, nameEn: string | null, value: string, unit: string | null, indicatorClass: IndicatorClass }> }> } | null, certifications: Array<{ kind: CertificationKind, number: string, status: CertificationStatus, body: string, validFrom: string, validUntil: string | null }>, upstream: Array<{ depth: number, lot: { lotNumber: string, product: { name: string, nameEn: string | null }, producer: { name: string, nameEn: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } } } }>, holders: { totalCount: number, nodes: Array<{ hasSold: boolean, holdsStock: boolean, organization: { id: string, name: string, nameEn: string | null, roles: Array<OrganizationRole> }, location: { name: string, kind: LocationKind, address: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } }, commitment: { version: number, statement: string, statementEn: string | null, remedies: Array<Remedy>, responseHours: number, hotline: string, validFrom: string } | null }> } } | null };

export type ScanProductQueryVariables = Exact<{
  gtin: string;
}>;


export type ScanProductQuery = { product: { gtin: string, name: string, nameEn: string | null, brand: string, model: string | null, producer: { name: string, nameEn: string | null, region: { province: string, provinceEn: string, city: string | null, cityEn: string | null } }, lots: { totalCount: number, nodes: Array<{ lotNumber: string, producedOn: string, digitalLink: string, activeRecalls: Array<{ number: string, kind: RecallKind, hazard: string, consumerInstructions: string, remedies: Array<Remedy>, activatedAt: string | null }> }> } } | null };

export const ScanRegionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}}]} as unknown as DocumentNode<ScanRegionFragment, unknown>;
export const ScanRecallFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRecall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}}]} as unknown as DocumentNode<ScanRecallFragment, unknown>;
export const ScanLotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}},{"kind":"Argument","name":{"kind":"Name","value":"lotNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lotNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRecall"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"subcategory"}},{"kind":"Field","name":{"kind":"Name","value":"originCountry"}},{"kind":"Field","name":{"kind":"Name","value":"originRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"materials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"material"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"specialGroups"}},{"kind":"Field","name":{"kind":"Name","value":"minAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"maxAgeMonths"}},{"kind":"Field","name":{"kind":"Name","value":"suitabilityNote"}},{"kind":"Field","name":{"kind":"Name","value":"suitabilityNoteEn"}},{"kind":"Field","name":{"kind":"Name","value":"cccRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"declaration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"standards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorClass"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upstream"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"lot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"holders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasSold"}},{"kind":"Field","name":{"kind":"Name","value":"holdsStock"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","name":{"kind":"Name","value":"location"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"statementEn"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"responseHours"}},{"kind":"Field","name":{"kind":"Name","value":"hotline"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRecall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}}]} as unknown as DocumentNode<ScanLotQuery, ScanLotQueryVariables>;
export const ScanProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScanProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gtin"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gtin"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gtin"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"producer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRegion"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lotNumber"}},{"kind":"Field","name":{"kind":"Name","value":"producedOn"}},{"kind":"Field","name":{"kind":"Name","value":"digitalLink"}},{"kind":"Field","name":{"kind":"Name","value":"activeRecalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScanRecall"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRegion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"cityEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScanRecall"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"hazard"}},{"kind":"Field","name":{"kind":"Name","value":"consumerInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"remedies"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}}]} as unknown as DocumentNode<ScanProductQuery, ScanProductQueryVariables>;