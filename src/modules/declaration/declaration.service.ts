import type { EntityManager } from '@mikro-orm/postgresql';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import { DeclaredStandard, StandardDeclaration, type StandardIndicator } from './declaration.entity';
import { StandardKind } from './declaration.enums';
import type { DeclarationPublishInput } from './declaration.types';
import { standardKindOf } from './standard-number';
import type { Product } from '../product/product.entity';
import { LedgerRecordType } from '../ledger/ledger.canon';
import { appendToLedger } from '../ledger/ledger.service';
import { withArticle } from '../../common/english';

function withValue<K extends string, V>(key: K, value: V | null): { [k in K]?: V } {
  return (value === null ? {} : { [key]: value }) as { [k in K]?: V };
}

/** Publishes the next declaration version of a product; the caller has checked ownership. */
export async function publishDeclaration(
  em: EntityManager,
  product: Product,
  input: DeclarationPublishInput,
): Promise<StandardDeclaration> {
  const errs: UserErrorData[] = [];
  const changeNote = check.text(errs, input.changeNote, ['input', 'changeNote'], { max: 2000 });
  if (input.standards.length === 0)
    errs.push(userError('NO_STANDARDS', 'List at least one standard.', ['input', 'standards']));
  if (input.standards.length > 100)
    errs.push(userError('INVALID_INPUT', 'At most 100 standards per declaration.', ['input', 'standards']));

  const numbers = new Set<string>();
  const keys = new Set<string>();
  const standards = input.standards.map((s, i) => {
    const at = (...p: (string | number)[]) => ['input', 'standards', i, ...p];
    const number = s.number.trim().replace(/\s+/g, ' ');
    const kind = standardKindOf(number);
    if (!kind)
      errs.push(
        userError('INVALID_STANDARD_NUMBER', `"${number.slice(0, 40)}" is not a standard number.`, at('number')),
      );
    else if (kind !== s.kind) {
      const message = `${number} is ${withArticle(kind)} standard, not ${s.kind}.`;
      errs.push(userError('STANDARD_KIND_MISMATCH', message, at('kind')));
    }
    if (numbers.has(number)) errs.push(userError('DUPLICATE_STANDARD', `${number} is listed twice.`, at('number')));
    numbers.add(number);
    const title = check.text(errs, s.title, at('title'), { max: 300, required: true });
    const titleEn = check.englishText(errs, s.titleEn, at('titleEn'), { max: 300 });
    const indicators: StandardIndicator[] = (s.indicators ?? []).map((ind, j) => {
      const key = ind.key?.trim() || `${i + 1}.${j + 1}`;
      if (key.length > 20)
        errs.push(
          userError('INVALID_INPUT', 'An indicator key has at most 20 characters.', at('indicators', j, 'key')),
        );
      if (keys.has(key))
        errs.push(
          userError('DUPLICATE_INDICATOR_KEY', `Indicator key ${key} is used twice.`, at('indicators', j, 'key')),
        );
      keys.add(key);
      return {
        key,
        name: check.text(errs, ind.name, at('indicators', j, 'name'), { max: 200, required: true }) ?? '',
        // Stored only when given, so that indicators without one keep the form (and ledger hash) they had.
        ...withValue('nameEn', check.englishText(errs, ind.nameEn, at('indicators', j, 'nameEn'), { max: 200 })),
        value: check.text(errs, ind.value, at('indicators', j, 'value'), { max: 200, required: true }) ?? '',
        unit: check.text(errs, ind.unit, at('indicators', j, 'unit'), { max: 50 }),
        testMethod: check.text(errs, ind.testMethod, at('indicators', j, 'testMethod'), { max: 200 }),
        indicatorClass: ind.indicatorClass,
      };
    });
    if (s.kind === StandardKind.ENTERPRISE && indicators.length === 0) {
      errs.push(
        userError(
          'INDICATORS_REQUIRED',
          `Enterprise standard ${number} must declare its indicators.`,
          at('indicators'),
        ),
      );
    }
    return { number, kind: s.kind, title: title ?? '', titleEn, indicators };
  });

  // Serialise publications per product so that two versions never get the same number.
  await em.execute('select id from product where id = ? for update', [product.id]);
  const latest = await em.findOne(StandardDeclaration, { product }, { orderBy: { version: 'desc' } });
  const validFrom = input.validFrom ?? new Date();
  if (latest && validFrom < latest.validFrom) {
    errs.push(
      userError(
        'INVALID_VALID_FROM',
        `Version ${latest.version} takes effect on ${latest.validFrom.toISOString()}; a new version cannot start earlier.`,
        ['input', 'validFrom'],
      ),
    );
  }
  if (errs.length) throw new InputError(errs);

  const declaration = em.create(StandardDeclaration, {
    product,
    version: (latest?.version ?? 0) + 1,
    validFrom,
    changeNote,
  });
  standards.forEach((s, position) => em.create(DeclaredStandard, { declaration, position, ...s }));
  await em.flush();
  await appendToLedger(em, [{ type: LedgerRecordType.DECLARATION, id: declaration.id }]);
  return declaration;
}

/** The version of a product's declaration in force at a moment (the highest version already in effect). */
export async function declarationInForce(
  em: EntityManager,
  productId: string,
  at: Date,
): Promise<StandardDeclaration | null> {
  return em.findOne(
    StandardDeclaration,
    { product: productId, validFrom: { $lte: at } },
    { orderBy: { version: 'desc' } },
  );
}

/** Of a product's versions, newest first, the one in force at `at` (the rule `declarationInForce` runs in SQL). */
export function inForceAt(newestFirst: readonly StandardDeclaration[], at: Date): StandardDeclaration | null {
  return newestFirst.find((d) => d.validFrom <= at) ?? null;
}

/** The end of a calendar day in China, for "in force on that date". */
export function endOfDayInChina(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}
