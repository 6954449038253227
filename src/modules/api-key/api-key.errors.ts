import { defineUserError } from '../../common/user-error';

export const ApiKeyError = defineUserError(
  'ApiKey',
  {
    INVALID_LABEL: 'The label is empty or longer than 100 characters.',
    INVALID_GRACE_PERIOD: 'The grace period must be between 0 and 604800 seconds (7 days).',
    NOT_ACTIVE: 'The key is already revoked or past its end.',
    LAST_ADMIN_KEY:
      "This is the organization's last active ADMIN key: create another first, or nobody could manage keys.",
  },
  'API key',
);
