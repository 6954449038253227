import { Type } from '@mikro-orm/core';

/**
 * Quantities: numeric(18,3) in PostgreSQL (sums stay exact), numbers in JavaScript. Three decimals
 * cover grams in kilograms and millimetres in metres; inputs with more are refused at the edge.
 */
export class QuantityType extends Type<number, string> {
  convertToDatabaseValue(value: number): string {
    return String(value);
  }
  convertToJSValue(value: string | number): number {
    return Number(value);
  }
  getColumnType(): string {
    return 'numeric(18,3)';
  }
  compareAsType(): string {
    return 'number';
  }
}

export const MAX_QUANTITY = 1e12;

/** Positive, finite, at most 3 decimals, below 10^12. */
export function isValidQuantity(q: number): boolean {
  return Number.isFinite(q) && q > 0 && q < MAX_QUANTITY && Math.abs(Math.round(q * 1000) - q * 1000) < 1e-6;
}

/** Rounds away float noise so that sums of 3-decimal quantities compare exactly. */
export function q3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
