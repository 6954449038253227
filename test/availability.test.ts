import { describe, expect, it } from 'vitest';
import { DriverException } from '@mikro-orm/core';
import { isDatabaseUnavailable } from '../src/db/availability';

/** Which errors are a database outage (503, retryable) and which are not (500). The fault tests cause the real ones. */
describe('isDatabaseUnavailable', () => {
  it('knows connection loss, shutdown and a transaction whose connection died at BEGIN, through wrappers', () => {
    for (const e of [
      Object.assign(new Error('x'), { code: 'ECONNREFUSED' }),
      Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      new Error('Connection terminated unexpectedly'),
      new DriverException(new Error('Transaction query already complete, run with DEBUG=knex:tx for more info')),
      { originalError: { previous: Object.assign(new Error('x'), { code: '08006' }) } },
    ])
      expect(isDatabaseUnavailable(e)).toBe(true);
  });

  it('does not take a bug or a bad request for an outage', () => {
    for (const e of [
      new Error('Cannot read properties of undefined'),
      Object.assign(new Error('invalid byte sequence'), { code: '08P01' }),
      Object.assign(new Error('duplicate key'), { code: '23505' }),
      Object.assign(new Error('custody_event names a lot that does not exist'), { code: '23503' }),
    ])
      expect(isDatabaseUnavailable(e)).toBe(false);
  });
});
