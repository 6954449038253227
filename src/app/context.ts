import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../modules/access/viewer';
import type { Bus } from './bus';
import { createLoaders, type Loaders } from './loaders';

/** Everything request-specific: a forked EntityManager, this request's DataLoaders, the viewer. */
export interface Context {
  em: EntityManager;
  viewer: Viewer;
  loaders: Loaders;
  /** Messages to every server instance (Redis pub/sub, or in-process without Redis). */
  bus: Bus;
}

export function createContext(em: EntityManager, viewer: Viewer, bus: Bus): Context {
  return { em, viewer, loaders: createLoaders(em), bus };
}
