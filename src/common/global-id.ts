/** Opaque global IDs (Relay Object Identification): base64url of "Type:uuid". Decoding checks the type. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export type DecodedId = { type: string; id: string };

export function fromGlobalId(globalId: string): DecodedId | null {
  if (typeof globalId !== 'string' || globalId.length > 200 || !/^[A-Za-z0-9_-]+$/.test(globalId)) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = raw.indexOf(':');
  if (sep < 1) return null;
  const type = raw.slice(0, sep);
  const id = raw.slice(sep + 1);
  return UUID.test(id) ? { type, id } : null;
}

export type IdProblem = 'INVALID_ID' | 'WRONG_ID_TYPE';

/** Decodes an ID that must name an object of the given type. */
export function decodeIdOf(type: string, globalId: string): { id: string } | { problem: IdProblem } {
  const d = fromGlobalId(globalId);
  if (!d) return { problem: 'INVALID_ID' };
  if (d.type !== type) return { problem: 'WRONG_ID_TYPE' };
  return { id: d.id };
}
