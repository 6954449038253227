import 'reflect-metadata';
import { parseArgs } from 'node:util';
import type { EntityManager } from '@mikro-orm/postgresql';
import { config } from '../config';
import { runOperatorCommand } from './operator';
import { Organization } from '../modules/organization/organization.entity';
import { Person } from '../modules/person/person.entity';
import { PersonRole } from '../modules/person/person.enums';
import {
  changeRole,
  invitePerson,
  issueNewLink,
  LINK_HOURS,
  linkUrl,
  normalizeLogin,
  reactivatePerson,
  suspendPerson,
} from '../modules/person/person.service';

const USAGE = `Usage (operators: the same rules as the API's person* mutations, for any organization):
  npm run person -- invite     --org CREDITCODE --name 姓名 --login LOGIN [--role ${Object.values(PersonRole).join('|')}]   (default ADMIN)
  npm run person -- list       --org CREDITCODE
  npm run person -- link       --login LOGIN      a new one-time link: the invitation again, or a password reset
  npm run person -- role       --login LOGIN --role ${Object.values(PersonRole).join('|')}
  npm run person -- suspend    --login LOGIN      every session of theirs ends at once
  npm run person -- reactivate --login LOGIN

An organization's first ADMIN is invited here; from then on its ADMINs invite people in the console.
A login is a mobile number or an e-mail address. The one-time link (valid ${LINK_HOURS} hours, once) is
printed for you to pass on: no message is sent. Links use PUBLIC_BASE_URL, else http://localhost:PORT.`;

async function org(em: EntityManager, creditCode: string | undefined): Promise<Organization> {
  if (!creditCode) throw new Error('--org CREDITCODE is needed.');
  const found = await em.findOne(Organization, { creditCode: creditCode.trim().toUpperCase() });
  if (!found) throw new Error(`No organization has credit code ${creditCode}.`);
  return found;
}

async function person(em: EntityManager, login: string | undefined): Promise<Person> {
  if (!login) throw new Error('--login LOGIN is needed.');
  const found = await em.findOne(Person, { login: normalizeLogin(login) ?? login.trim().toLowerCase() });
  if (!found) throw new Error(`No person signs in with ${login}.`);
  return found;
}

function role(value: string | undefined, dflt?: PersonRole): PersonRole {
  const r = (value ?? dflt ?? '').toUpperCase() as PersonRole;
  if (!Object.values(PersonRole).includes(r))
    throw new Error(`--role must be one of ${Object.values(PersonRole).join(', ')}.`);
  return r;
}

const baseUrl = () => config().publicBaseUrl ?? `http://localhost:${config().port}`;
const describe = (p: Person) => {
  const lastSignIn = p.lastSignInAt?.toISOString() ?? 'never';
  return `${p.globalId}  ${p.login.padEnd(30)} ${p.role.padEnd(6)} ${p.status.padEnd(9)} last sign-in ${lastSignIn}  ${p.name}`;
};

{
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      name: { type: 'string' },
      login: { type: 'string' },
      role: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  const command = positionals[0];
  if (values.help || !['invite', 'list', 'link', 'role', 'suspend', 'reactivate'].includes(command ?? '')) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const client = { ip: 'operator', userAgent: 'npm run person' };
  runOperatorCommand(async (em) => {
    switch (command) {
      case 'invite': {
        const o = await org(em, values.org);
        const l = await invitePerson(
          em,
          o.id,
          { name: values.name ?? '', login: values.login ?? '', role: role(values.role, PersonRole.ADMIN) },
          null,
          client,
        );
        console.log(
          `Invited ${l.person.name} <${l.person.login}> as ${l.person.role} of ${o.name}: ${l.person.globalId}`,
        );
        console.log(
          `One-time link (works once, until ${l.expiresAt.toISOString()}), shown once: ${linkUrl(baseUrl(), l.token)}`,
        );
        break;
      }
      case 'list':
        for (const p of await em.find(
          Person,
          { organization: (await org(em, values.org)).id },
          { orderBy: { name: 'asc' } },
        ))
          console.log(describe(p));
        break;
      case 'link': {
        const l = await issueNewLink(em, null, (await person(em, values.login)).globalId, null, client);
        const until = l.expiresAt.toISOString();
        console.log(
          `One-time link for ${l.person.login} (works once, until ${until}), shown once: ${linkUrl(baseUrl(), l.token)}`,
        );
        break;
      }
      case 'role': {
        const p = await changeRole(
          em,
          null,
          (await person(em, values.login)).globalId,
          role(values.role),
          null,
          client,
        );
        console.log(`${p.login} is now ${p.role}.`);
        break;
      }
      case 'suspend': {
        const p = await suspendPerson(em, null, (await person(em, values.login)).globalId, null, client);
        console.log(`${p.login} is suspended; every session of theirs has ended.`);
        break;
      }
      case 'reactivate': {
        const p = await reactivatePerson(em, null, (await person(em, values.login)).globalId, null, client);
        console.log(`${p.login} is ${p.status}.`);
        break;
      }
    }
  });
}
