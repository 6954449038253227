import type { EntityManager } from '@mikro-orm/postgresql';
import { findByGlobalId } from '../../common/find-by-id';
import * as check from '../../common/validate';
import { InputError, userError, type UserErrorData } from '../../common/user-error';
import type { OrganizationViewer } from '../access/viewer';
import { DeclaredStandard } from '../declaration/declaration.entity';
import { Lot } from '../lot/lot.entity';
import { Location } from '../organization/location.entity';
import { OrganizationRole } from '../organization/organization.enums';
import { Organization } from '../organization/organization.entity';
import { SpotCheck, type SpotCheckResult } from './spot-check.entity';
import type { SpotCheckRecordInput } from './spot-check.types';

/** Records a spot check against the indicators of the lot's declaration version. */
export async function recordSpotCheck(
  em: EntityManager,
  viewer: OrganizationViewer,
  input: SpotCheckRecordInput,
): Promise<SpotCheck> {
  const lot = await findByGlobalId(em, Lot, input.lot, ['input', 'lot']);
  const location = await findByGlobalId(em, Location, input.location, ['input', 'location']);
  const laboratory = await findByGlobalId(em, Organization, input.laboratory, ['input', 'laboratory']);
  const errs: UserErrorData[] = [];
  if (!laboratory.roles.includes(OrganizationRole.TESTING_LAB))
    errs.push(userError('NOT_A_LABORATORY', `${laboratory.name} is not a testing lab.`, ['input', 'laboratory']));
  const sampledOn = check.isoDate(errs, input.sampledOn, ['input', 'sampledOn']);
  if (sampledOn && sampledOn > check.todayInChina())
    errs.push(userError('FUTURE_DATE', 'The sampling date is in the future.', ['input', 'sampledOn']));
  else if (sampledOn && sampledOn < lot.producedOn)
    errs.push(
      userError('BEFORE_PRODUCTION', `Lot ${lot.lotNumber} was produced on ${lot.producedOn}.`, ['input', 'sampledOn']),
    );
  const reportNumber = check.text(errs, input.reportNumber, ['input', 'reportNumber'], { max: 100 });
  const [held] = await em.execute<{ n: string }[]>(
    'select count(*) as n from custody_event where lot_id = ? and location_id = ?',
    [lot.id, location.id],
  );
  if (Number(held.n) === 0)
    errs.push(
      userError('LOT_NOT_HELD_THERE', `${location.name} never held lot ${lot.lotNumber}.`, ['input', 'location']),
    );
  if (!lot.declaration)
    errs.push(userError('NO_DECLARATION', `Lot ${lot.lotNumber} has no standard declaration.`, ['input', 'lot']));
  if (input.results.length === 0)
    errs.push(userError('NO_RESULTS', 'Record at least one result.', ['input', 'results']));

  const indicators = new Map<string, { standardNumber: string; name: string; nameEn: string | null; value: string }>();
  if (lot.declaration) {
    for (const s of await em.find(DeclaredStandard, { declaration: lot.declaration })) {
      for (const i of s.indicators)
        indicators.set(i.key, { standardNumber: s.number, name: i.name, nameEn: i.nameEn ?? null, value: i.value });
    }
  }
  const seen = new Set<string>();
  const results: SpotCheckResult[] = input.results.map((r, i) => {
    const at = (f: string) => ['input', 'results', i, f];
    const ind = indicators.get(r.indicatorKey);
    if (lot.declaration && !ind)
      errs.push(
        userError('UNKNOWN_INDICATOR', `The declaration has no indicator ${r.indicatorKey}.`, at('indicatorKey')),
      );
    if (seen.has(r.indicatorKey))
      errs.push(userError('DUPLICATE_INDICATOR', `Indicator ${r.indicatorKey} has two results.`, at('indicatorKey')));
    seen.add(r.indicatorKey);
    const measured = check.text(errs, r.measured, at('measured'), { max: 200, required: true });
    const note = check.text(errs, r.note, at('note'), { max: 1000 });
    return {
      indicatorKey: r.indicatorKey,
      standardNumber: ind?.standardNumber ?? '',
      indicatorName: ind?.name ?? '',
      indicatorNameEn: ind?.nameEn ?? null,
      declaredValue: ind?.value ?? '',
      measured: measured ?? '',
      passed: r.passed,
      note,
    };
  });
  if (errs.length) throw new InputError(errs);

  const spotCheck = em.create(SpotCheck, {
    lot,
    holder: location.organization,
    location,
    sampledOn: sampledOn!,
    laboratory,
    regulator: em.getReference(Organization, viewer.organizationId),
    declaration: lot.declaration!,
    results,
    passed: results.every((r) => r.passed),
    reportNumber,
  });
  await em.flush();
  return spotCheck;
}
