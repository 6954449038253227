import { randomUUID } from 'node:crypto';
import {
  ConsoleCustodyRecordDocument,
  type ConsoleCustodyRecordMutation,
  type ConsoleIncomingShipmentFragment,
  type CustodyEventInput,
} from '../../../generated/operations';
import { Html, html } from '../../scan/html';
import { csrfField, field, type FormState, type PayloadError } from '../console.forms';
import { chinaTime, type Lang } from '../console.i18n';
import type { SignedInRequest } from '../console.page';
import { COUNTER, fill, UNITS } from './counter.texts';

/**
 * Receipts and sales from the counter: one custody event each, through `custodyEventsRecord`, with an
 * idempotency key the form carries (a double tap records once), and the shipment card both Today and the
 * scanning page show.
 */

export type RecordPayload = ConsoleCustodyRecordMutation['custodyEventsRecord'];

/** A quantity as typed: digits, at most 3 decimals, over 0; else null (the INVALID_QUANTITY of the API, at the edge). */
export function quantityOf(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(',', '.');
  if (!/^\d{1,12}(\.\d{1,3})?$/.test(t)) return null;
  const n = Number(t);
  return n > 0 ? n : null;
}

/** The key a form carries so that sending it twice records once. */
export function newKey(): string {
  return `console-${randomUUID()}`;
}

/**
 * Records one event now. A key already used means this form was sent before and recorded (a failed call
 * stores nothing, so its key stays unused): that counts as recorded.
 */
export async function recordNow(
  c: SignedInRequest,
  key: string,
  event: Omit<CustodyEventInput, 'occurredAt'>,
): Promise<{ errors: readonly PayloadError[]; again: boolean; eventId: string | null }> {
  const idempotencyKey = /^console-[0-9a-f-]{36}$/.test(key) ? key : newKey();
  const r = (
    await c.gql(ConsoleCustodyRecordDocument, {
      input: { idempotencyKey, events: [{ ...event, occurredAt: new Date().toISOString() }] },
    })
  ).custodyEventsRecord;
  if (r.errors.some((e) => e.code === 'IDEMPOTENCY_KEY_REUSED')) return { errors: [], again: true, eventId: null };
  return { errors: r.errors, again: r.replayed, eventId: r.events?.[0]?.id ?? null };
}

export function productName(lang: Lang, p: { name: string; nameEn?: string | null }): string {
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}

export function orgName(lang: Lang, o: { name: string; nameEn?: string | null }): string {
  return lang === 'en' && o.nameEn ? o.nameEn : o.name;
}

/** An amount with the lot's unit: "24 件", "24 pcs". */
export function amount(lang: Lang, n: number, unit: string): string {
  return `${n.toLocaleString('en-US', { maximumFractionDigits: 3 })} ${UNITS[lang][unit as keyof (typeof UNITS)['zh']] ?? unit}`;
}

/**
 * A shipment on its way, with the receive form (for people who record): all of it in one tap, or the
 * quantity counted. `state` holds what was typed and its errors when the form comes back refused.
 */
export function shipmentCard(
  c: SignedInRequest,
  s: ConsoleIncomingShipmentFragment,
  opts: { back: string; mayRecord: boolean; state?: FormState },
): Html {
  const t = COUNTER[c.lang];
  const left = s.quantityToReceive ?? s.quantity;
  const unit = s.lot.unit;
  const id = `s-${s.id.replace(/[^A-Za-z0-9]/g, '')}`;
  const state = opts.state ?? { values: { quantity: '' }, errors: {}, general: [] };
  const form = opts.mayRecord
    ? html`<form method="post" action="/console/shipments/${s.id}/receive" aria-label="${t.receiveCounted}">
${csrfField(c)}<input type="hidden" name="key" value="${newKey()}"><input type="hidden" name="back" value="${opts.back}">
${state.general.length ? html`<p class="error" role="alert">${state.general.join(' ')}</p>` : null}
<div class="actions"><button type="submit" name="how" value="all">${fill(t.receiveAll, { n: amount(c.lang, left, unit) })}</button></div>
${field(state, { name: 'quantity', label: t.counted, hint: t.countedHint, inputmode: 'decimal', form: id, autocomplete: 'off' })}
<div class="actions"><button type="submit" name="how" value="counted" class="secondary">${t.receiveCounted}</button></div>
</form>`
    : null;
  return html`<li id="${id}"><h3>${productName(c.lang, s.lot.product)}</h3>
<dl><dt>${t.lot}</dt><dd>${s.lot.lotNumber}</dd>
<dt>${t.toReceive}</dt><dd><strong>${amount(c.lang, left, unit)}</strong></dd>
<dt>${t.from}</dt><dd>${orgName(c.lang, s.organization)}</dd>
<dt>${t.to}</dt><dd>${s.counterpartyLocation?.name ?? ''}</dd>
<dt>${t.shippedAt}</dt><dd>${chinaTime(s.occurredAt)}</dd>
${s.referenceDocument ? html`<dt>${t.reference}</dt><dd>${s.referenceDocument}</dd>` : null}</dl>${form}</li>`;
}
