import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimiter } from '../../app/rate-limit';
import type { Client } from '../auth/account-log';
import type { RelyingParty } from '../auth/passkey.service';
import type { SignedIn } from '../auth/session.service';
import { OrganizationRole } from '../organization/organization.enums';
import { PersonRole } from '../person/person.enums';
import type { Html } from '../scan/html';
import type { AssetName } from './console.assets';
import type { Lang } from './console.i18n';

/**
 * What a console page is made of. A page family is a `ConsoleModule`: its routes (each with who may
 * use it) and its entries in the navigation. The frame (console.routes.ts) does the rest for every
 * route: session, language, CSRF check of every POST, the access check (403 page), error pages, the
 * layout. See README.md beside this file.
 */

/** The navigation's sections, in the order they are shown; a section shows only once a module provides it. */
export const NAV_ORDER = [
  'overview',
  'scope',
  'today',
  'receive',
  'stock',
  'lots',
  'products',
  'labels',
  'upload',
  'commitment',
  'complaints',
  'people',
  'log',
  'recalls',
  'allComplaints',
  'ledger',
  'dataAccessLog',
  'spotChecks',
] as const;
export type NavKey = (typeof NAV_ORDER)[number];

/**
 * Who may use a route: people with one of `roles`, of an organization with one of `organizationRoles` (any, when
 * absent).
 */
export interface Access {
  roles: readonly PersonRole[];
  organizationRoles?: readonly OrganizationRole[];
}

export const EVERYONE: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF, PersonRole.VIEWER] };
export const RECORDERS: Access = { roles: [PersonRole.ADMIN, PersonRole.STAFF] };
export const ADMINS: Access = { roles: [PersonRole.ADMIN] };
/** People who record, of organizations that make or hold goods in the chain (not regulators or labs). */
export const CHAIN_RECORDERS: Access = {
  roles: [PersonRole.ADMIN, PersonRole.STAFF],
  organizationRoles: [
    OrganizationRole.SUPPLIER,
    OrganizationRole.PRODUCER,
    OrganizationRole.DISTRIBUTOR,
    OrganizationRole.RETAILER,
  ],
};

export function mayUse(access: Access, me: SignedIn): boolean {
  return (
    access.roles.includes(me.role) &&
    (!access.organizationRoles || access.organizationRoles.some((r) => me.organizationRoles.includes(r)))
  );
}

export interface NavItem {
  key: NavKey;
  path: string;
  label: Record<Lang, string>;
  access: Access;
}

/** A rendered page: the frame puts `body` in the layout. */
export interface Page {
  title: string;
  body: Html | Html[];
  /** The navigation entry to mark as current. */
  nav?: NavKey;
  /** Scripts to load, in order (nothing else is). */
  scripts?: AssetName[];
  status?: number;
}

export type Result =
  | Page
  | { redirect: string }
  | { json: unknown; status?: number }
  | FileResult
  /** The handler answered itself (a download streamed to `c.reply`). */
  | { sent: true };

/** A file to download or open (a PDF sheet, a spreadsheet template): `inline` opens it in the browser. */
export interface FileResult {
  file: Buffer | string;
  type: string;
  filename: string;
  inline?: boolean;
}

/** Form fields as strings (the last of repeated names). */
export type Form = Record<string, string>;

/** What a handler gets. */
export interface ConsoleRequest {
  request: FastifyRequest;
  reply: FastifyReply;
  lang: Lang;
  /** The signed-in person; null on public routes for anyone not signed in. */
  me: SignedIn | null;
  /** The token every form on this page carries (`csrfField`). */
  csrf: string;
  /** The POST body's fields; empty for GET. */
  form: Form;
  params: Record<string, string>;
  query: Record<string, string>;
  client: Client;
  /** The server's limits (fixed windows and sign-in backoff; Redis or in-process). */
  limiter: RateLimiter;
  /** The base URL of links the console hands out (PUBLIC_BASE_URL or this request's). */
  baseUrl: string;
  /** The passkey relying party of this request. */
  rp(): RelyingParty;
  /** A forked EntityManager, for the console's own services (sessions, passwords, passkeys). */
  em(): EntityManager;
  /**
   * Runs a typed GraphQL operation as the signed-in person (their organization, their role's scope):
   * the one path to the data. FORBIDDEN becomes the 403 page, UNAUTHENTICATED the sign-in page.
   */
  gql<R, V extends Record<string, unknown>>(document: TypedDocumentNode<R, V>, variables: V): Promise<R>;
}

export interface SignedInRequest extends ConsoleRequest {
  me: SignedIn;
}

export type Route =
  | { method: 'GET' | 'POST'; path: string; public: true; handler: (c: ConsoleRequest) => Promise<Result> }
  | {
      method: 'GET' | 'POST';
      path: string;
      public?: false;
      access: Access;
      handler: (c: SignedInRequest) => Promise<Result>;
    };

export interface ConsoleModule {
  nav?: NavItem[];
  routes: Route[];
}

/** A route for signed-in people with `access` (path under /console, fastify syntax: "/people/:id"). */
export function route(
  method: 'GET' | 'POST',
  path: string,
  access: Access,
  handler: (c: SignedInRequest) => Promise<Result>,
): Route {
  return { method, path, access, handler };
}

/** A route anyone may open (sign-in, one-time links). */
export function publicRoute(
  method: 'GET' | 'POST',
  path: string,
  handler: (c: ConsoleRequest) => Promise<Result>,
): Route {
  return { method, path, public: true, handler };
}

/**
 * Thrown by a handler for a status page: 403, 404 (another organization's object is as missing as a missing one), 429.
 */
/** An input problem the API named: `field` is the last name of its path or the variable's name (null: the whole request). */
export interface InputProblem {
  field: string | null;
  message: string;
}

export class ConsoleStatus extends Error {
  constructor(
    readonly status: number,
    readonly retryAfterSeconds = 0,
    /** For a 400: what the API refused, so a page can show the form again with each error by its field. */
    readonly problems: InputProblem[] = [],
  ) {
    super(`console status ${status}`);
  }
}

export const notFound = () => new ConsoleStatus(404);
export const forbiddenPage = () => new ConsoleStatus(403);
