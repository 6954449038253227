import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig, type OrmSettings } from './orm-config';

export async function initOrm(settings: OrmSettings): Promise<MikroORM> {
  return MikroORM.init(ormConfig(settings));
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
