import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { CertificationResolver, ProductCertificationResolver } from '../modules/certification/certification.resolver';
import { CommitmentResolver, OrganizationCommitmentResolver } from '../modules/commitment/commitment.resolver';
import {
  CustodyEventResolver,
  LotCustodyResolver,
  OrganizationStockResolver,
  StockEntryResolver,
} from '../modules/custody/custody.resolver';
import { DeclarationResolver, ProductDeclarationResolver } from '../modules/declaration/declaration.resolver';
import { LotResolver, ProductLotsResolver } from '../modules/lot/lot.resolver';
import { LocationResolver, OrganizationResolver } from '../modules/organization/organization.resolver';
import { OrganizationProductsResolver, ProductResolver } from '../modules/product/product.resolver';
import {
  LineageEdgeResolver,
  LineageNodeResolver,
  LotHolderResolver,
  LotTraceResolver,
} from '../modules/trace/trace.resolver';
import { ScopeHolderResolver, ScopeLotResolver, ScopeResolver } from '../modules/scope/scope.resolver';
import { OrganizationShipmentsResolver, ShipmentFieldsResolver } from '../modules/custody/shipment.resolver';
import {
  LotRecallResolver,
  ProductProgressResolver,
  RecallNoticeItemResolver,
  RecallResolver,
  RecallTransitionResolver,
} from '../modules/recall/recall.resolver';
import { RecallHolderProgressResolver, RecallHoldersResolver } from '../modules/recall/recall-holders.resolver';
import { LotSpotCheckResolver, SpotCheckResolver } from '../modules/spot-check/spot-check.resolver';
import { ComplaintResolver } from '../modules/complaint/complaint.resolver';
import {
  PersonalDataAccessResolver,
  PurchaseResolver,
  RecallPurchaserResolver,
} from '../modules/purchase/purchase.resolver';
import { ApiKeyResolver } from '../modules/api-key/api-key.resolver';
import { LedgerResolver } from '../modules/ledger/ledger.resolver';
import { AccountEventResolver, PersonResolver } from '../modules/person/person.resolver';
import { ProductAlertFiguresResolver, RecallAlertsResolver } from '../modules/alert/alert.resolver';
import { NodeResolver } from './node.resolver';
import { CustodyImportResolver, CustodyImportRowResolver } from '../modules/custody-import/custody-import.resolver';
import { ScopeProductRollupResolver } from '../modules/scope/scope.resolver';
import {
  CccGapResolver,
  CommitmentGapResolver,
  FailingIndicatorResolver,
  OverdueAnswersResolver,
  SupervisionResolver,
} from '../modules/supervision/supervision.resolver';

let schema: GraphQLSchema | null = null;

/** The executable schema, built once per process. */
export function buildAppSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      NodeResolver,
      OrganizationResolver,
      LocationResolver,
      ProductResolver,
      OrganizationProductsResolver,
      DeclarationResolver,
      ProductDeclarationResolver,
      CertificationResolver,
      ProductCertificationResolver,
      LotResolver,
      ProductLotsResolver,
      LotTraceResolver,
      LineageNodeResolver,
      LineageEdgeResolver,
      LotHolderResolver,
      CustodyEventResolver,
      LotCustodyResolver,
      OrganizationStockResolver,
      StockEntryResolver,
      OrganizationShipmentsResolver,
      ShipmentFieldsResolver,
      CommitmentResolver,
      OrganizationCommitmentResolver,
      ScopeResolver,
      ScopeLotResolver,
      ScopeHolderResolver,
      RecallResolver,
      RecallTransitionResolver,
      RecallNoticeItemResolver,
      LotRecallResolver,
      ProductProgressResolver,
      RecallHoldersResolver,
      RecallHolderProgressResolver,
      SpotCheckResolver,
      LotSpotCheckResolver,
      PurchaseResolver,
      RecallPurchaserResolver,
      PersonalDataAccessResolver,
      ComplaintResolver,
      ApiKeyResolver,
      LedgerResolver,
      PersonResolver,
      AccountEventResolver,
      ApiKeyResolver,
      LedgerResolver,
      RecallAlertsResolver,
      ProductAlertFiguresResolver,
      CustodyImportResolver,
      CustodyImportRowResolver,
      ScopeProductRollupResolver,
      SupervisionResolver,
      OverdueAnswersResolver,
      CccGapResolver,
      CommitmentGapResolver,
      FailingIndicatorResolver,
    ],
    validate: false,
  });
  schema.getQueryType()!.description =
    'Read the chain: lots by GTIN + lot number with their upstream graph, declarations, certificates and holders; organizations, products, any object by ID. Without an API key you are the public and see no quantities and no events.';
  schema.getMutationType()!.description =
    'Write the chain with an API key (`Authorization: Bearer <key>`). Each mutation is one transaction; bad input comes back in `errors` with a code, and nothing is written.';
  return schema;
}

/** The SDL committed in schema/schema.graphql, sorted so that diffs stay readable. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
