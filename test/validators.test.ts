import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from '../src/common/credit-code';
import { decodeIdOf, fromGlobalId, toGlobalId } from '../src/common/global-id';
import { checkGln, isValidLotNumber, normalizeGtin } from '../src/common/gs1';
import { isValidRegionCode, regionNames } from '../src/common/region';
import { isValidQuantity } from '../src/common/decimal';
import { StandardKind } from '../src/modules/declaration/declaration.enums';
import { standardKindOf } from '../src/modules/declaration/standard-number';

describe('GTIN', () => {
  it('accepts GTIN-8, -12, -13 and -14 with a right check digit and normalises to 14 digits', () => {
    expect(normalizeGtin('96385074')).toEqual({ gtin: '00000096385074' });
    expect(normalizeGtin('614141000036')).toEqual({ gtin: '00614141000036' });
    expect(normalizeGtin('6901234567892')).toEqual({ gtin: '06901234567892' });
    expect(normalizeGtin('10614141000033')).toEqual({ gtin: '10614141000033' });
  });
  it('refuses a wrong check digit and malformed input, saying which', () => {
    expect(normalizeGtin('6901234567893')).toEqual({ problem: 'CHECK_DIGIT' });
    expect(normalizeGtin('690123456789')).toEqual({ problem: 'CHECK_DIGIT' });
    expect(normalizeGtin('69012345678')).toEqual({ problem: 'FORMAT' });
    expect(normalizeGtin('69012345678a2')).toEqual({ problem: 'FORMAT' });
    expect(normalizeGtin('')).toEqual({ problem: 'FORMAT' });
  });
});

describe('GLN', () => {
  it('checks 13 digits and the mod-10 check digit', () => {
    expect(checkGln('0614141000012')).toEqual({ gln: '0614141000012' });
    expect(checkGln('0614141000013')).toEqual({ problem: 'CHECK_DIGIT' });
    expect(checkGln('061414100001')).toEqual({ problem: 'FORMAT' });
  });
});

describe('Unified Social Credit Code (GB 32100-2015)', () => {
  it('accepts real-format codes with the right check character', () => {
    // Published example codes.
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ code: '91350100M000100Y43' });
    expect(checkCreditCode('91110000600037341L')).toEqual({ code: '91110000600037341L' });
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });
  it('refuses a wrong check character, letters outside the set, wrong length', () => {
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ problem: 'CHECK_CHARACTER' });
    expect(checkCreditCode('91350100M000I00Y43')).toEqual({ problem: 'FORMAT' });
    expect(checkCreditCode('91350100M000100Y4')).toEqual({ problem: 'FORMAT' });
  });
});

describe('GS1 AI 10 lot numbers', () => {
  it('allows up to 20 characters of set 82', () => {
    for (const ok of ['RT2409A', 'A', 'LOT-2024/07.1', `!"%&'()*+,-./:;<=>?_`.slice(0, 20), 'x'.repeat(20)])
      expect(isValidLotNumber(ok)).toBe(true);
  });
  it('refuses empty, too long, spaces, non-ASCII, control characters, # and @', () => {
    for (const bad of ['', 'x'.repeat(21), 'LOT 1', '批次1', 'A\u0000', 'A#1', 'A@1', 'A😀'])
      expect(isValidLotNumber(bad)).toBe(false);
  });
});

describe('region codes (GB/T 2260)', () => {
  it('knows Henan and its cities', () => {
    expect(isValidRegionCode('410102')).toBe(true);
    expect(isValidRegionCode('410000')).toBe(true);
    expect(regionNames('410102')).toEqual({
      province: '河南省',
      provinceEn: 'Henan',
      city: '郑州市',
      cityEn: 'Zhengzhou',
    });
  });
  it('refuses unknown provinces and malformed codes', () => {
    for (const bad of ['990101', '41010', '4101021', '41a102', '410005']) expect(isValidRegionCode(bad)).toBe(false);
  });
});

describe('quantities', () => {
  it('are positive with at most 3 decimals', () => {
    expect(isValidQuantity(1)).toBe(true);
    expect(isValidQuantity(0.001)).toBe(true);
    expect(isValidQuantity(12.345)).toBe(true);
    for (const bad of [0, -1, 1.0001, Number.NaN, Number.POSITIVE_INFINITY, 1e13])
      expect(isValidQuantity(bad)).toBe(false);
  });
});

describe('global IDs', () => {
  it('round-trip and check the type', () => {
    const id = '7d66c722-1f66-4a5f-bec5-9bdd9481e2dd';
    const g = toGlobalId('Lot', id);
    expect(fromGlobalId(g)).toEqual({ type: 'Lot', id });
    expect(decodeIdOf('Lot', g)).toEqual({ id });
    expect(decodeIdOf('Product', g)).toEqual({ problem: 'WRONG_ID_TYPE' });
    expect(decodeIdOf('Lot', 'garbage!')).toEqual({ problem: 'INVALID_ID' });
    expect(decodeIdOf('Lot', Buffer.from('Lot:not-a-uuid').toString('base64url'))).toEqual({ problem: 'INVALID_ID' });
  });
});

describe('standard numbers', () => {
  it('tell their kind from the prefix', () => {
    expect(standardKindOf('GB 6675.1-2014')).toBe(StandardKind.NATIONAL_MANDATORY);
    expect(standardKindOf('GB/T 22048-2015')).toBe(StandardKind.NATIONAL_RECOMMENDED);
    expect(standardKindOf('FZ/T 73025-2019')).toBe(StandardKind.INDUSTRY);
    expect(standardKindOf('QB 2171-2014')).toBe(StandardKind.INDUSTRY);
    expect(standardKindOf('T/CAMS 12-2021')).toBe(StandardKind.GROUP);
    expect(standardKindOf('Q/ZZTQ 001-2024')).toBe(StandardKind.ENTERPRISE);
    expect(standardKindOf('GB6675')).toBeNull();
    expect(standardKindOf('ISO 8124-1:2018')).toBeNull();
  });
});

describe('consumer contacts and codes', () => {
  it('reads mainland mobile numbers, E.164 numbers and e-mail addresses, normalised', async () => {
    const { parseContact, maskContact } = await import('../src/common/contact');
    expect(parseContact('+86 138-0013-8000')).toEqual({ channel: 'PHONE', value: '13800138000' });
    expect(parseContact('0086 13800138000')).toEqual({ channel: 'PHONE', value: '13800138000' });
    expect(parseContact('+44 20 7946 0958')).toEqual({ channel: 'PHONE', value: '+442079460958' });
    expect(parseContact('Mama@Example.CN')).toEqual({ channel: 'EMAIL', value: 'Mama@example.cn' });
    for (const bad of [
      '12345',
      '23800138000',
      'a@b',
      '@example.cn',
      'x'.repeat(250) + '@example.cn',
      '',
      '+0123456789',
    ])
      expect(parseContact(bad), bad).toBeNull();
    expect(maskContact({ channel: 'PHONE', value: '13800138000' })).toBe('138****8000');
    expect(maskContact({ channel: 'EMAIL', value: 'mama@example.cn' })).toBe('m***@example.cn');
  });

  it('reads back codes as people type them', async () => {
    const { normalizeCode, randomCode } = await import('../src/common/codes');
    const code = randomCode('C', 10);
    expect(code).toMatch(/^C[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(normalizeCode(` ${code.toLowerCase().slice(0, 5)}-${code.slice(5)} `)).toBe(code);
    expect(normalizeCode('c1o-lI')).toBe('C10-11'.replace('-', ''));
  });
});
