/**
 * The staff console under /console: server-rendered pages for people signed in with a password or a
 * passkey. Everything a page shows or changes goes through the GraphQL API as the person (`c.gql`).
 * This file is the frame every page shares, in one encapsulated scope (cookies and url-encoded forms
 * are parsed here only, so /graphql keeps refusing form posts):
 *
 * - security headers (a CSP without inline scripts, no referrer, no framing, no caching);
 * - the session from its cookie, checked in PostgreSQL on every request;
 * - the language (`consoleLang`);
 * - every POST's CSRF token: the session's own token, or before sign-in a double-submit cookie;
 *   and cross-site posts refused outright (Sec-Fetch-Site);
 * - the access check of each route (sign-in page, or the 403 page), the 404 page, error pages;
 * - the layout.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import fastifyMultipart, { type MultipartFile } from '@fastify/multipart';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { execute, GraphQLError, type GraphQLSchema } from 'graphql';
import { createContext, type Services } from '../../app/context';
import { checkRequestLimit, type RequestLimits } from '../../app/guards';
import { config } from '../../config';
import { isDatabaseUnavailable } from '../../db/availability';
import { actorKey } from '../access/viewer';
import type { Client } from '../auth/account-log';
import { relyingParty } from '../auth/passkey.service';
import { sessionCookieName, sessionOf, viewerOfSession, type SignedIn } from '../auth/session.service';
import { epcisSessionAuthenticator } from '../auth/session.epcis';
import { addEpcisAuthenticator } from '../epcis/epcis.auth';
import { publicBaseUrl } from '../lot/digital-link';
import { registerAssetRoutes } from './console.assets';
import { consoleLang, LANG_COOKIE, type Lang } from './console.i18n';
import { csrfPage, renderPage, statusPage } from './console.layout';
import {
  ConsoleStatus,
  mayUse,
  type ConsoleModule,
  type ConsoleRequest,
  type Form,
  type NavItem,
  type Page,
  type Result,
  type Route,
} from './console.page';
import { CONSOLE_MODULES } from './console.pages';

export interface ConsoleDeps {
  schema: GraphQLSchema;
  orm: MikroORM;
  services: Services;
  requestLimits: RequestLimits;
}

const ANON_CSRF_COOKIE = 'trace_csrf';
const MAX_FIELD = 10_000;

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');
/** The scanning page's policy: the same, and WebAssembly compiled from the server's own file (the barcode reader). */
export const SCANNER_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

export { sessionCookieName };

function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

/**
 * Form fields as strings, the last of repeated names, each cut to a sane length. NUL (never valid text) refuses the
 * form.
 */
function formOf(body: unknown): Form {
  const out: Form = {};
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
      const s = Array.isArray(v) ? v.at(-1) : v;
      if (typeof s !== 'string') continue;
      if (s.includes('\u0000') || k.includes('\u0000'))
        throw Object.assign(new Error('Text may not contain NUL.'), { statusCode: 400 });
      out[k] = s.slice(0, MAX_FIELD);
    }
  }
  return out;
}

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Only a local path of the console may follow sign-in: never another host, never a scheme-relative URL. */
export function localNext(next: string | undefined): string {
  if (!next || !next.startsWith('/console') || next.startsWith('//') || /[\\\r\n\t]/.test(next)) return '/console';
  try {
    const u = new URL(next, 'http://local.invalid');
    return u.host === 'local.invalid' && u.pathname.startsWith('/console') ? u.pathname + u.search : '/console';
  } catch {
    return '/console';
  }
}

export function registerConsoleRoutes(
  app: FastifyInstance,
  deps: ConsoleDeps,
  modules: ConsoleModule[] = CONSOLE_MODULES,
): void {
  const nav: NavItem[] = modules.flatMap((m) => m.nav ?? []);
  const routes: Route[] = modules.flatMap((m) => m.routes);
  // A signed-in person reaches the EPCIS interface too, with the role's scope.
  addEpcisAuthenticator(epcisSessionAuthenticator);

  void app.register(
    async (scope) => {
      await scope.register(fastifyCookie);
      await scope.register(fastifyFormbody, { bodyLimit: 64 * 1024 });
      // File uploads (the spreadsheet upload): fields as strings, so that the CSRF check reads `_csrf` as for any
      // form; a file as `{ filename, data }`. One file, up to 10 MB (20,000 rows of a till's export fit in 3 MB).
      await scope.register(fastifyMultipart, {
        attachFieldsToBody: 'keyValues',
        limits: { files: 1, fileSize: 10 * 1024 * 1024, fields: 10, fieldSize: 1024 },
        throwFileSizeLimit: true,
        async onFile(part: MultipartFile) {
          (part as MultipartFile & { value: unknown }).value = { filename: part.filename, data: await part.toBuffer() };
        },
      });

      scope.addHook('onRequest', async (_request, reply) => {
        reply
          .header('content-security-policy', CSP)
          .header('referrer-policy', 'no-referrer')
          .header('x-content-type-options', 'nosniff')
          .header('x-frame-options', 'DENY')
          .header('cache-control', 'no-store');
      });

      interface State {
        me: SignedIn | null;
        lang: Lang;
        csrf: string;
      }
      const stateOf = new WeakMap<FastifyRequest, State>();

      /** Session, language and this page's CSRF token (the anonymous one is set as a cookie when missing). */
      const prepare = async (request: FastifyRequest, reply: FastifyReply, isPublic: boolean): Promise<State> => {
        const known = stateOf.get(request);
        if (known) return known;
        const me = await sessionOf(deps.orm.em.fork(), request.cookies[sessionCookieName(isSecure(request))]);
        const lang = consoleLang(request, me?.lang ?? null);
        const q = (request.query as Record<string, unknown>)?.lang;
        if (q === 'zh' || q === 'en') {
          reply.setCookie(LANG_COOKIE, q, {
            path: '/console',
            maxAge: 365 * 86400,
            sameSite: 'lax',
            secure: isSecure(request),
            httpOnly: true,
          });
        }
        let csrf = me && !isPublic ? me.csrfToken : request.cookies[ANON_CSRF_COOKIE];
        if (!csrf) {
          csrf = randomBytes(24).toString('base64url');
          reply.setCookie(ANON_CSRF_COOKIE, csrf, {
            path: '/console',
            sameSite: 'lax',
            secure: isSecure(request),
            httpOnly: true,
          });
        }
        const state = { me, lang, csrf };
        stateOf.set(request, state);
        return state;
      };

      const send = (request: FastifyRequest, reply: FastifyReply, state: State, page: Page) => {
        const body = renderPage(
          { lang: state.lang, me: state.me, csrf: state.me?.csrfToken ?? state.csrf, path: request.url, nav },
          page,
        );
        return reply
          .code(page.status ?? 200)
          .type('text/html; charset=utf-8')
          .send(body);
      };

      const signInRedirect = (request: FastifyRequest, reply: FastifyReply) => {
        const next = request.method === 'GET' ? request.url : '/console';
        return reply.redirect(`/console/sign-in?next=${encodeURIComponent(next)}`, 303);
      };

      const contextOf = (
        request: FastifyRequest,
        reply: FastifyReply,
        state: State,
        params: Record<string, string>,
      ): ConsoleRequest => {
        const client: Client = { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
        const baseUrl = publicBaseUrl(request);
        return {
          request,
          reply,
          lang: state.lang,
          me: state.me,
          csrf: state.csrf,
          params,
          client,
          baseUrl,
          limiter: deps.services.limiter,
          form: request.method === 'POST' ? formOf(request.body) : {},
          query: Object.fromEntries(
            Object.entries((request.query ?? {}) as Record<string, unknown>).filter(([, v]) => typeof v === 'string'),
          ) as Record<string, string>,
          rp: () => relyingParty(config().publicBaseUrl, request.protocol, request.host),
          em: () => deps.orm.em.fork(),
          async gql(document, variables) {
            if (!state.me) throw new ConsoleStatus(401);
            const viewer = viewerOfSession(state.me);
            await checkRequestLimit(deps.services.limiter, deps.requestLimits, {
              actor: actorKey(viewer),
              ip: request.ip,
            }).catch((err: GraphQLError) => {
              throw consoleErrorOf(err);
            });
            const contextValue = createContext(deps.orm.em.fork(), viewer, deps.services, {
              ip: request.ip,
              baseUrl,
              userAgent: client.userAgent,
            });
            const res = await execute({ schema: deps.schema, document, variableValues: variables, contextValue });
            if (res.errors?.length) throw consoleErrorOf(res.errors[0]);
            return res.data as never;
          },
        };
      };

      const answer = async (request: FastifyRequest, reply: FastifyReply, state: State, result: Result) => {
        if ('sent' in result) return reply;
        if ('redirect' in result) return reply.redirect(result.redirect, 303);
        if ('json' in result)
          return reply
            .code(result.status ?? 200)
            .type('application/json; charset=utf-8')
            .send(JSON.stringify(result.json));
        if ('file' in result)
          return reply
            .type(result.type)
            .header('content-disposition', contentDisposition(result.filename, result.inline ?? false))
            .send(result.file);
        return send(request, reply, state, result);
      };

      for (const r of routes) {
        scope.route({
          method: r.method,
          url: r.path,
          handler: async (request, reply) => {
            const state = await prepare(request, reply, !!r.public);
            if (!r.public) {
              if (!state.me) {
                if (request.headers['content-type']?.startsWith('application/json'))
                  return reply.code(401).send({ error: 'unauthenticated' });
                return signInRedirect(request, reply);
              }
              if (!mayUse(r.access, state.me)) return send(request, reply, state, statusPage(state.lang, 403));
            }
            if (request.method === 'POST') {
              const body = (request.body ?? {}) as Record<string, unknown>;
              const token = typeof body._csrf === 'string' ? body._csrf : request.headers['x-csrf-token'];
              const crossSite = request.headers['sec-fetch-site'] === 'cross-site';
              if (crossSite || !sameToken(String(token ?? ''), state.csrf))
                return send(request, reply, state, csrfPage(state.lang));
            }
            const c = contextOf(request, reply, state, (request.params ?? {}) as Record<string, string>);
            try {
              const result = await (r.public ? r.handler(c) : r.handler(c as Parameters<typeof r.handler>[0]));
              return answer(request, reply, state, result);
            } catch (err) {
              if (!(err instanceof ConsoleStatus)) throw err;
              if (err.status === 401) return signInRedirect(request, reply);
              if (err.retryAfterSeconds) reply.header('retry-after', String(err.retryAfterSeconds));
              return send(request, reply, state, statusPage(state.lang, err.status));
            }
          },
        });
      }
      registerAssetRoutes(scope);

      const notFoundPage = async (request: FastifyRequest, reply: FastifyReply) => {
        const state = await prepare(request, reply, false);
        return send(request, reply, state, statusPage(state.lang, 404));
      };
      // The resolver answers any path at the root (a Digital Link may have a path prefix): the console keeps its own.
      scope.route({ method: ['GET', 'HEAD', 'POST'], url: '/*', handler: notFoundPage });
      scope.setNotFoundHandler(notFoundPage);

      scope.setErrorHandler(async (err: FastifyError, request, reply) => {
        const state = stateOf.get(request) ?? { me: null, lang: consoleLang(request, null), csrf: '' };
        const status =
          err.statusCode && err.statusCode >= 400 && err.statusCode < 500
            ? err.statusCode
            : isDatabaseUnavailable(err)
              ? 503
              : 500;
        if (status === 503) reply.header('retry-after', '1');
        if (status === 500) request.log.error({ err, url: request.url }, 'unexpected error in the console');
        return send(request, reply, state, statusPage(state.lang, status));
      });
    },
    { prefix: '/console' },
  );
}

/** A download's file name, ASCII for old clients and UTF-8 (RFC 6266) for the rest. */
function contentDisposition(filename: string, inline: boolean): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/**
 * What a GraphQL error means for a page. Bad input is a 400 with the problems by field, whatever form the API gave
 * it: BAD_USER_INPUT, a query's input problems (`extensions.problems`, e.g. INVALID_ID), or a variable the schema
 * refused before any resolver ran (an enum value that does not exist: a request error, without a path, that
 * names the variable). So a page's bad query parameter is never a 500.
 */
export function consoleErrorOf(err: GraphQLError): Error {
  const code = err.extensions?.code;
  if (code === 'FORBIDDEN') return new ConsoleStatus(403);
  if (code === 'UNAUTHENTICATED') return new ConsoleStatus(401);
  if (code === 'RATE_LIMITED') return new ConsoleStatus(429, Number(err.extensions?.retryAfterSeconds) || 60);
  const problems = err.extensions?.problems as { message: string; field?: readonly string[] | null }[] | undefined;
  if (Array.isArray(problems) && problems.length)
    return new ConsoleStatus(
      400,
      0,
      // The last name of the path (["root", "lots", "0"] → lots).
      problems.map((p) => ({ field: p.field?.filter((f) => !/^\d+$/.test(f)).at(-1) ?? null, message: p.message })),
    );
  const variable = /^Variable "\$(\w+)"/.exec(err.message)?.[1];
  if (code === 'BAD_USER_INPUT' || (!err.path && variable)) {
    // A resolver's argument is named with its field ("holders.city"), a variable by its name ("party").
    const argument = (err.extensions?.field as string[] | undefined)?.at(-1);
    const at = err.path?.filter((p) => typeof p === 'string').at(-1);
    const field = variable ?? (argument ? (at ? `${at}.${argument}` : argument) : null);
    return new ConsoleStatus(400, 0, [{ field, message: err.message }]);
  }
  return err.originalError ?? err;
}
