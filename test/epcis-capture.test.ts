import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyScope } from '../src/modules/organization/organization.enums';
import { capture, countStored, document, OPENEPCIS, readJson, REFUSED_VALID } from './helpers/epcis';
import { startHarness, type Harness } from './helpers/harness';
import { makeWorld, type World } from './helpers/world';

describe('EPCIS capture', () => {
  let h: Harness;
  let w: World;
  beforeAll(async () => {
    h = await startHarness();
    w = await makeWorld(h);
  });
  afterAll(() => h.close());

  const valid = fs.readdirSync(path.join(OPENEPCIS, 'valid'));
  for (const file of valid) {
    const refused = REFUSED_VALID[file as keyof typeof REFUSED_VALID];
    it(`${refused ? 'refuses' : 'captures'} OpenEPCIS valid/${file}`, async () => {
      const doc = readJson(path.join(OPENEPCIS, 'valid', file));
      const before = await countStored(h);
      const r = await capture(h, w.distributor.key, doc);
      if (refused) {
        expect(r.status).toBe(400);
        expect(await countStored(h)).toBe(before);
        return;
      }
      expect(r.status).toBe(202);
      expect(r.job!.success).toBe(true);
      const n = doc.epcisBody.eventList.length;
      // Documents share events (same event IDs): those count as duplicates, stored once.
      expect(r.job!.accepted + r.job!.duplicates).toBe(n);
      expect(r.job!.storedOnly).toBe(r.job!.accepted);
      expect(await countStored(h)).toBe(before + r.job!.accepted);
    });
  }

  for (const file of fs.readdirSync(path.join(OPENEPCIS, 'invalid'))) {
    it(`refuses OpenEPCIS invalid/${file} with the reason, storing nothing`, async () => {
      const before = await countStored(h);
      const r = await capture(h, w.distributor.key, readJson(path.join(OPENEPCIS, 'invalid', file)));
      expect(r.status).toBe(400);
      expect(r.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(r.body.type).toBe('epcisException:ValidationException');
      expect(r.body.detail).toMatch(/Nothing was stored/);
      expect(r.body.errors.length).toBeGreaterThan(0);
      expect(await countStored(h)).toBe(before);
    });
  }

  it('names the event at fault by its index', async () => {
    const r = await capture(
      h,
      w.distributor.key,
      readJson(path.join(OPENEPCIS, 'invalid', 'ObjectEvent_with_non_standard_bizStep_in_second_event.json')),
    );
    expect(r.body.errors[0]).toMatchObject({ eventIndex: 1, pointer: '/epcisBody/eventList/1/bizStep' });
  });

  it('records an event without an eventID once, by its event hash ID', async () => {
    const event = {
      type: 'ObjectEvent',
      eventTime: '2026-11-20T10:00:00+08:00',
      eventTimeZoneOffset: '+08:00',
      action: 'OBSERVE',
      bizStep: 'inspecting',
      epcList: ['urn:epc:id:sgtin:0614141.107346.9001'],
    };
    const first = await capture(h, w.distributor.key, document([event]));
    expect(first.job!.events[0]).toMatchObject({
      outcome: 'STORED',
      eventID: expect.stringMatching(/^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/),
    });
    // The same event again, its keys in another order and its EPC as a Digital Link: a duplicate.
    const again = {
      epcList: ['https://id.gs1.org/01/10614141073464/21/9001'],
      bizStep: 'inspecting',
      action: 'OBSERVE',
      eventTimeZoneOffset: '+08:00',
      eventTime: '2026-11-20T02:00:00.000Z',
      type: 'ObjectEvent',
    };
    const second = await capture(h, w.distributor.key, document([again, again]));
    expect(second.job!.events.map((e) => e.outcome)).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(second.job!.events[0].eventID).toBe(first.job!.events[0].eventID);
    const rows = await h.em().execute('select 1 from epcis_event where event_id = ?', [first.job!.events[0].eventID]);
    expect(rows).toHaveLength(1);
  });

  it('refuses future events, bad offsets and wrong check digits by meaning, after the schema', async () => {
    const bad = [
      {
        type: 'ObjectEvent',
        eventTime: '2099-01-01T00:00:00Z',
        eventTimeZoneOffset: '+00:00',
        action: 'OBSERVE',
        epcList: ['urn:epc:id:sgtin:0614141.107346.1'],
      },
      {
        type: 'ObjectEvent',
        eventTime: '2024-01-01T00:00:00Z',
        eventTimeZoneOffset: '-13:00',
        action: 'OBSERVE',
        epcList: ['urn:epc:id:sgtin:0614141.107346.1'],
      },
      {
        type: 'ObjectEvent',
        eventTime: '2024-01-01T00:00:00Z',
        eventTimeZoneOffset: '+08:00',
        action: 'OBSERVE',
        epcList: ['https://id.gs1.org/01/10614141073465/21/1'],
      },
      {
        type: 'ObjectEvent',
        eventTime: '2024-01-01T00:00:00Z',
        eventTimeZoneOffset: '+08:00',
        action: 'OBSERVE',
        quantityList: [{ epcClass: 'urn:epc:class:lgtin:0614141.10734.L1', quantity: 2 }],
      },
    ];
    const r = await capture(h, w.distributor.key, document(bad));
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { eventIndex: number }) => e.eventIndex)).toEqual([0, 1, 2, 3]);
  });

  it('announces its limits and refuses a capture over them (413)', async () => {
    const options = await h.http.app.inject({ method: 'OPTIONS', url: '/epcis/capture' });
    expect(options.headers['gs1-epcis-capture-limit']).toBe('10000');
    expect(options.headers['gs1-epcis-version']).toBe('2.0.0');
    const event = {
      type: 'ObjectEvent',
      eventTime: '2024-01-01T00:00:00Z',
      eventTimeZoneOffset: '+08:00',
      action: 'OBSERVE',
      epcList: [],
    };
    const r = await capture(h, w.distributor.key, document(Array.from({ length: 10_001 }, () => event)));
    expect(r.status).toBe(413);
    expect(r.body.type).toBe('epcisException:CaptureLimitExceededException');
  });

  it('needs a key that may write; another organization cannot read the job', async () => {
    const doc = document([]);
    expect((await h.http.app.inject({ method: 'POST', url: '/epcis/capture', payload: doc })).statusCode).toBe(401);
    const read = await h.keyFor(w.distributor.org, ApiKeyScope.READ);
    expect((await capture(h, read, doc)).status).toBe(403);
    const mine = await h.http.app.inject({
      method: 'POST',
      url: '/epcis/capture',
      payload: doc,
      headers: { authorization: `Bearer ${w.distributor.key}` },
    });
    const other = await h.http.app.inject({
      method: 'GET',
      url: String(mine.headers.location),
      headers: { authorization: `Bearer ${w.retailer.key}` },
    });
    expect(other.statusCode).toBe(404);
  });

  it('refuses other EPCIS versions (406)', async () => {
    const r = await capture(h, w.distributor.key, document([]), { 'GS1-EPCIS-Version': '1.2' });
    expect(r.status).toBe(406);
  });
});

describe('EPCIS request limits', () => {
  it("are the API's, per key: past them a 429 problem with Retry-After", async () => {
    const h = await startHarness({ requestLimits: { perKeyPerMinute: 3, perAddressPerMinute: 0 } });
    try {
      const w = await makeWorld(h);
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const r = await h.http.app.inject({
          method: 'GET',
          url: '/epcis/capture',
          headers: { authorization: `Bearer ${w.retailer.key}` },
        });
        statuses.push(r.statusCode);
        if (r.statusCode === 429) {
          expect(r.json().type).toBe('epcisException:RateLimitException');
          expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
        }
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await h.close();
    }
  });
});
