import { Migration } from '@mikro-orm/migrations';

/**
 * People who sign in to the staff console: a person of one organization with a role, one-time
 * invitation links, server-side sessions, passkeys with their single-use challenges, and the
 * append-only account log (sign-ins, refusals, sign-outs, changes to people). The personal-data access
 * log learns which person read, when a person did.
 */
export class Migration20261202000000People extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "account_event" (
      "id" uuid not null,
      "at" timestamptz not null,
      "organization_id" uuid null,
      "person_id" uuid null,
      "kind" text check ("kind" in ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGNED_OUT', 'INVITED', 'LINK_ISSUED', 'PASSWORD_SET', 'PASSWORD_CHANGED', 'PASSKEY_ADDED', 'PASSKEY_REMOVED', 'ROLE_CHANGED', 'SUSPENDED', 'REACTIVATED', 'SESSIONS_ENDED')) not null,
      "method" text check ("method" in ('PASSWORD', 'PASSKEY', 'INVITATION')) null,
      "failure" text check ("failure" in ('WRONG_PASSWORD', 'UNKNOWN_LOGIN', 'NOT_ACTIVE', 'UNKNOWN_PASSKEY', 'PASSKEY_REFUSED', 'TOO_MANY_ATTEMPTS')) null,
      "login" text null,
      "ip" text null,
      "user_agent" text null,
      "actor_name" text null,
      "actor_person_id" uuid null,
      "actor_key_id" uuid null,
      "detail" text null,
      constraint "account_event_pkey" primary key ("id"));`);
    this.addSql(`create index "account_event_person_id_at_index" on "account_event" ("person_id", "at");`);
    this.addSql(`create index "account_event_organization_id_at_index" on "account_event" ("organization_id", "at");`);
    this.addSql(`create table "auth_challenge" (
      "id" uuid not null,
      "challenge" text not null,
      "purpose" text not null,
      "person_id" uuid null,
      "expires_at" timestamptz not null,
      constraint "auth_challenge_pkey" primary key ("id"));`);
    this.addSql(`create index "auth_challenge_expires_at_index" on "auth_challenge" ("expires_at");`);
    this.addSql(`create table "person" (
      "id" uuid not null,
      "organization_id" uuid not null,
      "name" text not null,
      "login" text not null,
      "role" text check ("role" in ('ADMIN', 'STAFF', 'VIEWER')) not null,
      "status" text check ("status" in ('INVITED', 'ACTIVE', 'SUSPENDED')) not null default 'INVITED',
      "password_hash" text null,
      "lang" text null,
      "created_at" timestamptz not null,
      "activated_at" timestamptz null,
      "suspended_at" timestamptz null,
      "last_sign_in_at" timestamptz null,
      constraint "person_pkey" primary key ("id"));`);
    this.addSql(`create index "person_organization_id_index" on "person" ("organization_id");`);
    this.addSql(`alter table "person" add constraint "person_login_unique" unique ("login");`);
    this.addSql(`create table "passkey" (
      "id" uuid not null,
      "person_id" uuid not null,
      "credential_id" text not null,
      "public_key" bytea not null,
      "counter" bigint not null default 0,
      "transports" text[] not null,
      "name" text not null,
      "device_type" text not null,
      "backed_up" boolean not null default false,
      "created_at" timestamptz not null,
      "last_used_at" timestamptz null,
      constraint "passkey_pkey" primary key ("id"));`);
    this.addSql(`create index "passkey_person_id_index" on "passkey" ("person_id");`);
    this.addSql(`alter table "passkey" add constraint "passkey_credential_id_unique" unique ("credential_id");`);
    this.addSql(`create table "person_invitation" (
      "id" uuid not null,
      "person_id" uuid not null,
      "token_hash" varchar(64) not null,
      "created_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      "withdrawn_at" timestamptz null,
      constraint "person_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "person_invitation_person_id_index" on "person_invitation" ("person_id");`);
    this.addSql(
      `alter table "person_invitation" add constraint "person_invitation_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create table "person_session" (
      "id" uuid not null,
      "token_hash" varchar(64) not null,
      "person_id" uuid not null,
      "csrf_token" text not null,
      "method" text check ("method" in ('PASSWORD', 'PASSKEY', 'INVITATION')) not null,
      "created_at" timestamptz not null,
      "last_seen_at" timestamptz not null,
      "expires_at" timestamptz not null,
      "ended_at" timestamptz null,
      "ended_reason" text null,
      "ip" text not null,
      "user_agent" text not null,
      constraint "person_session_pkey" primary key ("id"));`);
    this.addSql(
      `alter table "person_session" add constraint "person_session_token_hash_unique" unique ("token_hash");`,
    );
    this.addSql(`create index "person_session_person_id_index" on "person_session" ("person_id");`);
    this.addSql(
      `alter table "person" add constraint "person_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "passkey" add constraint "passkey_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "person_invitation" add constraint "person_invitation_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "person_session" add constraint "person_session_person_id_foreign" foreign key ("person_id") references "person" ("id") on update cascade on delete cascade;`,
    );
    // The account log is a record: nobody edits it, not even through the API's own connection.
    this.addSql(
      `create trigger account_event_append_only before update or delete on "account_event" for each row execute function refuse_change();`,
    );
    this.addSql(
      `create trigger account_event_no_truncate before truncate on "account_event" for each statement execute function refuse_change();`,
    );
    this.addSql(`alter table "personal_data_access" add column "person_id" uuid null;`);
    this.addSql(`alter table "personal_data_access" alter column "api_key_id" drop not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "personal_data_access" drop column if exists "person_id";`);
    for (const table of [
      'account_event',
      'auth_challenge',
      'passkey',
      'person_session',
      'person_invitation',
      'person',
    ]) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
  }
}
