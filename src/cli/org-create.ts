import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { runOperatorCommand } from './operator';
import { createApiKey } from '../modules/api-key/api-key.service';
import { ApiKeyScope, LocationKind, OrganizationRole } from '../modules/organization/organization.enums';
import { Organization } from '../modules/organization/organization.entity';
import { createLocation, createOrganization } from '../modules/organization/organization.service';

const USAGE = `Usage:
  npm run org:create -- --name 名称 --credit-code 18CHARS --roles PRODUCER[,SUPPLIER] --region 410100
                        [--name-en "English name"] [--gln 13DIGITS] [--address ...] [--phone ...]
                        [--location "name|KIND|region[|gln[|address[|phone]]]"]...
                        (KIND: ${Object.values(LocationKind).join(', ')})
  npm run org:create -- --key-for CREDITCODE [--label text] [--scope ${Object.values(ApiKeyScope).join('|')}]

Creates an organization with its locations and an ADMIN API key, or a further key of an existing one.
The key is printed once; only its hash is stored.`;

{
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      'name-en': { type: 'string' },
      'credit-code': { type: 'string' },
      roles: { type: 'string' },
      region: { type: 'string' },
      gln: { type: 'string' },
      address: { type: 'string' },
      phone: { type: 'string' },
      location: { type: 'string', multiple: true },
      'key-for': { type: 'string' },
      label: { type: 'string' },
      scope: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || (!values['key-for'] && !values.name)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const scope = (values.scope ?? 'ADMIN').toUpperCase() as ApiKeyScope;
  if (!Object.values(ApiKeyScope).includes(scope)) {
    console.error(`--scope must be one of ${Object.values(ApiKeyScope).join(', ')}`);
    process.exit(2);
  }
  runOperatorCommand(async (em) => {
    let org: Organization;
    if (values['key-for']) {
      const found = await em.findOne(Organization, { creditCode: values['key-for'].toUpperCase() });
      if (!found) throw new Error(`No organization has credit code ${values['key-for']}.`);
      org = found;
    } else {
      const roles = (values.roles ?? '')
        .split(',')
        .map((r) => r.trim().toUpperCase())
        .filter(Boolean);
      const bad = roles.filter((r) => !Object.values(OrganizationRole).includes(r as OrganizationRole));
      if (bad.length)
        throw new Error(`Unknown role(s) ${bad.join(', ')}; roles are ${Object.values(OrganizationRole).join(', ')}.`);
      org = await createOrganization(em, {
        name: values.name!,
        nameEn: values['name-en'] ?? null,
        creditCode: values['credit-code'] ?? '',
        roles: roles as OrganizationRole[],
        regionCode: values.region ?? '',
        gln: values.gln ?? null,
        address: values.address ?? null,
        phone: values.phone ?? null,
      });
      for (const [i, spec] of (values.location ?? []).entries()) {
        const [name, kind, regionCode, gln, address, phone] = spec.split('|');
        if (!Object.values(LocationKind).includes(kind as LocationKind))
          throw new Error(`--location ${i + 1}: KIND must be one of ${Object.values(LocationKind).join(', ')}.`);
        const site = {
          name,
          kind: kind as LocationKind,
          regionCode,
          gln: gln || null,
          address: address || null,
          phone: phone || null,
        };
        const loc = await createLocation(em, org.id, site, ['location', i]);
        console.log(`Location ${loc.name}: ${loc.globalId}`);
      }
      console.log(`Organization ${org.name}: ${org.globalId}`);
    }
    const { key } = await createApiKey(em, org, values.label ?? 'created by org:create', scope);
    console.log(`API key (${scope}), shown once: ${key}`);
  });
}
