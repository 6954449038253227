/** The page a consumer follows a complaint on, by its tracking code; and what it says when the code leads nowhere. */
import type { Complaint, ComplaintAnswer } from '../complaint/complaint.entity';
import { isOverdue } from '../complaint/complaint.service';
import { html } from './html';
import { fill, fillText, localText, timeTag } from './scan.format';
import { ENUM_WORDS, WORDS } from './scan.i18n';
import { followForm, messagePage, type PageContext } from './scan.page';

/** The complaint with its answers (never the contact); `lotHref` is its lot's scan page. */
export function complaintPage(pc: PageContext, c: Complaint, answers: ComplaintAnswer[], lotHref: string): string {
  const { lang } = pc;
  const t = WORDS[lang];
  const words = ENUM_WORDS[lang];
  const product = c.lot.product;
  const answer = (a: ComplaintAnswer) =>
    html`<li><strong>${words[a.status]}</strong> ${timeTag(a.at, lang)}<br>${localText(lang, a.message)}</li>`;
  return messagePage(
    pc,
    `${t.complaint} ${c.trackingCode}`,
    html`<section aria-labelledby="c-title">${''}<h1 id="c-title">${t.complaint} <span class="code">${c.trackingCode}</span></h1>
<dl><dt>${t.status}</dt><dd><strong>${words[c.status]}</strong>${c.remedy ? ` (${words[c.remedy]})` : ''}</dd>
<dt>${t.product}</dt><dd><a href="${lotHref}?lang=${lang}">${localText(lang, product.name, product.nameEn)}</a>${''} · ${t.lot} ${c.lot.lotNumber}</dd>
<dt>${t.category}</dt><dd>${words[c.category]}</dd>
<dt>${t.responsible}</dt><dd>${localText(lang, c.responsible.name, c.responsible.nameEn)}</dd>
<dt>${t.dueBy}</dt><dd>${timeTag(c.responseDueAt, lang)}${
      isOverdue(c) ? html` <span class="warn">(${t.overdue})</span>` : null
    }</dd></dl>
<h2>${t.description}</h2><p>${c.description}</p><h2>${t.answers}</h2>${
      answers.length ? html`<ol>${answers.map(answer)}</ol>` : html`<p>${t.noAnswers}</p>`
    }<p class="muted">${t.complaintFiledText}</p></section>`,
  );
}

/** 404: a well-formed tracking code that no complaint has; the form again to correct it. */
export function unknownComplaintPage(pc: PageContext, code: string): string {
  const t = WORDS[pc.lang];
  return messagePage(pc, fillText(t.unknownComplaint, { code }), [
    html`<section aria-labelledby="e-title"><h1 id="e-title">${fill(t.unknownComplaint, { code })}</h1>${''}<p>${t.unknownComplaintHint}</p></section>`,
    followForm(pc.lang, code),
  ]);
}

/** 400: what was typed is no tracking code; the form again with what was typed and why it is wrong. */
export function badTrackingCodePage(pc: PageContext, typed: string): string {
  const t = WORDS[pc.lang];
  return messagePage(pc, t.follow, followForm(pc.lang, typed, t.badTrackingCode));
}
