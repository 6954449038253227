import { StandardKind } from './declaration.enums';

/** The kind a standard number's prefix says it is (GB, GB/T, industry "XX" or "XX/T", group "T/", enterprise "Q/"). */
export function standardKindOf(number: string): StandardKind | null {
  const n = number.trim();
  const tail = String.raw`\d+(\.\d+)*(-\d{4})`;
  if (new RegExp(`^GB ${tail}$`).test(n)) return StandardKind.NATIONAL_MANDATORY;
  if (new RegExp(`^GB/T ${tail}$`).test(n)) return StandardKind.NATIONAL_RECOMMENDED;
  if (new RegExp(`^T/[A-Z0-9]{2,20} ${tail}$`).test(n)) return StandardKind.GROUP;
  if (/^Q\/[A-Z0-9]{2,20}( [A-Z0-9.]{1,20})?( ?[A-Z]{0,4}\d+(\.\d+)*)-\d{4}$/.test(n)) return StandardKind.ENTERPRISE;
  if (new RegExp(`^(?!GB)[A-Z]{2}(/T)? ${tail}$`).test(n)) return StandardKind.INDUSTRY;
  return null;
}
