import type { EntityManager } from '@mikro-orm/postgresql';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import type { OrganizationViewer } from '../access/viewer';
import { OrganizationRole } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';
import { ProductCategory } from './product.enums';
import { Product } from './product.entity';
import type { ProductRegisterInput } from './product.types';

export async function registerProduct(
  em: EntityManager,
  viewer: OrganizationViewer,
  input: ProductRegisterInput,
): Promise<Product> {
  const errs: UserErrorData[] = [];
  const at = (f: string, i?: number, g?: string) => ['input', f, ...(i === undefined ? [] : [i]), ...(g ? [g] : [])];
  const gtin = check.gtin(errs, input.gtin, at('gtin'));
  const name = check.text(errs, input.name, at('name'), { max: 200, required: true });
  const nameEn = check.englishText(errs, input.nameEn, at('nameEn'), { max: 200 });
  const subcategory = check.text(errs, input.subcategory, at('subcategory'), { max: 100, required: true });
  const brand = check.text(errs, input.brand, at('brand'), { max: 100, required: true });
  const model = check.text(errs, input.model, at('model'), { max: 100 });
  const suitabilityNote = check.text(errs, input.suitabilityNote, at('suitabilityNote'), { max: 1000 });
  const suitabilityNoteEn = check.englishText(errs, input.suitabilityNoteEn, at('suitabilityNoteEn'), { max: 1000 });

  if (input.category !== ProductCategory.MATERIAL && !viewer.roles.includes(OrganizationRole.PRODUCER)) {
    errs.push(
      userError(
        'CATEGORY_NOT_ALLOWED',
        'Only producers register finished goods; register materials with category MATERIAL.',
        at('category'),
      ),
    );
  }

  const materials = (input.materials ?? []).map((m, i) => {
    const material = check.text(errs, m.material, at('materials', i, 'material'), {
      max: 100,
      required: true,
      code: 'INVALID_COMPOSITION',
    });
    if (!(m.percent > 0 && m.percent <= 100))
      errs.push(
        userError('INVALID_COMPOSITION', 'A share is over 0 and at most 100 percent.', at('materials', i, 'percent')),
      );
    return { material: material ?? '', percent: m.percent };
  });
  if (materials.reduce((s, m) => s + m.percent, 0) > 100.0001) {
    errs.push(
      userError('INVALID_COMPOSITION', 'The material shares add up to more than 100 percent.', at('materials')),
    );
  }

  const originCountry = (input.originCountry ?? 'CN').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(originCountry))
    errs.push(
      userError('INVALID_ORIGIN', 'Country of origin is an ISO 3166-1 alpha-2 code such as CN.', at('originCountry')),
    );
  let originRegionCode: string | null = null;
  if (input.originRegionCode) {
    const before = errs.length;
    originRegionCode = check.region(errs, input.originRegionCode, at('originRegionCode')) ?? null;
    if (errs.length > before) errs[errs.length - 1].code = 'INVALID_ORIGIN';
    else if (originCountry !== 'CN')
      errs.push(userError('INVALID_ORIGIN', 'A GB/T 2260 region goes with country CN.', at('originRegionCode')));
  }

  const { minAgeMonths = null, maxAgeMonths = null } = input;
  const ageOk = (a: number | null) => a === null || (a >= 0 && a <= 1200);
  if (
    !ageOk(minAgeMonths) ||
    !ageOk(maxAgeMonths) ||
    (minAgeMonths !== null && maxAgeMonths !== null && minAgeMonths > maxAgeMonths)
  ) {
    errs.push(
      userError(
        'INVALID_AGE_RANGE',
        'Ages are 0 to 1200 months, minimum not above maximum.',
        at(minAgeMonths !== null && !ageOk(minAgeMonths) ? 'minAgeMonths' : 'maxAgeMonths'),
      ),
    );
  }

  if (gtin && (await em.count(Product, { gtin })))
    errs.push(userError('DUPLICATE_GTIN', `GTIN ${gtin} is registered.`, at('gtin')));
  if (errs.length) throw new InputError(errs);

  const product = em.create(Product, {
    owner: em.getReference(Organization, viewer.organizationId),
    gtin: gtin!,
    name: name!,
    nameEn,
    category: input.category,
    subcategory: subcategory!,
    brand: brand!,
    model,
    materials,
    originCountry,
    originRegionCode,
    minAgeMonths,
    maxAgeMonths,
    specialGroups: [...new Set(input.specialGroups ?? [])],
    suitabilityNote,
    suitabilityNoteEn,
    cccRequired: input.cccRequired ?? false,
  });
  await em.flush();
  return product;
}
