import { html, type Html } from '../scan/html';
import { digitalLinkOf } from '../lot/digital-link';
import type { AlertContent } from './alert.content';
import { Language } from './alert.enums';
import { ALERT_ENUM_WORDS, ALERT_WORDS } from './alert.i18n';

/** The links every alert carries, built on PUBLIC_BASE_URL. */
export interface AlertLinks {
  /** Confirms the alert was read, and shows what to do. */
  read: string;
  /** Stops alerts for the purchase (and deletes the contact). */
  stop: string;
  /** The lot's public page with the recall banner (the recall's public notice). */
  recall: string;
}

export function alertLinks(baseUrl: string, c: Pick<AlertContent, 'token' | 'lot' | 'language'>): AlertLinks {
  const token = encodeURIComponent(c.token ?? '');
  return {
    read: `${baseUrl}/a/${token}`,
    stop: `${baseUrl}/a/${token}/stop`,
    recall: `${digitalLinkOf(baseUrl, c.lot.gtin, c.lot.lotNumber)}?lang=${c.language}`,
  };
}

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

const pick = (lang: Language, zh: string, en: string | null) => (lang === Language.EN && en ? en : zh);

/** The parts of an alert in the registrant's language, shared by the e-mail's text and HTML. */
function parts(c: AlertContent) {
  const t = ALERT_WORDS[c.language];
  const words = ALERT_ENUM_WORDS[c.language];
  const product = pick(c.language, c.lot.product, c.lot.productEn);
  const sellers = c.whereToGo.sellers.map((s) => ({
    name: pick(c.language, s.name, s.nameEn),
    stores: s.stores.join(c.language === Language.ZH ? '、' : ', '),
    detail: `${t.seller(s.hotline, s.responseHours)}; ${s.remedies.map((r) => words[r] ?? r).join(' / ')}`,
  }));
  const producer = c.whereToGo.producer;
  return {
    t,
    product,
    intro: t.intro(product, c.lot.gtin, c.lot.lotNumber),
    recalled: t.recalled(c.recall.number, c.recall.kind, pick(c.language, c.recall.initiator, c.recall.initiatorEn)),
    facts: [
      [t.hazard, c.recall.hazard],
      ...(c.recall.gbClause ? [[t.clause, c.recall.gbClause]] : []),
      [t.whatToDo, c.recall.consumerInstructions],
      [t.remedy, c.recall.remedies.map((r) => words[r] ?? r).join(' / ')],
    ] as [string, string][],
    sellers,
    producer: sellers.length
      ? null
      : `${t.producer}: ${pick(c.language, producer.name, producer.nameEn)}` +
        `${producer.address ? `, ${producer.address}` : ''}`,
  };
}

/** The e-mail: plain text and the same in simple HTML (every value escaped). */
export function emailMessage(c: AlertContent, links: AlertLinks): EmailMessage {
  const p = parts(c);
  const { t } = p;
  const text = [
    t.greeting,
    '',
    p.intro,
    p.recalled,
    '',
    ...p.facts.map(([k, v]) => `${k}: ${v}`),
    '',
    `${t.whereToGo}:`,
    ...p.sellers.map((s) => `  - ${s.name} (${t.soldAt} ${s.stores}): ${s.detail}`),
    ...(p.producer ? [`  - ${p.producer}`] : []),
    t.hotline12365,
    '',
    `${t.details}: ${links.recall}`,
    `${t.confirm}: ${links.read}`,
    '',
    `${t.stop}: ${links.stop}`,
    t.why,
    '',
  ].join('\n');
  const body: Html = html`<div
    lang="${c.language === Language.ZH ? 'zh-CN' : 'en'}"
    style="font-family:sans-serif;max-width:40rem"
  >
    <p>${t.greeting}</p>
    <p>${p.intro}</p>
    <p><strong>${p.recalled}</strong></p>
    <dl>
      ${p.facts.map(
        ([k, v]) =>
          html`<dt><strong>${k}</strong></dt>
            <dd>${v}</dd>`,
      )}
    </dl>
    <p><strong>${t.whereToGo}</strong></p>
    <ul>
      ${p.sellers.map((s) => html`<li>${s.name} (${t.soldAt} ${s.stores}): ${s.detail}</li>`)}${
        p.producer ? html`<li>${p.producer}</li>` : null
      }
    </ul>
    <p>${t.hotline12365}</p>
    <p><a href="${links.read}">${t.confirm}</a></p>
    <p>${t.details}: <a href="${links.recall}">${links.recall}</a></p>
    <p style="color:#555;font-size:90%"><a href="${links.stop}">${t.stop}</a><br />${t.why}</p>
  </div>`;
  return {
    subject: t.subject(p.product, c.lot.lotNumber),
    text,
    html: `<!doctype html><html><head><meta charset="utf-8"></head><body>${body.text}</body></html>`,
  };
}

/** An SMS goes out as an approved template: its parameters, short (providers limit each one). */
export function smsParams(c: AlertContent, links: AlertLinks): string[] {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
  return [cut(pick(c.language, c.lot.product, c.lot.productEn), 20), c.lot.lotNumber, c.recall.number, links.read];
}
