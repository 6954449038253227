import type { ConsoleModule } from './console.page';
import { accountModule } from './pages/account.page';
import { homeModule } from './pages/home.page';
import { keysModule } from './pages/keys.page';
import { peopleModule } from './pages/people.page';
import { signInLogModule } from './pages/sign-in-log.page';
import { signInModule } from './pages/sign-in.page';
import { scopeModule } from './pages/scope.page';
import { overviewModule } from './pages/overview.page';

/** Every page family of the console. A new page: write its module under pages/ and add it here (see README.md). */
export const CONSOLE_MODULES: ConsoleModule[] = [
  signInModule,
  homeModule,
  accountModule,
  peopleModule,
  keysModule,
  signInLogModule,
  overviewModule,
  scopeModule,
];
