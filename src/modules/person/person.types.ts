import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionOf } from '../../common/connection';
import { PageArgs } from '../../common/page-args';
import { AccountEvent } from '../auth/account-event.entity';
import { Person } from './person.entity';
import { PersonRole } from './person.enums';
import { PersonError } from './person.errors';

@InputType('PersonInviteInput', { description: 'A person to invite to the calling organization.' })
export class PersonInviteInput {
  @Field(() => String, { description: 'Full name, 1 to 100 characters.' })
  name!: string;
  @Field(() => String, {
    description:
      'What they will sign in with: a mobile number or an e-mail address (unique). No message is sent to it.',
  })
  login!: string;
  @Field(() => PersonRole, { description: 'What they may do. Give each person the least they need.' })
  role!: PersonRole;
}

@ObjectType('PersonLinkPayload', {
  description: 'Result of `personInvite` and `personLinkIssue`: the person and their one-time link.',
})
export class PersonLinkPayload {
  @Field(() => Person, { nullable: true, description: 'The person; null when refused.' })
  person?: Person | null;
  @Field(() => String, {
    nullable: true,
    description:
      'The one-time link that lets the person set a password, shown this once: pass it on yourself (no message is ' +
      'sent). It works once, until `linkExpiresAt`.',
  })
  link?: string | null;
  @Field(() => Date, { nullable: true, description: 'When the link stops working.' })
  linkExpiresAt?: Date | null;
  @Field(() => [PersonError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof PersonError>[];
}

@ObjectType('PersonPayload', { description: 'Result of a change to a person.' })
export class PersonPayload {
  @Field(() => Person, { nullable: true, description: 'The person as changed; null when refused.' })
  person?: Person | null;
  @Field(() => [PersonError], { description: 'Why it was refused; empty on success.' })
  errors!: InstanceType<typeof PersonError>[];
}

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also list suspended people.' })
  includeSuspended!: boolean;
}

@ArgsType()
export class AccountEventsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this person's entries." })
  person?: string | null;
}

export const PersonConnection = connectionOf('Person', Person, 'person');
export const AccountEventConnection = connectionOf('AccountEvent', AccountEvent, 'account log entry');
