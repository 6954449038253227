import { defineUserError } from '../../common/user-error';

export const PersonError = defineUserError(
  'Person',
  {
    INVALID_NAME: 'The name must be 1 to 100 characters.',
    INVALID_LOGIN: 'The login must be a mobile number or an e-mail address.',
    LOGIN_TAKEN: 'Another person already signs in with this login.',
    LAST_ADMIN:
      "The organization's last active ADMIN cannot be suspended or lose the role: make another person ADMIN first.",
    SUSPENDED: 'The person is suspended: reactivate them first.',
    NOT_SUSPENDED: 'The person is not suspended.',
  },
  'person',
);
