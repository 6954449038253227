import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { runOperatorCommand } from './operator';
import { ApiKey } from '../modules/api-key/api-key.entity';
import {
  createApiKey,
  isActive,
  listApiKeys,
  MAX_GRACE_SECONDS,
  revokeApiKey,
  rotateApiKey,
} from '../modules/api-key/api-key.service';
import { ApiKeyScope } from '../modules/organization/organization.enums';
import { Organization } from '../modules/organization/organization.entity';

const USAGE = `Usage (operators: the same rules as the API's apiKey* mutations, for any organization):
  npm run api-key -- list   --org CREDITCODE [--all]
  npm run api-key -- create --org CREDITCODE --scope ${Object.values(ApiKeyScope).join('|')} --label text
  npm run api-key -- rotate --key ID-OR-PREFIX [--grace SECONDS]   (0 to ${MAX_GRACE_SECONDS}; default 0: the old key stops now)
  npm run api-key -- revoke --key ID-OR-PREFIX

A key is named by its ID (from list, or the API) or by the first 12 characters it starts with ("trk_…").
New keys are printed once; only their hashes are stored. A revoked key fails at once on every server.`;

async function org(em: EntityManager, creditCode: string | undefined): Promise<Organization> {
  if (!creditCode) throw new Error('--org CREDITCODE is needed.');
  const found = await em.findOne(Organization, { creditCode: creditCode.trim().toUpperCase() });
  if (!found) throw new Error(`No organization has credit code ${creditCode}.`);
  return found;
}

/** The global ID of the key named by its global ID, UUID or prefix. */
async function keyId(em: EntityManager, name: string | undefined): Promise<string> {
  if (!name) throw new Error('--key ID-OR-PREFIX is needed.');
  const byPrefix = name.startsWith('trk_') ? await em.find(ApiKey, { prefix: name.slice(0, 12) }) : [];
  if (byPrefix.length > 1)
    throw new Error(`${byPrefix.length} keys start with ${name.slice(0, 12)}: name one by its ID.`);
  if (byPrefix.length === 1) return byPrefix[0].globalId;
  if (/^[0-9a-f-]{36}$/i.test(name)) {
    const k = await em.findOne(ApiKey, { id: name.toLowerCase() });
    if (k) return k.globalId;
  }
  return name;
}

const describeKey = (k: ApiKey) =>
  `${k.globalId}  ${k.prefix}…  ${k.scope.padEnd(5)}  ${isActive(k) ? 'active ' : 'inactive'}  last used ${k.lastUsedAt?.toISOString() ?? 'never'}${k.expiresAt ? `  ends ${k.expiresAt.toISOString()}` : ''}${k.revokedAt ? `  revoked ${k.revokedAt.toISOString()}` : ''}  ${k.label}`;

{
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      scope: { type: 'string' },
      label: { type: 'string' },
      key: { type: 'string' },
      grace: { type: 'string' },
      all: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (values.help || !['list', 'create', 'rotate', 'revoke'].includes(command ?? '')) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  runOperatorCommand(async (em) => {
    switch (command) {
      case 'list':
        for (const k of await listApiKeys(em, (await org(em, values.org)).id, values.all ?? false))
          console.log(describeKey(k));
        break;
      case 'create': {
        const scope = (values.scope ?? '').toUpperCase() as ApiKeyScope;
        if (!Object.values(ApiKeyScope).includes(scope))
          throw new Error(`--scope must be one of ${Object.values(ApiKeyScope).join(', ')}.`);
        const { key, apiKey } = await createApiKey(em, await org(em, values.org), values.label ?? '', scope);
        console.log(`Created ${apiKey.globalId} (${scope}). The key, shown once: ${key}`);
        break;
      }
      case 'rotate': {
        const grace = Number(values.grace ?? 0);
        const { key, apiKey, previous } = await rotateApiKey(em, null, await keyId(em, values.key), grace);
        console.log(
          `Rotated ${previous.globalId}: ${previous.revokedAt ? 'revoked now' : `works until ${previous.expiresAt!.toISOString()}`}.`,
        );
        console.log(`New key ${apiKey.globalId} (${apiKey.scope}), shown once: ${key}`);
        break;
      }
      case 'revoke': {
        const k = await revokeApiKey(em, null, await keyId(em, values.key));
        console.log(`Revoked ${k.globalId} (${k.prefix}…, ${k.label}) at ${k.revokedAt!.toISOString()}.`);
        break;
      }
    }
  });
}
