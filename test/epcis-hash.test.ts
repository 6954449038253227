import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventHashId, hashTimestamp, namespacesOf, preHashString } from '../src/modules/epcis/epcis.hash';
import { canonicalIdentifier, IdentifierError } from '../src/modules/epcis/epcis.identifiers';

const dir = path.join(__dirname, 'fixtures/epcis/hash-vectors');
const lines = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n').filter(Boolean);
const vectors = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.jsonld'))
  .map((f) => f.replace(/\.jsonld$/, ''));

describe("EPCIS event hash ID (CBV 2.0), against the reference implementation's published vectors", () => {
  it('has vectors', () => expect(vectors.length).toBeGreaterThanOrEqual(6));

  for (const name of vectors) {
    it(name, () => {
      const doc = JSON.parse(fs.readFileSync(path.join(dir, `${name}.jsonld`), 'utf8'));
      const ns = namespacesOf(doc['@context']);
      const events = doc.epcisBody.eventList;
      if (fs.existsSync(path.join(dir, `${name}.prehashes`))) {
        expect(events.map((e: never) => preHashString(e, ns))).toEqual(lines(`${name}.prehashes`));
      }
      expect(events.map((e: never) => eventHashId(e, ns))).toEqual(lines(`${name}.hashes`));
    });
  }

  it('does not depend on key order or on the prefix a document gives a namespace', () => {
    const a = {
      type: 'ObjectEvent',
      eventTime: '2024-01-01T08:00:00+08:00',
      eventTimeZoneOffset: '+08:00',
      action: 'OBSERVE',
      'x:f': '1',
      epcList: ['urn:epc:id:sgtin:0614141.107346.2017'],
    };
    const b = {
      'y:f': '1.0',
      epcList: ['https://example.cn/01/10614141073464/21/2017?17=250101'],
      action: 'OBSERVE',
      eventTimeZoneOffset: '+08:00',
      eventTime: '2024-01-01T00:00:00.000Z',
      type: 'ObjectEvent',
    };
    expect(eventHashId(a as never, namespacesOf([{ x: 'https://ns.example.cn/' }]))).toBe(
      eventHashId(b as never, namespacesOf([{ y: 'https://ns.example.cn/' }])),
    );
  });

  it('rounds milliseconds half up in UTC', () => {
    expect(hashTimestamp('2023-01-18T11:04:03.1415Z')).toBe('2023-01-18T11:04:03.142Z');
    expect(hashTimestamp('2023-01-18T11:04:59.9996+01:00')).toBe('2023-01-18T10:05:00.000Z');
  });
});

describe('identifiers', () => {
  it('brings EPC URIs and Digital Links of one object to one form', () => {
    expect(canonicalIdentifier('urn:epc:class:lgtin:6901230.000101.RT2409A')).toBe(
      'https://id.gs1.org/01/06901230001017/10/RT2409A',
    );
    expect(canonicalIdentifier('http://127.0.0.1:4000/01/06901230001017/10/RT2409A?17=261231')).toBe(
      'https://id.gs1.org/01/06901230001017/10/RT2409A',
    );
    expect(canonicalIdentifier('urn:epc:id:sgln:6909980.00001.0')).toBe('https://id.gs1.org/414/6909980000014');
  });

  it('refuses a wrong check digit and a malformed EPC URI', () => {
    expect(() => canonicalIdentifier('https://id.gs1.org/01/06901230001018/10/X')).toThrow(IdentifierError);
    expect(() => canonicalIdentifier('urn:epc:id:sgtin:0614141.10734.2017')).toThrow(IdentifierError);
  });
});
