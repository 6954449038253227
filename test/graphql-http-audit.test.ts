import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './helpers/harness';

/** The GraphQL-over-HTTP conformance audits of `graphql-http`, against the real server over HTTP. */
let h: Harness;
let url: string;
beforeAll(async () => {
  h = await startHarness();
  await h.http.app.listen({ port: 0, host: '127.0.0.1' });
  const addr = h.http.app.server.address();
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/graphql`;
});
afterAll(() => h.close());

describe('GraphQL over HTTP audit', () => {
  it('passes every audit: 0 errors, 0 warnings', async () => {
    const audits = serverAudits({ url, fetchFn: fetch });
    const results = await Promise.all(audits.map((a) => a.fn()));
    const reason = (r: (typeof results)[number]) => ('reason' in r ? r.reason : '');
    const problems = results
      .filter((r) => r.status !== 'ok' && r.status !== 'notice')
      .map((r) => `${r.status} ${r.id} ${r.name}: ${reason(r)}`);
    const notices = results.filter((r) => r.status === 'notice').map((r) => `${r.name}: ${reason(r)}`);
    console.log(
      `graphql-http audit: ${results.length} audits, ${results.filter((r) => r.status === 'ok').length} ok, ${notices.length} notices, ${problems.length} errors or warnings`,
    );
    for (const n of notices) console.log(`  notice: ${n}`);
    expect(problems).toEqual([]);
    expect(results.length).toBeGreaterThan(50);
  });
});
