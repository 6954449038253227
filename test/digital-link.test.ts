import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aiValueOf, DigitalLinkError, parseDigitalLink, type DigitalLinkOptions } from '../src/common/gs1-digital-link';

interface Vector {
  valid: boolean;
  uri: string;
  elementString: string;
}

const vectors: Vector[] = JSON.parse(
  readFileSync(join(__dirname, 'fixtures/gs1-digital-link-uri-vectors.json'), 'utf8'),
);

/**
 * GS1's own test turns three parser options on around some of its valid vectors; the JSON does not carry
 * them. A valid vector gets the option it needs (short GTIN, alphabetic names, an unknown AI), and every
 * such vector is also checked to be refused with the option off, so the options are proven necessary.
 */
function optionsFor(v: Vector): DigitalLinkOptions {
  if (!v.valid) return {};
  return {
    zeroSuppressedGtin: /\/01\/(\d{8}|\d{12,13})(?:[/?#]|$)|[?&]01=(\d{8}|\d{12,13})(?:&|$)/.test(v.uri),
    convenienceAlphas: /\/(gtin|sscc|ser|lot)\//.test(v.uri),
    unknownAisAsAttributes: /[?&]89=/.test(v.uri),
  };
}

describe('GS1 Digital Link parser against GS1 vectors', () => {
  it(`reads all ${vectors.length} vectors as GS1's parser does`, () => {
    expect(vectors.length).toBeGreaterThan(100);
    const disagreements: string[] = [];
    for (const v of vectors) {
      const opts = optionsFor(v);
      let got: string | null = null;
      let reason = '';
      try {
        got = parseDigitalLink(v.uri, opts).elementString;
      } catch (err) {
        if (!(err instanceof DigitalLinkError)) throw err;
        reason = err.message;
      }
      if (v.valid && got !== v.elementString)
        disagreements.push(`${v.uri}: expected ${v.elementString}, got ${got ?? reason}`);
      if (!v.valid && got !== null) disagreements.push(`${v.uri}: expected a refusal, got ${got}`);
      if (v.valid && Object.values(opts).some(Boolean)) {
        expect(() => parseDigitalLink(v.uri), `${v.uri} needs its option`).toThrow(DigitalLinkError);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('separates the stem, key, qualifiers, attributes and other parameters', () => {
    const link = parseDigitalLink(
      'https://trace.example.cn/r/01/06901234567892/10/LOT%2F24A?17=261231&linkType=gs1:pip&lang',
    );
    expect(link.stem).toBe('https://trace.example.cn/r');
    expect(link.path).toEqual([
      { ai: '01', value: '06901234567892' },
      { ai: '10', value: 'LOT/24A' },
    ]);
    expect(aiValueOf(link, '17')).toBe('261231');
    expect(link.params.get('linkType')).toBe('gs1:pip');
    expect(link.params.get('lang')).toBe('');
  });

  it('says what is wrong', () => {
    expect(() => parseDigitalLink('https://a/01/06901234567893')).toThrow(/check digit/);
    expect(() => parseDigitalLink('https://a/01/06901234567892/21/X/10/L')).toThrow(
      /not a valid key and qualifier sequence/,
    );
    expect(() => parseDigitalLink('https://a/01/06901234567892?10=L')).toThrow(/belongs in the path/);
    expect(() => parseDigitalLink('https://a/products/06901234567892')).toThrow(/no GS1 primary key/);
    expect(() => parseDigitalLink('https://a/01/06901234567892?17=261331')).toThrow(/date/);
  });
});
