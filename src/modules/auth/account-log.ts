import type { EntityManager } from '@mikro-orm/postgresql';
import type { OrganizationViewer } from '../access/viewer';
import { ApiKey } from '../api-key/api-key.entity';
import { Person } from '../person/person.entity';
import { AccountEvent } from './account-event.entity';

/** The client a sign-in or change came from. */
export interface Client {
  ip: string;
  userAgent: string;
}

/** Who changed a person: an organization's key or person, or an operator at the command line (null). */
export type ChangedBy = OrganizationViewer | null;

type Entry = Pick<AccountEvent, 'kind'> &
  Partial<Pick<AccountEvent, 'organizationId' | 'personId' | 'method' | 'failure' | 'login' | 'detail'>>;

/** Names the actor as the log keeps it: what it was called when it acted. */
async function actorFields(em: EntityManager, by: ChangedBy) {
  if (!by) return { actorName: 'operator', actorPersonId: null, actorKeyId: null };
  if (by.actor.kind === 'person') {
    const p = await em.findOne(Person, { id: by.actor.personId }, { fields: ['name', 'login'] });
    return { actorName: p ? `${p.name} <${p.login}>` : null, actorPersonId: by.actor.personId, actorKeyId: null };
  }
  if (by.actor.kind !== 'key') return { actorName: by.actor.kind, actorPersonId: null, actorKeyId: null };
  const k =
    by.actor.keyId === 'factory'
      ? null
      : await em.findOne(ApiKey, { id: by.actor.keyId }, { fields: ['prefix', 'label'] });
  return {
    actorName: k ? `API key ${k.prefix}… (${k.label})` : 'API key',
    actorPersonId: null,
    actorKeyId: k ? by.actor.keyId : null,
  };
}

/**
 * Appends one entry to the account log, in the caller's transaction (flushed with it). `by` is given for
 * changes made to a person by someone else; a person's own sign-ins and changes leave it out.
 */
export async function logAccountEvent(
  em: EntityManager,
  entry: Entry,
  client: Client | null,
  by?: ChangedBy,
): Promise<void> {
  em.create(AccountEvent, {
    organizationId: null,
    personId: null,
    method: null,
    failure: null,
    login: null,
    detail: null,
    ...entry,
    ip: client?.ip ?? null,
    userAgent: client ? client.userAgent.slice(0, 200) : null,
    ...(by === undefined ? { actorName: null, actorPersonId: null, actorKeyId: null } : await actorFields(em, by)),
  });
}
