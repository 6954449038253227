import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from '../src/common/credit-code';
import { isValidQuantity } from '../src/common/decimal';
import { escapeAiValue, parseDigitalLink } from '../src/common/gs1-digital-link';
import { checkGln, gs1CheckDigit, isValidLotNumber, normalizeGtin } from '../src/common/gs1';
import { gtin13, makeLot, makeProduct, ProductCategory } from '../seeds/factories';
import { CustodyEventsRecordDocument, StockDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

/** Property-based tests (fast-check): the identifier validators, the Digital Link parser and stock arithmetic. */

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const withCheck = (body: string) => body + gs1CheckDigit(body);
/** Changes the digit at `i` to another digit. */
const otherDigitAt = (s: string, i: number, by: number) => s.slice(0, i) + ((Number(s[i]) + by) % 10) + s.slice(i + 1);
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditChar = fc.integer({ min: 0, max: CREDIT_CHARS.length - 1 }).map((i) => CREDIT_CHARS[i]);
const LOT_CHARS = `!"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz`;
const lotNumber = fc
  .array(
    fc.integer({ min: 0, max: LOT_CHARS.length - 1 }).map((i) => LOT_CHARS[i]),
    { minLength: 1, maxLength: 20 },
  )
  .map((c) => c.join(''));

describe('GTIN and GLN', () => {
  it('a body with its computed check digit is valid, at every GTIN length, and normalises to 14 digits', () => {
    fc.assert(
      fc.property(fc.constantFrom(7, 11, 12, 13).chain(digits), (body) => {
        const r = normalizeGtin(withCheck(body));
        expect(r).toEqual({ gtin: withCheck(body).padStart(14, '0') });
      }),
      { numRuns: 2000 },
    );
  });

  it('any single wrong digit is caught (mod 10 with weights 3 and 1 catches every one)', () => {
    fc.assert(
      fc.property(digits(13), fc.nat(13), fc.integer({ min: 1, max: 9 }), (body, i, by) => {
        const good = withCheck(body);
        expect(normalizeGtin(otherDigitAt(good, i, by))).toEqual({ problem: 'CHECK_DIGIT' });
        expect(checkGln(otherDigitAt(withCheck(body.slice(0, 12)), i % 13, by))).toEqual({ problem: 'CHECK_DIGIT' });
      }),
      { numRuns: 2000 },
    );
  });

  it('other lengths and any non-digit are FORMAT problems, never exceptions', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const r = normalizeGtin(s);
        if (!/^\s*\d+\s*$/.test(s) || ![8, 12, 13, 14].includes(s.trim().length))
          expect(r).toEqual({ problem: 'FORMAT' });
        const g = checkGln(s);
        if (!/^\s*\d{13}\s*$/.test(s)) expect(g).toEqual({ problem: 'FORMAT' });
      }),
      { numRuns: 3000 },
    );
  });
});

describe('Unified Social Credit Code', () => {
  const first17 = fc
    .tuple(creditChar, creditChar, digits(6), fc.array(creditChar, { minLength: 9, maxLength: 9 }))
    .map(([a, b, region, rest]) => a + b + region + rest.join(''));

  it('17 characters with the computed check character are valid, in either case', () => {
    fc.assert(
      fc.property(first17, (s) => {
        const code = s + creditCodeCheckChar(s);
        expect(checkCreditCode(code)).toEqual({ code });
        expect(checkCreditCode(code.toLowerCase())).toEqual({ code });
      }),
      { numRuns: 2000 },
    );
  });

  it('any single substituted character is caught (mod 31 over a 31-character set)', () => {
    fc.assert(
      fc.property(first17, fc.nat(17), fc.integer({ min: 1, max: 30 }), (s, i, by) => {
        const code = s + creditCodeCheckChar(s);
        const pos = i;
        // Digits stay digits where the format wants them (the region code), so that only the check can fail.
        const alphabet = pos >= 2 && pos < 8 ? '0123456789' : CREDIT_CHARS;
        const c = alphabet[(alphabet.indexOf(code[pos]) + (by % alphabet.length || 1)) % alphabet.length];
        const bad = code.slice(0, pos) + c + code.slice(pos + 1);
        expect(checkCreditCode(bad)).toEqual({ problem: 'CHECK_CHARACTER' });
      }),
      { numRuns: 2000 },
    );
  });

  it('I, O, S, V and Z never appear in a valid code', () => {
    fc.assert(
      fc.property(first17, fc.nat(16), fc.constantFrom('I', 'O', 'S', 'V', 'Z'), (s, i, c) => {
        expect(checkCreditCode(s.slice(0, i) + c + s.slice(i + 1, 17) + 'X')).toEqual({ problem: 'FORMAT' });
      }),
      { numRuns: 500 },
    );
  });
});

describe('GS1 Digital Link', () => {
  it('any GTIN and lot number round-trip through a URI and the parser', () => {
    fc.assert(
      fc.property(
        digits(13),
        lotNumber,
        fc.constantFrom('https://id.gs1.org', 'https://trace.example.cn/p', 'http://127.0.0.1:4000'),
        (body, lot, stem) => {
          const gtin = withCheck(body);
          const link = parseDigitalLink(`${stem}/01/${gtin}/10/${escapeAiValue(lot)}`);
          expect(link.path).toEqual([
            { ai: '01', value: gtin },
            { ai: '10', value: lot },
          ]);
          expect(link.stem).toBe(stem);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('any string either parses or is refused with a DigitalLinkError: the parser never crashes', () => {
    const uriish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 100 }).map((s) => `https://a.example/01/${s}`),
      fc
        .tuple(digits(14), fc.string({ maxLength: 40 }))
        .map(([g, s]) => `https://a.example/01/${g}/10/${s}?linkType=${s}`),
      fc
        .array(
          fc.constantFrom('01', '10', '21', '22', '17', '%', '%2', '/', '?', '&', '=', '09506000134352', 'ABC', '..'),
          { maxLength: 12 },
        )
        .map((p) => `https://a.example/${p.join('/')}`),
    );
    fc.assert(
      fc.property(uriish, (s) => {
        try {
          parseDigitalLink(s);
        } catch (err) {
          expect((err as Error).constructor.name).toBe('DigitalLinkError');
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('a lot number with a character outside GS1 set 82 is never valid', () => {
    fc.assert(
      fc.property(
        lotNumber,
        fc.nat(20),
        fc.constantFrom('#', '$', '@', '[', '\\', ']', '^', '`', '{', '|', '}', '~', ' ', '中', '😀', '\u0000', '\n'),
        (lot, i, c) => {
          expect(isValidLotNumber(lot.slice(0, i) + c + lot.slice(i))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('custody quantity arithmetic against the database', () => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness();
    w = await makeWorld(h);
  });
  afterAll(() => h.close());

  /** Quantities with up to 3 decimals, as thousandths: the model counts in integers, exactly. */
  const thousandths = fc.integer({ min: 1, max: 5_000_000 });

  it('valid quantities are exactly those with at most 3 decimals in (0, 10^12)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        expect(isValidQuantity(n / 1000)).toBe(true);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: 1, max: 9 }), (n, d) => {
        expect(isValidQuantity(n / 1000 + d / 10_000)).toBe(false);
      }),
      { numRuns: 2000 },
    );
    for (const q of [0, -1, Number.NaN, Infinity, 1e12]) expect(isValidQuantity(q)).toBe(false);
  });

  it('on-hand is the exact sum of accepted events; a shipment over on-hand is refused and changes nothing', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(thousandths, fc.array(thousandths, { minLength: 1, maxLength: 6 }), async (made, shipments) => {
        const lotNo = `PQ-${++run}`;
        const product = await h.tx((em) =>
          makeProduct(em, w.producer.org, {
            gtin: gtin13(9950 + run),
            name: `性质测试 ${run}`,
            category: ProductCategory.CHILDRENS_GOODS,
            subcategory: 'toy',
          }),
        );
        const lot = await h.tx((em) =>
          makeLot(em, w.producer.org, product, {
            lotNumber: lotNo,
            producedOn: '2024-06-01',
            quantity: made / 1000,
            location: w.producer.site,
          }),
        );
        let model = made;
        for (const [i, q] of shipments.entries()) {
          const r = await h.gql(
            CustodyEventsRecordDocument,
            {
              input: {
                idempotencyKey: `${lotNo}-${i}`,
                events: [
                  {
                    type: 'SHIPPED',
                    lot: lot.globalId,
                    location: w.producer.site.globalId,
                    quantity: q / 1000,
                    occurredAt: new Date('2024-06-02T00:00:00Z').toISOString(),
                    counterparty: w.distributor.org.globalId,
                    counterpartyLocation: w.distributor.site.globalId,
                  },
                ],
              },
            },
            w.producer.key,
          );
          const errors = r.data!.custodyEventsRecord.errors;
          if (q <= model) {
            expect(errors).toEqual([]);
            model -= q;
          } else {
            expect(errors.map((e) => e.code)).toEqual(['INSUFFICIENT_QUANTITY']);
          }
        }
        const stock = await h.gql(StockDocument, { creditCode: w.producer.org.creditCode }, w.producer.key);
        const node = stock.data!.organization!.stock!.nodes.find((n) => n.lot.lotNumber === lotNo);
        expect(Math.round((node?.onHand ?? 0) * 1000)).toBe(model);
      }),
      { numRuns: 12 },
    );
  }, 60_000);
});
