import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_KEYS } from '../seeds/demo';
import { schemaProblems } from '../src/modules/epcis/epcis.schema';
import { capture, OPENEPCIS, readJson } from './helpers/epcis';
import { startDemoHarness, type Harness } from './helpers/harness';

const examples = path.join(__dirname, '../examples/epcis');

/** The README's EPCIS walk-through, on the demo data `npm start` loads. */
describe('README: EPCIS on the demo data', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startDemoHarness();
  });
  afterAll(() => h.close());

  it("captures GS1's example document: stored, about nothing the platform traces", async () => {
    const r = await capture(h, DEMO_KEYS.DISTRIBUTOR, readJson(path.join(OPENEPCIS, 'valid/ObjectEvent.json')));
    expect(r.job!.events.map((e) => e.outcome)).toEqual(['STORED', 'STORED']);
  });

  it("captures the producer's and the distributor's documents: a new lot, shipped and received", async () => {
    const producer = await capture(
      h,
      DEMO_KEYS.PRODUCER,
      readJson(path.join(examples, 'producer-commissioning-and-shipping.jsonld')),
    );
    expect(producer.job!.events.map((e) => e.outcome)).toEqual(['RECORDED', 'RECORDED']);
    const distributor = await capture(
      h,
      DEMO_KEYS.DISTRIBUTOR,
      readJson(path.join(examples, 'distributor-receiving.jsonld')),
    );
    expect(distributor.job!.events.map((e) => e.outcome)).toEqual(['RECORDED']);
  });

  it('shows the lot on its scan page; its holders are the producer and the logistics centre', async () => {
    const page = await h.http.app.inject({
      method: 'GET',
      url: '/01/06901230001017/10/RT2412E',
      headers: { accept: 'text/html' },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('RT2412E');
    // The consumer page lists only those who sell to consumers; a logistics centre is not one of them.
    expect(page.body).not.toContain('河南中原商贸物流有限公司');
    const r = await h.gql(
      `query { lot(gtin: "06901230001017", lotNumber: "RT2412E") {
         holders(first: 10) { nodes { organization { name } holdsStock } } } }`,
      {},
      DEMO_KEYS.PRODUCER,
    );
    expect(r.errors).toBeUndefined();
    const data = r.data as { lot: { holders: { nodes: { organization: { name: string } }[] } } };
    const names = data.lot.holders.nodes.map((n) => n.organization.name);
    expect(names).toContain('河南中原商贸物流有限公司');
    expect(names).toContain('郑州童趣玩具有限公司');
  });

  it("downloads the lot's trace as an EPCIS document that GS1's schema accepts", async () => {
    const res = await h.http.app.inject({
      method: 'GET',
      url: '/epcis/trace/01/06901230001017/10/RT2412E',
      headers: { authorization: `Bearer ${DEMO_KEYS.PRODUCER}` },
    });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(schemaProblems(doc)).toEqual([]);
    expect(doc.epcisBody.eventList.map((e: { bizStep: string }) => e.bizStep)).toEqual([
      'commissioning',
      'shipping',
      'receiving',
    ]);
  });
});
