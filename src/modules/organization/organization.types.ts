import { Field, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { Location } from './location.entity';
import { Person } from '../person/person.entity';
import { ApiKeyScope, LocationKind } from './organization.enums';
import { Organization } from './organization.entity';
import { OrganizationError } from './organization.errors';

@InputType('LocationCreateInput', { description: 'A new site of the calling organization.' })
export class LocationCreateInput {
  @Field(() => String, { description: 'Name of the site.' })
  name!: string;
  @Field(() => LocationKind, { description: 'What happens there; consumer sales are recorded at STORE locations.' })
  kind!: LocationKind;
  @Field(() => String, { description: 'GB/T 2260 code of the district, e.g. "410105".' })
  regionCode!: string;
  @Field(() => String, { nullable: true, description: 'GS1 GLN of the site (13 digits, check digit verified).' })
  gln?: string | null;
  @Field(() => String, { nullable: true, description: 'Street address.' })
  address?: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Phone number of the site, e.g. "0371-6696 8888": whom a regulator calls in a recall.',
  })
  phone?: string | null;
}

@ObjectType('LocationCreatePayload', { description: 'Result of `locationCreate`.' })
export class LocationCreatePayload {
  @Field(() => Location, { nullable: true, description: 'The new location; null when refused.' })
  location?: Location | null;
  @Field(() => [OrganizationError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof OrganizationError>[];
}

@ObjectType('ViewerInfo', { description: 'Who the API sees as the caller.' })
export class ViewerInfo {
  @Field(() => Organization, {
    nullable: true,
    description: 'The calling organization; null for the public (no API key).',
  })
  organization!: Organization | null;
  @Field(() => ApiKeyScope, {
    nullable: true,
    description: "The key's scope, or the scope of the person's role; null for the public.",
  })
  scope!: ApiKeyScope | null;
  @Field(() => Person, {
    nullable: true,
    description: 'The person signed in to the console; null for API keys and the public.',
  })
  person!: Person | null;
}

export const OrganizationConnection = connectionOf('Organization', Organization, 'organization');
