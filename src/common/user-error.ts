import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { withArticle } from './english';

/** A problem with the caller's input or a broken business rule, reported in a mutation payload. */
export interface UserErrorData {
  field: string[] | null;
  message: string;
  code: string;
}

/** Thrown by services to abort the transaction and report payload errors; resolvers turn it into `errors`. */
export class InputError extends Error {
  constructor(public readonly errors: UserErrorData[]) {
    super(errors.map((e) => `${e.code}: ${e.message}`).join('; '));
  }
}

export function userError(code: string, message: string, field: (string | number)[] | null): UserErrorData {
  return { code, message, field: field ? field.map(String) : null };
}

/** Codes every domain shares: reference problems. */
export const COMMON_CODES = {
  INVALID_ID: 'The ID is not a valid global ID.',
  WRONG_ID_TYPE: 'The ID names an object of another type.',
  NOT_FOUND: 'No object has this ID or key.',
} as const;

/**
 * Declares a domain's error code enum and its error object type (Saleor's error model): `field` is the
 * path of the input that caused it, `code` is stable for programs, `message` is for people.
 */
export function defineUserError<C extends Record<string, string>>(domain: string, codes: C, description: string) {
  const all = { ...COMMON_CODES, ...codes };
  const enumObj = Object.fromEntries(Object.keys(all).map((k) => [k, k])) as { [K in keyof typeof all]: K };
  registerEnumType(enumObj, {
    name: `${domain}ErrorCode`,
    description: `Why ${withArticle(description)} mutation was refused.`,
    valuesConfig: Object.fromEntries(Object.entries(all).map(([k, d]) => [k, { description: d }])) as never,
  });

  @ObjectType(`${domain}Error`, {
    description: `A problem with ${withArticle(description)} mutation's input; nothing was written.`,
  })
  class DomainError implements UserErrorData {
    @Field(() => [String], {
      nullable: true,
      description:
        'Path to the input field at fault, e.g. ["input", "events", "3", "quantity"]; null when the whole input is at fault.',
    })
    field!: string[] | null;

    @Field(() => String, { description: 'What is wrong, for people.' })
    message!: string;

    @Field(() => enumObj, { description: 'What is wrong, for programs.' })
    code!: string;
  }
  return DomainError;
}

/**
 * Runs a mutation's work and shapes `{ ...result, errors }`; input errors become payload errors, with
 * `refused` filling the payload's other non-null fields.
 */
export async function payload<T extends object>(
  work: () => Promise<T>,
  refused: Partial<T> = {},
): Promise<T & { errors: UserErrorData[] }> {
  try {
    return { ...(await work()), errors: [] };
  } catch (err) {
    if (err instanceof InputError) return { ...refused, errors: err.errors } as T & { errors: UserErrorData[] };
    throw err;
  }
}
