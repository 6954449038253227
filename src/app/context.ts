import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReadRouter } from '../db/replicas';
import type { Viewer } from '../modules/access/viewer';
import type { PageCache } from '../modules/scan/page-cache';
import type { Bus } from './bus';
import { createLoaders, type Loaders } from './loaders';
import type { RateLimiter } from './rate-limit';

/** What lives as long as the server: shared by every request. */
export interface Services {
  /** Messages to every server instance (Redis pub/sub, or in-process without Redis). */
  bus: Bus;
  /** Per-address and per-key limits (Redis, or in-process). */
  limiter: RateLimiter;
  /** Rendered scan pages; writes that change a page tell it. */
  pages: PageCache;
  /** Where reads that may be a moment old go: a replica, or the primary (see `ReadRouter`). */
  reads: ReadRouter;
}

/** Everything request-specific: a forked EntityManager, this request's DataLoaders, the viewer, the client address. */
export interface Context extends Services {
  /** The EntityManager of this request: the primary's, or a replica's for a query (see `readRouting`). */
  em: EntityManager;
  /** The primary's, whatever `em` is: writes, and reads that must be fresh. */
  primaryEm: EntityManager;
  /** `primary`, or the replica `em` reads from. */
  readsFrom: string;
  /** The commit position the client must find in what it reads (its Read-After header), if any. */
  readAfter: bigint | null;
  /** A query run again on the primary after its replica failed it (see `registerGraphqlRoute`). */
  retried?: boolean;
  viewer: Viewer;
  loaders: Loaders;
  ip: string;
  /** Base of GS1 Digital Link URIs for this request (see `publicBaseUrl`). */
  baseUrl: string;
  /** The client's User-Agent, for the account log. */
  userAgent?: string;
}

export function createContext(
  em: EntityManager,
  viewer: Viewer,
  services: Services,
  request: {
    ip: string;
    baseUrl: string;
    userAgent?: string;
    readAfter?: bigint | null;
    readsFrom?: string;
    primaryEm?: EntityManager;
  },
): Context {
  return {
    em,
    primaryEm: request.primaryEm ?? em,
    readsFrom: request.readsFrom ?? 'primary',
    readAfter: request.readAfter ?? null,
    viewer,
    loaders: createLoaders(em),
    ip: request.ip,
    baseUrl: request.baseUrl,
    userAgent: request.userAgent,
    ...services,
  };
}
