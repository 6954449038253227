import fs from 'node:fs';
import path from 'node:path';
import type { Harness } from './harness';

export const OPENEPCIS = path.join(__dirname, '../fixtures/epcis/openepcis');
export const readJson = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8'));
export const CONTEXT = 'https://ref.gs1.org/standards/epcis/epcis-context.jsonld';

/** An EPCISDocument of these events. */
export function document(events: object[], context: unknown[] = [CONTEXT]) {
  return {
    '@context': context,
    type: 'EPCISDocument',
    schemaVersion: '2.0',
    creationDate: '2026-11-27T08:00:00+08:00',
    epcisBody: { eventList: events },
  };
}

export interface CaptureJob {
  captureID: string;
  running: boolean;
  success: boolean;
  accepted: number;
  storedOnly: number;
  refused: number;
  duplicates: number;
  events: { index: number; eventID: string; outcome: string; errors?: { code: string; message: string }[] }[];
  errors: { type: string; detail: string; eventIndex: number }[];
}

/** POST /epcis/capture, then the job once it has finished. */
export async function capture(h: Harness, key: string, doc: unknown, headers: Record<string, string> = {}) {
  const res = await h.http.app.inject({
    method: 'POST',
    url: '/epcis/capture',
    payload: JSON.stringify(doc),
    headers: { 'content-type': 'application/ld+json', authorization: `Bearer ${key}`, ...headers },
  });
  if (res.statusCode !== 202)
    return { status: res.statusCode, body: res.json(), job: null as CaptureJob | null, headers: res.headers };
  const location = String(res.headers.location);
  for (let i = 0; i < 600; i++) {
    const job = (
      await h.http.app.inject({ method: 'GET', url: location, headers: { authorization: `Bearer ${key}` } })
    ).json() as CaptureJob;
    if (!job.running) return { status: res.statusCode, body: null, job, headers: res.headers };
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('capture job did not finish');
}

export async function countStored(h: Harness): Promise<number> {
  const [r] = await h.em().execute<{ n: string }[]>('select count(*) as n from epcis_event');
  return Number(r.n);
}

/** OpenEPCIS's valid documents this platform refuses, and why (README, "EPCIS"). */
export const REFUSED_VALID = {
  'SensorData_with_combined_events.json':
    "sensor type Molar_concentration is neither a CBV word nor a URI (GS1's schema refuses it)",
  'TransactionEvent_with_userExtensions.json':
    "sensor type EffectiveDoseRate is neither a CBV word nor a URI (GS1's schema refuses it)",
  'Combination_of_different_event.json':
    'its GRAI Digital Link https://id.example.com/8003/030013450007718765 has a wrong check digit',
};
