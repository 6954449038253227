import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../modules/access/viewer';
import { createLoaders, type Loaders } from './loaders';

/** Everything request-specific: a forked EntityManager, this request's DataLoaders, the viewer. */
export interface Context {
  em: EntityManager;
  viewer: Viewer;
  loaders: Loaders;
}

export function createContext(em: EntityManager, viewer: Viewer): Context {
  return { em, viewer, loaders: createLoaders(em) };
}
