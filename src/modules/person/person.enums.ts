import { registerEnumType } from 'type-graphql';
import { ApiKeyScope } from '../organization/organization.enums';

export enum PersonRole {
  ADMIN = 'ADMIN',
  STAFF = 'STAFF',
  VIEWER = 'VIEWER',
}
registerEnumType(PersonRole, {
  name: 'PersonRole',
  description: "What a person may do for their organization in the console: the same reach as an API key's scope.",
  valuesConfig: {
    ADMIN: { description: 'Everything, including people, API keys and the commitment (as an ADMIN key).' },
    STAFF: { description: 'Reads and records events (as a WRITE key).' },
    VIEWER: { description: 'Reads only (as a READ key).' },
  },
});

/** The key scope of the same reach as each role: a person acts through the API with it. */
export const SCOPE_OF_ROLE: Record<PersonRole, ApiKeyScope> = {
  [PersonRole.ADMIN]: ApiKeyScope.ADMIN,
  [PersonRole.STAFF]: ApiKeyScope.WRITE,
  [PersonRole.VIEWER]: ApiKeyScope.READ,
};

export enum PersonStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(PersonStatus, {
  name: 'PersonStatus',
  description: 'Whether a person can sign in.',
  valuesConfig: {
    INVITED: { description: 'Invited; has not set a password yet.' },
    ACTIVE: { description: 'Can sign in.' },
    SUSPENDED: { description: 'Cannot sign in; every session ended when suspended.' },
  },
});

export enum SignInMethod {
  PASSWORD = 'PASSWORD',
  PASSKEY = 'PASSKEY',
  INVITATION = 'INVITATION',
}
registerEnumType(SignInMethod, {
  name: 'SignInMethod',
  description: 'How a person signed in.',
  valuesConfig: {
    PASSWORD: { description: 'Login and password.' },
    PASSKEY: { description: 'A passkey (WebAuthn).' },
    INVITATION: { description: 'By setting a password from a one-time link (an invitation or a password reset).' },
  },
});

export enum AccountEventKind {
  SIGNED_IN = 'SIGNED_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  SIGNED_OUT = 'SIGNED_OUT',
  INVITED = 'INVITED',
  LINK_ISSUED = 'LINK_ISSUED',
  PASSWORD_SET = 'PASSWORD_SET',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSKEY_ADDED = 'PASSKEY_ADDED',
  PASSKEY_REMOVED = 'PASSKEY_REMOVED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  SUSPENDED = 'SUSPENDED',
  REACTIVATED = 'REACTIVATED',
  SESSIONS_ENDED = 'SESSIONS_ENDED',
}
registerEnumType(AccountEventKind, {
  name: 'AccountEventKind',
  description: "What happened to a person's account.",
  valuesConfig: {
    SIGNED_IN: { description: 'Signed in (see `method`).' },
    SIGN_IN_FAILED: { description: 'A sign-in was refused (see `failure`).' },
    SIGNED_OUT: { description: 'Signed out.' },
    INVITED: { description: 'Invited by an ADMIN or an operator.' },
    LINK_ISSUED: {
      description:
        'A new one-time link was issued (an invitation again, or a password reset); earlier links stopped working.',
    },
    PASSWORD_SET: { description: 'Set a password from a one-time link.' },
    PASSWORD_CHANGED: { description: 'Changed their password; their other sessions ended.' },
    PASSKEY_ADDED: { description: 'Added a passkey.' },
    PASSKEY_REMOVED: { description: 'Removed a passkey.' },
    ROLE_CHANGED: { description: 'Their role was changed (see `detail`).' },
    SUSPENDED: { description: 'Suspended; every session ended.' },
    REACTIVATED: { description: 'Allowed to sign in again.' },
    SESSIONS_ENDED: { description: 'Ended their other sessions.' },
  },
});

export enum SignInFailure {
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  UNKNOWN_LOGIN = 'UNKNOWN_LOGIN',
  NOT_ACTIVE = 'NOT_ACTIVE',
  UNKNOWN_PASSKEY = 'UNKNOWN_PASSKEY',
  PASSKEY_REFUSED = 'PASSKEY_REFUSED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
}
registerEnumType(SignInFailure, {
  name: 'SignInFailure',
  description: 'Why a sign-in was refused.',
  valuesConfig: {
    WRONG_PASSWORD: { description: 'The password was wrong.' },
    UNKNOWN_LOGIN: {
      description: "No person has this login (logged without an organization: nobody's ADMIN sees it).",
    },
    NOT_ACTIVE: { description: 'The person is suspended or has not accepted the invitation.' },
    UNKNOWN_PASSKEY: { description: 'The passkey is not registered (or was removed).' },
    PASSKEY_REFUSED: {
      description: "The passkey's answer did not verify (wrong site, replayed or expired challenge).",
    },
    TOO_MANY_ATTEMPTS: {
      description: 'Refused without checking: too many failures for this login or address (HTTP 429).',
    },
  },
});
