import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context';
import { findByGlobalId } from '../../common/find-by-id';
import { payload } from '../../common/user-error';
import { todayInChina } from '../../common/validate';
import { forbidden, isRegulator, requireWriter } from '../access/viewer';
import { Organization } from '../organization/organization.entity';
import { Product } from '../product/product.entity';
import { Certification, CertificationStatus } from './certification.entity';
import { effectiveStatus, recordCertification, setCertificationStatus } from './certification.service';
import { CertificationPayload, CertificationRecordInput } from './certification.types';
import { pagesChanged } from '../scan/page-changes';

@Resolver(() => Certification)
export class CertificationResolver {
  @FieldResolver(() => CertificationStatus, {
    description: 'Status now; a VALID certificate past its last day reads EXPIRED.',
  })
  status(@Root() c: Certification): CertificationStatus {
    return effectiveStatus(c, todayInChina());
  }

  @FieldResolver(() => Product, { description: 'The certified product.' })
  product(@Root() c: Certification, @Ctx() ctx: Context) {
    return ctx.loaders.product.load(c.product.id);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: 'The testing lab on the platform that issued it, when known.',
  })
  laboratory(@Root() c: Certification, @Ctx() ctx: Context) {
    return c.laboratory ? ctx.loaders.organization.load(c.laboratory.id) : null;
  }

  @Mutation(() => CertificationPayload, {
    description:
      "Records a CCC certificate, voluntary certificate or test report of a product. Who: the product's producer, with a write key.",
  })
  certificationRecord(
    @Arg('product', () => ID, { description: 'The certified product.' }) productId: string,
    @Arg('input', () => CertificationRecordInput, { description: 'What to record.' }) input: CertificationRecordInput,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({
      certification: await ctx.em
        .transactional(async (em) => {
          const product = await findByGlobalId(em, Product, productId, ['product']);
          if (product.owner.id !== v.organizationId)
            throw forbidden("Only the product's producer records its certificates.");
          return recordCertification(em, product, input);
        })
        .then(async (certification) => {
          await pagesChanged.product(ctx, (await ctx.loaders.product.load(certification.product.id))!.gtin);
          return certification;
        }),
    }));
  }

  @Mutation(() => CertificationPayload, {
    description:
      "Sets a certificate's status (VALID, SUSPENDED, REVOKED) as the certification body announced it. Who: the product's producer or a regulator, with a write key.",
  })
  certificationStatusSet(
    @Arg('certification', () => ID, { description: 'The certificate.' }) certId: string,
    @Arg('status', () => CertificationStatus, { description: 'New status.' }) status: CertificationStatus,
    @Ctx() ctx: Context,
  ) {
    const v = requireWriter(ctx.viewer);
    return payload(async () => ({
      certification: await ctx.em
        .transactional(async (em) => {
          const cert = await findByGlobalId(em, Certification, certId, ['certification']);
          const product = await em.findOneOrFail(Product, cert.product.id);
          if (product.owner.id !== v.organizationId && !isRegulator(v))
            throw forbidden("Only the product's producer or a regulator sets a certificate's status.");
          return setCertificationStatus(em, cert, status);
        })
        .then(async (certification) => {
          await pagesChanged.product(ctx, (await ctx.loaders.product.load(certification.product.id))!.gtin);
          return certification;
        }),
    }));
  }
}

@Resolver(() => Product)
export class ProductCertificationResolver {
  @FieldResolver(() => [Certification], { description: 'Certificates and test reports of the product.' })
  certifications(@Root() p: Product, @Ctx() ctx: Context) {
    return ctx.loaders.certificationsByProduct.load(p.id);
  }
}
