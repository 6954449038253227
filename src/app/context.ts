import type { EntityManager } from '@mikro-orm/postgresql';
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
}

/** Everything request-specific: a forked EntityManager, this request's DataLoaders, the viewer, the client address. */
export interface Context extends Services {
  em: EntityManager;
  viewer: Viewer;
  loaders: Loaders;
  ip: string;
  /** Base of GS1 Digital Link URIs for this request (see `publicBaseUrl`). */
  baseUrl: string;
  /** The client's User-Agent, for the account log. */
  userAgent?: string;
}

export function createContext(em: EntityManager, viewer: Viewer, services: Services, request: { ip: string; baseUrl: string; userAgent?: string }): Context {
  return { em, viewer, loaders: createLoaders(em), ip: request.ip, baseUrl: request.baseUrl, userAgent: request.userAgent, ...services };
}
