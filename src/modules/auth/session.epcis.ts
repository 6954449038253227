/**
 * A console session identifies EPCIS callers as well as an API key does (issue 16): a person signed in to the
 * console downloads a lot's trace or queries events with the role's scope, and a script on a console page may
 * capture. Reads need only the session cookie; a write (POST, PUT, DELETE) also needs the session's CSRF token in
 * `X-CSRF-Token`, so that another site cannot make a signed-in browser capture events. Without it the session is
 * not used, and the request counts as the API key it carries, or as the public.
 */
import { timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { EpcisAuthenticator } from '../epcis/epcis.auth';
import { sessionCookieName, sessionOf, viewerOfSession } from './session.service';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export const epcisSessionAuthenticator: EpcisAuthenticator = async (request, em) => {
  const header = request.headers.cookie;
  if (!header) return null;
  const token = fastifyCookie.parse(header)[sessionCookieName(request.protocol === 'https')];
  if (!token) return null;
  const me = await sessionOf(em, token);
  if (!me) return null;
  if (!SAFE_METHODS.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !sameToken(sent, me.csrfToken)) return null;
  }
  return viewerOfSession(me);
};
