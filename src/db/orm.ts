import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig, type OrmSettings } from './orm-config';
import { useNamedStatements } from './read-query';

export async function initOrm(settings: OrmSettings): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(settings));
  useNamedStatements(orm, settings.namedStatements ?? true);
  return orm;
}

/** Applies pending migrations; returns their names. */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  return done.map((m) => m.name);
}
