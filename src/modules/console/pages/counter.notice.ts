import { ConsoleEventDocument } from '../../../generated/operations';
import { Html, html } from '../../scan/html';
import type { SignedInRequest } from '../console.page';
import { amount } from './counter.record';
import { COUNTER, fill } from './counter.texts';

/**
 * The "done" line after a receipt, a sale or an acknowledgement (the form redirects to the page with
 * `?received=`, `?sold=` or `?acknowledged=`): read back through the API, so the line says what was
 * recorded, not what an address claims.
 */
export async function doneNotice(c: SignedInRequest): Promise<Html | null> {
  const t = COUNTER[c.lang];
  const number = c.query.acknowledged;
  if (number && /^[A-Z]{2}-\d{4}-\d{4,}$/.test(number)) {
    return html`<p class="notice" role="status">${fill(t.acknowledged, { number })}</p>`;
  }
  const id = c.query.received ?? c.query.sold;
  if (!id || id.length > 100) return null;
  const { node } = await c.gql(ConsoleEventDocument, { id });
  const wanted = c.query.received ? 'RECEIVED' : 'SOLD';
  if (node?.__typename !== 'CustodyEvent' || node.type !== wanted) return null;
  const text = fill(wanted === 'RECEIVED' ? t.received : t.sold, {
    lot: node.lot.lotNumber,
    n: amount(c.lang, node.quantity, node.lot.unit),
    location: node.location.name,
  });
  return html`<p class="notice" role="status">${text}</p>`;
}
