import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOTS, DEMO_PEOPLE } from '../seeds/demo';
import { schemaProblems } from '../src/modules/epcis/epcis.schema';
import { OPENEPCIS, readJson } from './helpers/epcis';
import { ConsoleClient } from './helpers/console';
import { startDemoHarness, type Harness } from './helpers/harness';

/**
 * A person signed in to the console uses the EPCIS interface with the session, as a key would: reads with the
 * cookie alone, writes only with the session's CSRF token in X-CSRF-Token (another site cannot make a signed-in
 * browser capture events).
 */
let h: Harness;
beforeAll(async () => {
  h = await startDemoHarness();
});
afterAll(() => h.close());

const toy = DEMO_LOTS.rideOnToy;
const traceUrl = `/epcis/trace/01/0${toy.gtin}/10/${toy.lotNumber}`;
const document = () => JSON.stringify(readJson(path.join(OPENEPCIS, 'valid/ObjectEvent.json')));

async function signedIn(): Promise<ConsoleClient> {
  const c = new ConsoleClient(h.http.app);
  await c.signIn(DEMO_PEOPLE.producerStaff.login, DEMO_PEOPLE.producerStaff.password);
  // A console page carries the session's own CSRF token.
  expect((await c.get('/console')).statusCode).toBe(200);
  return c;
}

describe('EPCIS with a console session', () => {
  it("downloads a lot's trace with the session cookie alone; without it the trace is refused", async () => {
    expect((await h.http.app.inject({ method: 'GET', url: traceUrl })).statusCode).toBe(401);
    const c = await signedIn();
    const res = await c.get(traceUrl);
    expect(res.statusCode).toBe(200);
    expect(schemaProblems(res.json())).toEqual([]);
  });

  it('captures only with the CSRF token of the session; a cookie alone counts as no one', async () => {
    const c = await signedIn();
    const headers = { 'content-type': 'application/ld+json' };
    const capture = (extra: Record<string, string>) => {
      const cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      return h.http.app.inject({
        method: 'POST',
        url: '/epcis/capture',
        headers: { ...headers, cookie, ...extra },
        payload: document(),
      });
    };
    const forged = await capture({});
    expect(forged.statusCode).toBe(401);
    expect((await capture({ 'x-csrf-token': 'x'.repeat(c.csrf.length) })).statusCode).toBe(401);
    const ok = await capture({ 'x-csrf-token': c.csrf });
    expect(ok.statusCode).toBe(202);
    expect(ok.headers.location).toMatch(/^\/epcis\/capture\//);
  });

  it('a signed-out session no longer reads', async () => {
    const c = await signedIn();
    expect((await c.post('/console/sign-out')).statusCode).toBe(303);
    expect((await c.get(traceUrl)).statusCode).toBe(401);
  });
});
