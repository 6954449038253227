/**
 * Who is calling the EPCIS interface. Today an organization's API key (`Authorization: Bearer …`); the
 * console adds a person's session (`auth/session.epcis.ts`) by `addEpcisAuthenticator`, which is tried before the key.
 * An authenticator answers null when its credentials are absent, and throws when they are present but bad.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyRequest } from 'fastify';
import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from '../../db/availability';
import { type Viewer } from '../access/viewer';
import { authenticate as authenticateKey } from '../api-key/api-key.service';
import { EpcisProblem } from './epcis.problem';

export type EpcisAuthenticator = (request: FastifyRequest, em: EntityManager) => Promise<Viewer | null>;

const byKey: EpcisAuthenticator = async (request, em) => {
  const header = request.headers.authorization;
  return header ? authenticateKey(em, header) : null;
};

const authenticators: EpcisAuthenticator[] = [byKey];

/** Lets another way of signing in (a console session) identify EPCIS callers; tried before the API key. */
export function addEpcisAuthenticator(authenticator: EpcisAuthenticator): void {
  // Each app built in one process (tests build many) registers its console once.
  if (!authenticators.includes(authenticator)) authenticators.unshift(authenticator);
}

const resolved = new WeakMap<FastifyRequest, Promise<Viewer>>();

/** The caller, or the public; a bad credential is a 401 problem. Read once per request. */
export function authenticateEpcis(request: FastifyRequest, em: EntityManager): Promise<Viewer> {
  let v = resolved.get(request);
  if (!v) resolved.set(request, (v = authenticateOnce(request, em)));
  return v;
}

async function authenticateOnce(request: FastifyRequest, em: EntityManager): Promise<Viewer> {
  try {
    for (const a of authenticators) {
      const v = await a(request, em);
      if (v) return v;
    }
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw err;
    if (err instanceof GraphQLError) throw new EpcisProblem(401, 'SecurityException', err.message);
    throw err;
  }
  return { kind: 'public' };
}
