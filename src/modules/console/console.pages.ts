import type { ConsoleModule } from './console.page';
import { accountModule } from './pages/account.page';
import { commitmentModule } from './pages/commitment.page';
import { complaintsModule } from './pages/complaints.page';
import { counterModule } from './pages/counter.page';
import { homeModule } from './pages/home.page';
import { keysModule } from './pages/keys.page';
import { lotsModule } from './pages/lots.page';
import { labelsModule } from './pages/labels.page';
import { uploadModule } from './pages/upload.page';
import { peopleModule } from './pages/people.page';
import { productsModule } from './pages/products.page';
import { recallNoticeModule } from './pages/recall-notice.page';
import { recallsModule } from './pages/recalls.page';
import { regComplaintsModule } from './pages/reg-complaints.page';
import { ledgerModule } from './pages/ledger.page';
import { purchasersModule } from './pages/purchasers.page';
import { signInLogModule } from './pages/sign-in-log.page';
import { signInModule } from './pages/sign-in.page';
import { stockModule } from './pages/stock.page';
import { scopeModule } from './pages/scope.page';
import { overviewModule } from './pages/overview.page';
import { spotChecksModule } from './pages/spot-checks.page';
import { spotChecksListModule } from './pages/spot-checks-list.page';

/** Every page family of the console. A new page: write its module under pages/ and add it here (see README.md). */
export const CONSOLE_MODULES: ConsoleModule[] = [
  signInModule,
  homeModule,
  accountModule,
  peopleModule,
  keysModule,
  signInLogModule,
  counterModule,
  stockModule,
  lotsModule,
  complaintsModule,
  commitmentModule,
  productsModule,
  recallsModule,
  recallNoticeModule,
  regComplaintsModule,
  labelsModule,
  uploadModule,
  ledgerModule,
  purchasersModule,
  overviewModule,
  scopeModule,
  spotChecksModule,
  spotChecksListModule,
];
