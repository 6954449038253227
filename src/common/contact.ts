/** Consumers' contacts: a mobile number (mainland China or E.164) or an e-mail address, normalised. */

export type Contact = { channel: 'PHONE' | 'EMAIL'; value: string };

const CN_MOBILE = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{6,14}$/;
// The WHATWG HTML e-mail rule: what browsers' type=email fields accept.
const EMAIL =
  /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+$/;

/** A phone number without spaces or dashes; +86 numbers are kept as 11 digits. */
export function normalizePhone(input: string): string | null {
  const s = input.replace(/[\s\-()]/g, '');
  const domestic = s.replace(/^(?:\+|00)86(?=1)/, '');
  if (CN_MOBILE.test(domestic)) return domestic;
  const intl = s.replace(/^00/, '+');
  return E164.test(intl) ? intl : null;
}

export function normalizeEmail(input: string): string | null {
  const s = input.trim();
  if (s.length > 254 || !EMAIL.test(s)) return null;
  const at = s.lastIndexOf('@');
  return `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
}

/** Reads a free-form contact: an e-mail when it has "@", a phone number otherwise. */
export function parseContact(input: string): Contact | null {
  if (input.includes('@')) {
    const value = normalizeEmail(input);
    return value ? { channel: 'EMAIL', value } : null;
  }
  const value = normalizePhone(input);
  return value ? { channel: 'PHONE', value } : null;
}

/** Shows enough of a contact for its owner to recognise it: 138****5678, z***@example.cn. */
export function maskContact(c: Contact): string {
  if (c.channel === 'PHONE') return `${c.value.slice(0, c.value.length - 8)}****${c.value.slice(-4)}`;
  const at = c.value.lastIndexOf('@');
  return `${c.value[0]}***${c.value.slice(at)}`;
}
