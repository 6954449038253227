import { viewerOfSession } from '../../auth/session.service';
import { sendScopeSpreadsheet } from '../../scope/scope.export';
import type { Result, SignedInRequest } from '../console.page';

/**
 * The scope explorer's "download": the API's scope spreadsheet (`GET /exports/scope.csv`, the same
 * parameters, rules and limits) answered for the signed-in person as for a key of their role's scope,
 * because a browser link cannot carry an API key. Streamed, never held in memory.
 */
export async function sendConsoleSpreadsheet(c: SignedInRequest): Promise<Result> {
  await sendScopeSpreadsheet(c.em(), c.limiter, viewerOfSession(c.me), c.request, c.reply);
  return { sent: true };
}
