import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { canSeeRecallDetails } from '../access/visibility';
import { Product } from '../product/product.entity';
import { Recall } from '../recall/recall.entity';
import { RecallStatus } from '../recall/recall.enums';
import { alertSettings } from './alert.config';
import { recallAlertFigures } from './alert.figures';
import { ProductAlertFigures, RecallAlerts } from './alert.types';
import { channelsConfigured } from './alert.status';

@Resolver(() => Recall)
export class RecallAlertsResolver {
  @FieldResolver(() => RecallAlerts, {
    nullable: true,
    description:
      'Alerts to registered purchasers: sent, delivered, failed and confirmed, per product and channel. Null for a ' +
      'draft, or unless the viewer is the initiator or a regulator.',
  })
  alerts(@Root() r: Recall, @Ctx() ctx: Context) {
    if (r.status === RecallStatus.DRAFT || !canSeeRecallDetails(ctx.viewer, { initiatorId: r.initiator.id }))
      return null;
    return recallAlertFigures(ctx.em, r.id, channelsConfigured(alertSettings()));
  }
}

@Resolver(() => ProductAlertFigures)
export class ProductAlertFiguresResolver {
  @FieldResolver(() => Product, { description: 'The product.' })
  product(@Root() f: ProductAlertFigures, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(f.productId);
  }
}
