import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { DEMO_KEYS, DEMO_LOTS } from '../seeds/demo';
import {
  CustodyEventsRecordDocument,
  LotIdDocument,
  LotTraceDocument,
  StockDocument,
  ViewerSitesDocument,
  type CustodyEventsRecordMutation,
  type LotIdQuery,
  type LotTraceQuery,
  type StockQuery,
  type ViewerSitesQuery,
} from './generated/graphql';

/**
 * The README's first command in miniature: the built server on the embedded database (no PostgreSQL,
 * no Redis), demo data loaded on first start; a new user finds the ride-on toy lot, then records a
 * receipt and a sale with the retailer's demo key; SIGTERM stops it cleanly.
 */
const SERVER = path.join(__dirname, '../dist/src/server.js');
let proc: ChildProcess;
let base: string;
let output = '';
let exitCode: Promise<number | null>;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'trace-embedded-'));

async function gql<R>(doc: unknown, variables: unknown, key?: string): Promise<{ data?: R; errors?: unknown[] }> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify({ query: print(doc as never), variables }),
  });
  return res.json() as Promise<{ data?: R; errors?: unknown[] }>;
}

beforeAll(async () => {
  if (!fs.existsSync(SERVER)) throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.');
  // The pool closes a connection idle for a second: the tests below run on connections it opened again.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DATABASE_IDLE_TIMEOUT: '1',
  };
  delete env.DATABASE_URL;
  proc = spawn(process.execPath, [SERVER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  exitCode = new Promise((resolve) => proc.on('exit', (code) => resolve(code)));
  base = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 90_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      const m = /GraphQL:\s+(http:\/\/[^/\s]+)\/graphql/.exec(output);
      if (m && output.includes('Lots to try')) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}, 120_000);

afterAll(async () => {
  if (proc.exitCode === null) proc.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start on the embedded database', () => {
  it('prints the GraphQL URL, a demo key per role and lots to try', () => {
    expect(output).toContain('embedded PostgreSQL (PGlite)');
    for (const key of Object.values(DEMO_KEYS)) expect(output).toContain(key);
    expect(output).toContain(`${DEMO_LOTS.rideOnToy.gtin} / ${DEMO_LOTS.rideOnToy.lotNumber}`);
  });

  it('serves the scan page of a demo lot at the Digital Link the banner prints, and its QR code', async () => {
    const uri = /(http:\/\/\S+\/01\/06901230001017\/10\/RT2409A)/.exec(output)?.[1];
    expect(uri).toBeDefined();
    const page = await fetch(uri!, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('RT2409A');
    const qr = await fetch(`${base}/codes/qr.svg?gtin=6901230001017&lot=RT2409A`);
    expect(qr.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('answers /healthz', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('serves a scan page and is ready after the pool closed its idle connection', async () => {
    // Sleep past the idle interval and the pool's one-second reaping (test/embedded-idle.test.ts waits
    // for the pool itself to be empty; this one checks the setting reaches the server).
    await new Promise((r) => setTimeout(r, 3000));
    const page = await fetch(`${base}/01/06901230002014/10/BS2408-01`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: 'ok' });
  });

  it('shows the seeded ride-on toy: four-level upstream tree, declarations and certificates, sellers with commitments', async () => {
    const r = await gql<LotTraceQuery>(LotTraceDocument, {
      gtin: DEMO_LOTS.rideOnToy.gtin,
      lotNumber: DEMO_LOTS.rideOnToy.lotNumber,
    });
    const lot = r.data!.lot!;
    expect(Math.max(...lot.upstream.nodes.map((e) => e.depth))).toBe(3); // the toy, battery pack, cells, cathode: four levels
    expect(lot.upstream.nodes.map((e) => e.lot.lotNumber)).toEqual(
      expect.arrayContaining(['BP2408-12', 'ABS24-0611', 'C18650-2407B', 'LFP2407-03']),
    );
    expect(lot.declaration!.version).toBe(2);
    expect(lot.declaration!.standards.map((s) => s.number)).toContain('Q/ZZTQ 001-2024');
    expect(lot.certifications).toContainEqual({ kind: 'CCC', number: '2024010701234567', status: 'VALID' });
    const retailers = lot.holders.nodes.filter((x) => x.organization.roles.includes('RETAILER'));
    expect(retailers.length).toBeGreaterThanOrEqual(5);
    expect(retailers.every((x) => x.commitment !== null && x.quantities === null)).toBe(true);
  });

  it('a retailer records a receipt and a sale with its demo key and sees its on-hand quantity change', async () => {
    const dennis = (await gql<ViewerSitesQuery>(ViewerSitesDocument, {}, DEMO_KEYS.RETAILER)).data!.viewer
      .organization!;
    const zhongyuan = (await gql<ViewerSitesQuery>(ViewerSitesDocument, {}, DEMO_KEYS.DISTRIBUTOR)).data!.viewer
      .organization!;
    const lotId = (
      await gql<LotIdQuery>(LotIdDocument, { gtin: DEMO_LOTS.rideOnToy.gtin, lotNumber: DEMO_LOTS.rideOnToy.lotNumber })
    ).data!.lot!.id;
    const erqi = dennis.locations.find((l) => l.name.includes('二七'))!;
    const onHand = async () =>
      (await gql<StockQuery>(StockDocument, { creditCode: dennis.creditCode }, DEMO_KEYS.RETAILER))
        .data!.organization!.stock!.nodes.filter((n) => n.lot.lotNumber === DEMO_LOTS.rideOnToy.lotNumber)
        .reduce((sum, n) => sum + n.onHand, 0);
    const before = await onHand();

    // The distributor ships 10 more to Dennis's Erqi store; Dennis receives them and sells 3 in one call.
    const now = new Date().toISOString();
    const shipped = await gql<CustodyEventsRecordMutation>(
      CustodyEventsRecordDocument,
      {
        input: {
          idempotencyKey: 'readme-ship-1',
          events: [
            {
              type: 'SHIPPED',
              lot: lotId,
              location: zhongyuan.locations[0].id,
              quantity: 10,
              occurredAt: now,
              counterparty: dennis.id,
              counterpartyLocation: erqi.id,
            },
          ],
        },
      },
      DEMO_KEYS.DISTRIBUTOR,
    );
    expect(shipped.data!.custodyEventsRecord.errors).toEqual([]);
    const received = await gql<CustodyEventsRecordMutation>(
      CustodyEventsRecordDocument,
      {
        input: {
          idempotencyKey: 'readme-receive-1',
          events: [
            {
              type: 'RECEIVED',
              lot: lotId,
              location: erqi.id,
              quantity: 10,
              occurredAt: now,
              shipment: shipped.data!.custodyEventsRecord.events![0].id,
            },
            { type: 'SOLD', lot: lotId, location: erqi.id, quantity: 3, occurredAt: now },
          ],
        },
      },
      DEMO_KEYS.RETAILER,
    );
    expect(received.data!.custodyEventsRecord.errors).toEqual([]);
    expect(received.data!.custodyEventsRecord.events![1].commitment?.version).toBe(2);
    expect(await onHand()).toBe(before + 7);
  });

  it('streams the scope spreadsheet from the embedded database too', async () => {
    const cells = (
      await gql<LotIdQuery>(LotIdDocument, { gtin: DEMO_LOTS.cells.gtin, lotNumber: DEMO_LOTS.cells.lotNumber })
    ).data!.lot!.id;
    const res = await fetch(`${base}/exports/scope.csv?lot=${cells}`, {
      headers: { authorization: `Bearer ${DEMO_KEYS.REGULATOR}` },
    });
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    // Who holds how much of which lot (the default view): the 15 holders of the cells and what was made from them.
    expect(text.startsWith('批号,商品条码,')).toBe(true);
    expect(text).toContain('RT2409A');
    expect(text.trim().split('\n')).toHaveLength(16);
    // The server still answers afterwards (the cursor released its connection).
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
  });

  it('stops on SIGTERM with exit code 0', async () => {
    proc.kill('SIGTERM');
    expect(await exitCode).toBe(0);
  }, 30_000);
});
