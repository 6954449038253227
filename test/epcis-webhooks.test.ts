import { createHmac } from 'node:crypto';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lot } from '../src/modules/lot/lot.entity';
import type { Product } from '../src/modules/product/product.entity';
import { gtin13, makeLot, makeProduct, ProductCategory, shipAndReceive } from '../seeds/factories';
import { RecallActivateDocument, RecallInitiateDocument } from './generated/graphql';
import { startHarness, type Harness } from './helpers/harness';
import { freePort } from './helpers/services';
import { makeWorld, type World } from './helpers/world';

// This file runs the dispatcher, quickly, and lets it call a receiver on loopback. Test files share their
// worker's process (isolate: false), so the settings are put back afterwards.
const dispatcherSettings = {
  EPCIS_DISPATCHER: 'on',
  EPCIS_DISPATCH_INTERVAL_MS: '100',
  EPCIS_RETRY_BASE_MS: '100',
  EPCIS_WEBHOOKS_ALLOW_PRIVATE: 'true',
};
const settingsBefore = Object.fromEntries(Object.keys(dispatcherSettings).map((k) => [k, process.env[k]]));
beforeAll(() => {
  Object.assign(process.env, dispatcherSettings);
});
afterAll(() => {
  for (const [k, v] of Object.entries(settingsBefore)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** A webhook receiver on loopback that can be stopped and started again on the same port. */
class Receiver {
  requests: { headers: http.IncomingHttpHeaders; body: string }[] = [];
  private server: http.Server | null = null;
  constructor(readonly port: number) {}
  get url() {
    return `http://127.0.0.1:${this.port}/hooks/epcis`;
  }
  async start() {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        this.requests.push({ headers: req.headers, body });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }
  async stop() {
    const s = this.server;
    this.server = null;
    if (s) await new Promise((resolve) => s.close(resolve));
  }
  events() {
    return this.requests.flatMap(
      (r) =>
        JSON.parse(r.body).epcisBody.queryResults.resultsBody.eventList as {
          eventID: string;
          disposition: string;
          bizLocation: { id: string };
        }[],
    );
  }
}

async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

let h: Harness;
let w: World;
let toy: Product;
let lot: Lot;
let receiver: Receiver;
const secret = 'retailer-webhook-secret-2026';

beforeAll(async () => {
  h = await startHarness();
  w = await makeWorld(h);
  receiver = new Receiver(await freePort());
  await h.tx(async (em) => {
    toy = await makeProduct(em, w.producer.org, {
      gtin: gtin13(9401),
      name: '召回订阅测试玩具',
      category: ProductCategory.CHILDRENS_GOODS,
      subcategory: 'toy',
    });
    lot = await makeLot(em, w.producer.org, toy, {
      lotNumber: 'RC-1',
      producedOn: '2026-03-01',
      quantity: 100,
      location: w.producer.site,
    });
    await shipAndReceive(
      em,
      lot,
      { org: w.producer.org, location: w.producer.site },
      { org: w.distributor.org, location: w.distributor.site },
      50,
      new Date('2026-03-05T00:00:00Z'),
    );
    await shipAndReceive(
      em,
      lot,
      { org: w.distributor.org, location: w.distributor.site },
      { org: w.retailer.org, location: w.retailer.site },
      20,
      new Date('2026-03-08T00:00:00Z'),
    );
  });
});
afterAll(async () => {
  await receiver.stop();
  await h.close();
});

const api = (method: 'GET' | 'POST' | 'DELETE', url: string, key: string, payload?: object) =>
  h.http.app.inject({ method, url, payload, headers: { authorization: `Bearer ${key}` } });

describe('subscriptions and webhooks', () => {
  let location: string;

  it('a retailer saves a query of its recalled lots and subscribes a webhook to it', async () => {
    const saved = await api('POST', '/epcis/queries', w.retailer.key, {
      name: 'recalled-stock',
      query: { EQ_disposition: ['recalled'] },
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.headers.location).toBe('/epcis/queries/recalled-stock');
    expect(
      (await api('POST', '/epcis/queries', w.retailer.key, { name: 'recalled-stock', query: {} })).json().type,
    ).toBe('epcisException:DuplicateNameException');
    expect(
      (await api('POST', '/epcis/queries', w.retailer.key, { name: 'bad', query: { EQ_colour: ['red'] } })).statusCode,
    ).toBe(400);
    const sub = await api('POST', '/epcis/queries/recalled-stock/subscriptions', w.retailer.key, {
      dest: receiver.url,
      stream: true,
      signatureToken: secret,
    });
    expect(sub.statusCode).toBe(201);
    location = String(sub.headers.location);
    // Another organization neither sees the query nor its subscriptions.
    expect((await api('GET', '/epcis/queries/recalled-stock', w.otherRetailer.key)).statusCode).toBe(404);
  });

  it("a recall's activation reaches the webhook as recalled events once each, also after it was down", async () => {
    // The receiver is down when the recall is activated.
    const initiated = await h.gql(
      RecallInitiateDocument,
      {
        input: {
          root: { kind: 'LOTS', lots: [lot.globalId] },
          hazard: '零件脱落，有窒息危险。',
          remedies: ['REFUND'],
          consumerInstructions: '停止使用，退回门店。',
          noticeText: '召回 RC-1 批次玩具。',
        },
      },
      w.regulator.key,
    );
    const recall = initiated.data!.recallInitiate.recall!;
    expect(
      (await h.gql(RecallActivateDocument, { recall: recall.id }, w.regulator.key)).data!.recallActivate.errors,
    ).toEqual([]);

    const failing = await until('failed attempts', async () => {
      const s = (await api('GET', location, w.retailer.key)).json();
      return s.deliveries.length && s.deliveries[0].attempts >= 3 ? s : null;
    });
    expect(failing.deliveries[0]).toMatchObject({ status: 'PENDING', eventCount: 1 });
    expect(failing.deliveries[0].lastError).toBeTruthy();

    await receiver.start();
    const delivered = await until('delivery', async () => {
      const s = (await api('GET', location, w.retailer.key)).json();
      return s.deliveries.every((d: { status: string }) => d.status === 'DELIVERED') ? s : null;
    });
    expect(delivered.deliveries[0].attempts).toBeGreaterThanOrEqual(4);
    // A few more ticks: nothing is sent twice.
    await new Promise((r) => setTimeout(r, 600));
    const events = receiver.events();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      disposition: 'recalled',
      bizLocation: { id: `https://id.gs1.org/414/${w.retailer.site.gln}` },
    });
    expect(new Set(events.map((e) => e.eventID)).size).toBe(events.length);

    // Signed: HMAC-SHA256 of "<t>.<body>" with the subscription's secret; the delivery's ID is the same on every
    // attempt.
    const [req] = receiver.requests;
    const m = /^t=(\d+),sha256=([0-9a-f]{64})$/.exec(String(req.headers['gs1-signature']))!;
    expect(m).not.toBeNull();
    expect(createHmac('sha256', secret).update(`${m[1]}.${req.body}`).digest('hex')).toBe(m[2]);
    expect(req.headers['gs1-delivery-id']).toBe(delivered.deliveries[0].deliveryID);
    expect(req.headers['content-type']).toBe('application/ld+json');

    // The other holders' recalled events (producer, distributor) are theirs: not in the retailer's delivery.
    const all = await api('GET', '/epcis/events?EQ_disposition=recalled', w.regulator.key);
    expect(all.json().epcisBody.queryResults.resultsBody.eventList).toHaveLength(3);
  });

  it('new events arrive as they are captured; a cancelled subscription gets nothing more', async () => {
    await api('POST', '/epcis/queries', w.retailer.key, {
      name: 'inspections',
      query: { EQ_bizStep: ['inspecting'] },
    });
    const sub = await api('POST', '/epcis/queries/inspections/subscriptions', w.retailer.key, {
      dest: receiver.url,
      stream: true,
    });
    expect(sub.json().signatureToken).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    const before = receiver.requests.length;
    const event = {
      type: 'ObjectEvent',
      eventTime: new Date().toISOString(),
      eventTimeZoneOffset: '+08:00',
      action: 'OBSERVE',
      bizStep: 'inspecting',
      epcList: ['urn:epc:id:sgtin:0614141.107346.77'],
    };
    expect((await api('POST', '/epcis/events', w.retailer.key, event)).statusCode).toBe(201);
    await until('the captured event', async () => receiver.requests.length > before);
    expect(JSON.parse(receiver.requests.at(-1)!.body).epcisBody.queryResults.subscriptionID).toBe(
      sub.json().subscriptionID,
    );

    expect((await api('DELETE', String(sub.headers.location), w.retailer.key)).statusCode).toBe(204);
    const after = receiver.requests.length;
    await api('POST', '/epcis/events', w.retailer.key, { ...event, epcList: ['urn:epc:id:sgtin:0614141.107346.78'] });
    await new Promise((r) => setTimeout(r, 1500));
    expect(receiver.requests.length).toBe(after);
  });

  it('refuses webhooks it cannot call and subscriptions without a schedule or stream', async () => {
    const bad = await api('POST', '/epcis/queries/recalled-stock/subscriptions', w.retailer.key, {
      dest: 'ftp://example.cn/x',
      stream: true,
    });
    expect(bad.json().type).toBe('epcisException:SubscriptionControlsException');
    expect(
      (await api('POST', '/epcis/queries/recalled-stock/subscriptions', w.retailer.key, { dest: receiver.url }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await api('POST', '/epcis/queries/recalled-stock/subscriptions', w.retailer.key, {
          dest: receiver.url,
          schedule: { hour: '25' },
        })
      ).statusCode,
    ).toBe(400);
  });
});
