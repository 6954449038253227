import { aiEntry } from '../../../common/gs1-ai';
import { aiValueOf, DigitalLinkError, parseDigitalLink } from '../../../common/gs1-digital-link';
import { isValidLotNumber, normalizeGtin } from '../../../common/gs1';

/**
 * What a code on a package says, as the counter reads it: the GTIN (AI 01) and the lot number (AI 10).
 * A scanner (or a person typing) gives one of
 *
 * - a GS1 Digital Link URI from the QR code: `https://…/01/06901230002014/10/BS2408-01`;
 * - a GS1 element string from a GS1 DataMatrix, with or without its symbology identifier (`]d2`), the
 *   variable-length values ended by the GS character (what the decoder reports for FNC1);
 * - the human-readable text under a code: `(01) 06901230002014 (10) BS2408-01`.
 *
 * Anything else, or a code without both AIs, is a reason for the person, never a guess.
 */
export type CodeReading = { gtin: string; lotNumber: string } | { problem: CodeProblem };
export type CodeProblem = 'UNREADABLE_CODE' | 'NO_LOT_IN_CODE' | 'INVALID_GTIN' | 'INVALID_LOT_NUMBER';

const GS = '\u001d';

export function readCode(input: string): CodeReading {
  const text = input.trim();
  if (/^https?:\/\//i.test(text)) return fromDigitalLink(text);
  if (text.startsWith('(')) return fromHumanReadable(text);
  return fromElementString(text.replace(/^\](d2|Q3|C1|e0)/, ''));
}

function fromDigitalLink(uri: string): CodeReading {
  try {
    const link = parseDigitalLink(uri, { zeroSuppressedGtin: true });
    return checked(aiValueOf(link, '01'), aiValueOf(link, '10'));
  } catch (err) {
    if (err instanceof DigitalLinkError) return { problem: 'UNREADABLE_CODE' };
    throw err;
  }
}

/** `(01) 06901230002014 (10) BS2408-01`: each AI in brackets, its value up to the next bracket. */
function fromHumanReadable(text: string): CodeReading {
  const values = new Map<string, string>();
  const re = /\((\d{2,4})\)\s*([^(]*)/g;
  let consumed = 0;
  for (const m of text.matchAll(re)) {
    if (m.index !== consumed) return { problem: 'UNREADABLE_CODE' };
    values.set(m[1], m[2].trim());
    consumed = m.index + m[0].length;
  }
  if (consumed !== text.length || values.size === 0) return { problem: 'UNREADABLE_CODE' };
  return checked(values.get('01'), values.get('10'));
}

/** An element string: AIs of predefined length run into the next; the others end at GS or the end. */
function fromElementString(text: string): CodeReading {
  const values = new Map<string, string>();
  let rest = text.startsWith(GS) ? text.slice(1) : text;
  while (rest.length > 0) {
    const entry = [2, 3, 4].map((n) => aiEntry(rest.slice(0, n))).find((e) => e !== undefined);
    if (!entry) return { problem: 'UNREADABLE_CODE' };
    rest = rest.slice(entry.ai.length);
    let value: string;
    if (!entry.fnc1) {
      const length = entry.components.reduce((n, c) => n + c.max, 0);
      value = rest.slice(0, length);
      rest = rest.slice(length);
      if (rest.startsWith(GS)) rest = rest.slice(1);
    } else {
      const end = rest.indexOf(GS);
      value = end < 0 ? rest : rest.slice(0, end);
      rest = end < 0 ? '' : rest.slice(end + 1);
    }
    values.set(entry.ai, value);
  }
  if (values.size === 0) return { problem: 'UNREADABLE_CODE' };
  return checked(values.get('01'), values.get('10'));
}

/** Both AIs present and well formed (a GTIN-13 or GTIN-14 check digit, a lot of GS1 set 82). */
export function checked(gtin: string | undefined, lotNumber: string | undefined): CodeReading {
  if (!gtin) return { problem: 'UNREADABLE_CODE' };
  if (lotNumber === undefined) return { problem: 'NO_LOT_IN_CODE' };
  const g = normalizeGtin(gtin);
  if (!('gtin' in g)) return { problem: 'INVALID_GTIN' };
  if (!isValidLotNumber(lotNumber)) return { problem: 'INVALID_LOT_NUMBER' };
  return { gtin: g.gtin, lotNumber };
}
