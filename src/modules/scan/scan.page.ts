/**
 * The consumer scan page, server-rendered: mobile first, no script at all (it works the same with
 * JavaScript off), one small inline style sheet, semantic sections with headings, labelled form fields,
 * and colours that keep at least 4.5:1 contrast. Forms post to /scan/… and answer with a page.
 */
import type {
  ScanLotQuery,
  ScanProductQuery,
  ScanRecallFragment,
  ScanRegionFragment,
} from '../../generated/operations';
import { Html, html } from './html';
import { ageRange, dateTag, fill, localText, regionText } from './scan.format';
import { traceSection } from './scan.trace';
import { ENUM_WORDS, WORDS, type Lang } from './scan.i18n';

type LotView = NonNullable<ScanLotQuery['lot']>;
type ProductView = NonNullable<ScanProductQuery['product']>;

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;color:#1a1a1a;background:#f6f6f4}
main,header,footer,.top{max-width:40rem;margin:0 auto;padding:0 1rem}header{display:flex;justify-content:space-between;align-items:center;padding-top:.75rem}
a{color:#0b4f9c}.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.5rem}
section{background:#fff;border-radius:.5rem;padding:.75rem 1rem;margin:.75rem 0;border:1px solid #deded8}
h1{font-size:1.4rem;margin:.25rem 0}h2{font-size:1.1rem;margin:.25rem 0 .5rem}h3{font-size:1rem;margin:.75rem 0 .25rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.15rem .75rem;margin:.25rem 0}dt{color:#555}dd{margin:0}
ul{padding-left:1.2rem;margin:.25rem 0}table{border-collapse:collapse;width:100%;font-size:.95rem}td,th{text-align:left;padding:.2rem .3rem;border-bottom:1px solid #e4e4e0;vertical-align:top}
.recall{background:#b00020;color:#fff;border:0}.recall h2,.recall a,.recall dt{color:#fff}.recall dt{font-weight:600}
.ok{color:#1d6b2f}.warn{color:#8a1c00;font-weight:600}.muted{color:#555;font-size:.92rem}
label{display:block;margin:.5rem 0 .15rem;font-weight:600}input[type=text],input[type=tel],select,textarea{width:100%;font:inherit;padding:.45rem;border:1px solid #767676;border-radius:.3rem;background:#fff}
.check{display:flex;gap:.5rem;align-items:flex-start;font-weight:400}.check input{margin-top:.35rem}
button{font:inherit;margin-top:.75rem;padding:.5rem 1.25rem;border:0;border-radius:.3rem;background:#0b4f9c;color:#fff}
.errors{border:2px solid #b00020}details{border-top:1px solid #e4e4e0;padding:.4rem 0}summary{cursor:pointer}.code{font:600 1.3rem ui-monospace,monospace;letter-spacing:.08em}`;

export interface PageContext {
  lang: Lang;
  /** This page's path and query without `lang`, for the language switch. */
  selfPath: string;
}

function w(lang: Lang) {
  return WORDS[lang];
}

function e(lang: Lang, value: string): string {
  return ENUM_WORDS[lang][value] ?? value;
}

function pick(lang: Lang, zh: string, en: string | null | undefined): string {
  return lang === 'en' && en ? en : zh;
}

function switchHref(pc: PageContext): string {
  const other = pc.lang === 'zh' ? 'en' : 'zh';
  return `${pc.selfPath}${pc.selfPath.includes('?') ? '&' : '?'}lang=${other}`;
}

function layout(pc: PageContext, title: string, body: Html | Html[], banner: Html | null = null): string {
  const t = w(pc.lang);
  return `<!doctype html>${html`<html lang="${pc.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title}</title><style>${new Html(STYLE)}</style></head><body><a class="skip" href="#main">${t.skip}</a><header><span class="muted">${t.title}</span><a href="${switchHref(pc)}" hreflang="${pc.lang === 'zh' ? 'en' : 'zh'}" lang="${pc.lang === 'zh' ? 'en' : 'zh'}">${t.lang}</a></header>${banner}<main id="main">${body}</main><footer><p class="muted">${t.hotline12365}</p></footer></body></html>`.text}`;
}

function recallBanner(lang: Lang, recalls: ScanRecallFragment[]): Html | null {
  if (recalls.length === 0) return null;
  const t = w(lang);
  const one = (r: ScanRecallFragment) =>
    html`<dl><dt>${t.recallNumber}</dt>${''}<dd>${r.number} (${e(lang, r.kind)})</dd>${''}<dt>${t.hazard}</dt><dd>${localText(lang, r.hazard, r.hazardEn)}</dd>${''}<dt>${t.whatToDo}</dt><dd>${localText(lang, r.consumerInstructions, r.consumerInstructionsEn)}</dd>${''}<dt>${t.remedy}</dt><dd>${r.remedies.map((m) => e(lang, m)).join(' / ')}</dd></dl>${''}<p><a href="/recalls/${r.number}${lang === 'en' ? '?lang=en' : ''}">${t.recallNoticeLink} ${r.number}</a></p>`;
  return html`<div class="top"><section class="recall" role="alert" aria-labelledby="recall-title">${''}<h2 id="recall-title">⚠ ${t.recallBanner}</h2>${recalls.map(one)}</section></div>`;
}

function productSection(lang: Lang, lot: LotView): Html {
  const t = w(lang);
  const p = lot.product;
  const producer = lot.producer;
  return html`<section aria-labelledby="product-title"><h1 id="product-title">${localText(lang, p.name, p.nameEn)}</h1>
<dl><dt>${t.brand}</dt><dd>${localText(lang, p.brand)}</dd>
${p.model ? html`<dt>${t.model}</dt><dd>${p.model}</dd>` : null}
<dt>${t.gtin}</dt><dd>${p.gtin}</dd><dt>${t.lot}</dt><dd>${lot.lotNumber}</dd>
<dt>${t.producedOn}</dt><dd>${dateTag(lot.producedOn, lang)}</dd>
${lot.expiresOn ? html`<dt>${t.expiresOn}</dt><dd>${dateTag(lot.expiresOn, lang)}</dd>` : null}
<dt>${t.producer}</dt><dd>${localText(lang, producer.name, producer.nameEn)}<br>${''}<span class="muted">${regionText(lang, producer.region)}</span></dd>
<dt>${t.origin}</dt><dd>${p.originRegion ? regionText(lang, p.originRegion) : p.originCountry}</dd></dl></section>`;
}

function recallSection(lang: Lang, lot: LotView): Html {
  const t = w(lang);
  const recalls = lot.activeRecalls.map(
    (r, i) => html`${i ? '; ' : ''}${r.number}: ${localText(lang, r.hazard, r.hazardEn)}`,
  );
  return html`<section id="recall" aria-labelledby="recall-status"><h2 id="recall-status">${t.recallStatus}</h2>${
    recalls.length
      ? html`<p class="warn">${recalls}</p>
<p>${t.salesStopped}</p>`
      : html`<p class="ok">✓ ${t.noRecall}</p>`
  }</section>`;
}

function labelSection(lang: Lang, lot: LotView): Html {
  const t = w(lang);
  const p = lot.product;
  const age = ageRange(lang, p.minAgeMonths, p.maxAgeMonths);
  const materials = p.materials.map((m, i) => html`${i ? ', ' : ''}${localText(lang, m.material)} ${m.percent}%`);
  return html`<section id="label" aria-labelledby="label-title"><h2 id="label-title">${t.label}</h2><dl>
${materials.length ? html`<dt>${t.materials}</dt><dd>${materials}</dd>` : null}
${age ? html`<dt>${t.age}</dt><dd>${age}</dd>` : null}
${
  p.specialGroups.length
    ? html`<dt>${t.specialGroups}</dt><dd>${p.specialGroups.map((g) => e(lang, g)).join(', ')}</dd>`
    : null
}
${
  p.suitabilityNote
    ? html`<dt>${t.suitability}</dt><dd>${localText(lang, p.suitabilityNote, p.suitabilityNoteEn)}</dd>`
    : null
}</dl></section>`;
}

function standardsSection(lang: Lang, lot: LotView): Html {
  const t = w(lang);
  const d = lot.declaration;
  const head = html`<section id="standards" aria-labelledby="standards-title">${''}<h2 id="standards-title">${t.standards}</h2>`;
  if (!d) return html`${head}<p>${t.noDeclaration}</p></section>`;
  const inForce = fill(t.declarationInForce, {
    version: d.version,
    madeOn: dateTag(lot.producedOn, lang),
    since: dateTag(d.validFrom, lang),
  });
  const indicator = (i: NonNullable<LotView['declaration']>['standards'][number]['indicators'][number]) =>
    html`<tr><th scope="row">${localText(lang, i.name, i.nameEn)}</th>${''}<td>${localText(lang, i.value)}${i.unit ? ` ${i.unit}` : ''}</td>${''}<td class="muted">${e(lang, i.indicatorClass)}</td></tr>`;
  const table = (s: NonNullable<LotView['declaration']>['standards'][number]) =>
    s.indicators.length
      ? html`<table><caption class="muted">${t.keyIndicators}</caption>${''}<tbody>${s.indicators.map(indicator)}</tbody></table>`
      : null;
  return html`${head}
<p class="muted">${inForce}</p>
${d.standards.map(
  (s) =>
    html`<h3>${s.number} ${localText(lang, s.title, s.titleEn)}</h3>${''}<p class="muted">${e(lang, s.kind)}</p>${table(s)}`,
)}</section>`;
}

function certificatesSection(lang: Lang, lot: LotView): Html {
  const t = w(lang);
  const ccc = lot.certifications.some((c) => c.kind === 'CCC' && c.status === 'VALID');
  const one = (c: LotView['certifications'][number]) =>
    html`<li>${e(lang, c.kind)} <strong>${c.number}</strong> — ${''}<span class="${c.status === 'VALID' ? 'ok' : 'warn'}">${e(lang, c.status)}</span><br>${''}<span class="muted">${localText(lang, c.body)}${
      c.validUntil ? html`, ${t.validUntil} ${dateTag(c.validUntil, lang)}` : null
    }</span></li>`;
  return html`<section id="certificates" aria-labelledby="cert-title"><h2 id="cert-title">${t.certificates}</h2>
${lot.product.cccRequired && !ccc ? html`<p class="warn">${t.cccMissing}</p>` : null}
${
  lot.certifications.length ? html`<ul>${lot.certifications.map(one)}</ul>` : html`<p>${t.noCertificates}</p>`
}</section>`;
}

/**
 * Those who sell the lot to consumers, one entry per organization with its stores: holders at a store, or
 * that sold some. A distributor's warehouse or logistics centre is no place a consumer buys.
 */
function sellersOf(lot: LotView) {
  const byOrg = new Map<
    string,
    {
      org: LotView['holders']['nodes'][number]['organization'];
      stores: LotView['holders']['nodes'][number]['location'][];
      commitment: LotView['holders']['nodes'][number]['commitment'];
    }
  >();
  for (const h of lot.holders.nodes) {
    if (h.location.kind !== 'STORE' && !h.hasSold) continue;
    const entry = byOrg.get(h.organization.id) ?? { org: h.organization, stores: [], commitment: h.commitment };
    entry.stores.push(h.location);
    byOrg.set(h.organization.id, entry);
  }
  return [...byOrg.values()];
}

function storesText(lang: Lang, stores: SellerView['stores']): Html {
  return html`${stores.map(
    (s, i) => html`${i ? '; ' : ''}${localText(lang, s.name)} (${regionText(lang, s.region)})`,
  )}`;
}

/** A seller as the scan page shows it: the organization, its stores where the lot is, its commitment in force. */
export interface SellerView {
  org: { name: string; nameEn?: string | null };
  stores: { name: string; region: ScanRegionFragment }[];
  commitment: {
    statement: string;
    statementEn?: string | null;
    remedies: string[];
    responseHours: number;
    hotline: string;
  };
}

/**
 * One seller's first-responsibility commitment as consumers read it on the scan page. The console's
 * commitment preview shows a draft through this same function, so the seller sees what consumers will.
 */
export function sellerCommitment(lang: Lang, { org, stores, commitment: c }: SellerView, open: boolean): Html {
  const t = w(lang);
  const remedies = c.remedies.map((r) => e(lang, r)).join(' / ');
  return html`<details${open ? html` open` : null}><summary>${''}<strong>${localText(lang, org.name, org.nameEn)}</strong> · ${remedies} · ${c.responseHours} ${t.hours}${''}</summary>${''}<p class="muted">${storesText(lang, stores)}</p>
<p>${localText(lang, c.statement, c.statementEn)}</p><dl><dt>${t.remedy}</dt><dd>${remedies}</dd>${''}<dt>${t.responseTime}</dt><dd>${c.responseHours} ${t.hours}</dd>${''}<dt>${t.hotline}</dt><dd><a href="tel:${c.hotline.replace(/[^\d+]/g, '')}">${c.hotline}</a></dd></dl></details>`;
}

function sellersSection(lang: Lang, lot: LotView): Html {
  const t = w(lang);
  const committed = sellersOf(lot).filter((s) => s.commitment);
  const one = (s: ReturnType<typeof sellersOf>[number], i: number) =>
    sellerCommitment(lang, { org: s.org, stores: s.stores, commitment: s.commitment! }, i === 0);
  return html`<section id="sellers" aria-labelledby="sellers-title"><h2 id="sellers-title">${t.sellers}</h2>${''}<p class="muted">${t.sellersIntro}</p>${
    committed.length ? committed.map(one) : html`<p>${t.noCommitment}</p>`
  }</section>`;
}

export interface FormState {
  values: Record<string, string>;
  errors: string[];
}

function errorList(lang: Lang, errors: string[]): Html | null {
  return errors.length
    ? html`<div class="errors" role="alert"><p><strong>${w(lang).errors}</strong></p><ul>${errors.map((m) => html`<li>${m}</li>`)}</ul></div>`
    : null;
}

function hidden(gtin: string, lotNumber: string, lang: Lang): Html {
  return html`<input type="hidden" name="gtin" value="${gtin}"><input type="hidden" name="lotNumber" value="${lotNumber}"><input type="hidden" name="lang" value="${lang}">`;
}

export function registerForm(
  lang: Lang,
  gtin: string,
  lotNumber: string,
  state: FormState = { values: {}, errors: [] },
): Html {
  const t = w(lang);
  return html`<section id="register" aria-labelledby="register-title" class="${state.errors.length ? 'errors' : ''}"><h2 id="register-title">${t.register}</h2><p class="muted">${t.registerIntro}</p>${errorList(lang, state.errors)}
<form method="post" action="/scan/register">${hidden(gtin, lotNumber, lang)}
<label for="reg-contact">${t.contact}</label><input id="reg-contact" name="contact" type="text" autocomplete="tel" inputmode="email" maxlength="254" required value="${state.values.contact ?? ''}">
<label class="check"><input type="checkbox" name="consent" value="yes" required${state.values.consent === 'yes' ? html` checked` : null}> ${t.consent}</label>
<button type="submit">${t.submitRegister}</button></form>
<p class="muted"><a href="/registrations/delete?lang=${lang}">${t.deleteRegistration}</a></p></section>`;
}

const CATEGORIES = ['SAFETY_HAZARD', 'QUALITY_DEFECT', 'LABEL_MISMATCH', 'SUSPECTED_COUNTERFEIT', 'OTHER'];

export function complaintForm(lang: Lang, lot: LotView, state: FormState = { values: {}, errors: [] }): Html {
  const t = w(lang);
  const v = state.values;
  const sellers = sellersOf(lot);
  return html`<section id="complain" aria-labelledby="complain-title"><h2 id="complain-title">${t.complain}</h2>${errorList(lang, state.errors)}
<form method="post" action="/scan/complaint">${hidden(lot.product.gtin, lot.lotNumber, lang)}
<label for="c-category">${t.category}</label><select id="c-category" name="category" required>${CATEGORIES.map(
    (c) => html`<option value="${c}"${v.category === c ? html` selected` : null}>${e(lang, c)}</option>`,
  )}</select>
<label for="c-description">${t.description}</label><textarea id="c-description" name="description" rows="4" maxlength="2000" required>${v.description ?? ''}</textarea>
<label for="c-store">${t.boughtAt}</label><select id="c-store" name="purchasedFrom"><option value="">${t.unknownStore}</option>${sellers.map(
    (s) =>
      html`<option value="${s.org.id}"${v.purchasedFrom === s.org.id ? html` selected` : null}>${pick(lang, s.org.name, s.org.nameEn)} — ${s.stores.map((l) => l.name).join(', ')}</option>`,
  )}</select>
<label for="c-contact">${t.contactOptional}</label><input id="c-contact" name="contact" type="text" autocomplete="tel" maxlength="254" value="${v.contact ?? ''}">
<button type="submit">${t.submitComplaint}</button></form></section>`;
}

export function followForm(lang: Lang, code = '', error: string | null = null): Html {
  const t = w(lang);
  const invalid = error ? html` aria-invalid="true" aria-describedby="f-error"` : null;
  return html`<section id="follow" aria-labelledby="follow-title"><h2 id="follow-title">${t.follow}</h2>${''}<form method="get" action="/complaints"><input type="hidden" name="lang" value="${lang}">
<label for="f-code">${t.trackingCode}</label>${error ? html`<p id="f-error" class="warn">${error}</p>` : null}${''}<input id="f-code" name="code" type="text" autocomplete="off" maxlength="40" required value="${code}"${invalid}>${''}<button type="submit">${t.submitFollow}</button></form></section>`;
}

export function lotPage(pc: PageContext, lot: LotView): string {
  const { lang } = pc;
  return layout(
    pc,
    `${pick(lang, lot.product.name, lot.product.nameEn)} · ${lot.lotNumber}`,
    [
      productSection(lang, lot),
      recallSection(lang, lot),
      labelSection(lang, lot),
      standardsSection(lang, lot),
      certificatesSection(lang, lot),
      traceSection(lang, lot.upstream.nodes),
      sellersSection(lang, lot),
      registerForm(lang, lot.product.gtin, lot.lotNumber),
      complaintForm(lang, lot),
      followForm(lang),
    ],
    recallBanner(lang, lot.activeRecalls),
  );
}

/** A GTIN-only URI: the product and its lots, each with its recall status. */
export function productPage(pc: PageContext, p: ProductView): string {
  const { lang } = pc;
  const t = w(lang);
  const recalls = p.lots.nodes.flatMap((l) => l.activeRecalls);
  const unique = [...new Map(recalls.map((r) => [r.number, r])).values()];
  return layout(
    pc,
    pick(lang, p.name, p.nameEn),
    [
      html`<section aria-labelledby="product-title"><h1 id="product-title">${localText(lang, p.name, p.nameEn)}</h1>${''}<dl><dt>${t.brand}</dt><dd>${localText(lang, p.brand)}</dd>${''}${p.model ? html`<dt>${t.model}</dt><dd>${p.model}</dd>` : null}<dt>${t.gtin}</dt><dd>${p.gtin}</dd>${''}<dt>${t.producer}</dt><dd>${localText(lang, p.producer.name, p.producer.nameEn)}<br>${''}<span class="muted">${regionText(lang, p.producer.region)}</span></dd></dl></section>`,
      html`<section id="lots" aria-labelledby="lots-title"><h2 id="lots-title">${t.otherLots}</h2><table><tbody>${p.lots.nodes.map(
        (l) =>
          html`<tr><th scope="row">${''}<a href="${new URL(l.digitalLink).pathname}?lang=${lang}">${l.lotNumber}</a></th>${''}<td>${dateTag(l.producedOn, lang)}</td><td>${
            l.activeRecalls.length
              ? html`<span class="warn">⚠ ${l.activeRecalls.map((r) => r.number).join(', ')}</span>`
              : html`<span class="ok">✓ ${t.noRecall}</span>`
          }</td></tr>`,
      )}</tbody></table></section>`,
      followForm(lang),
    ],
    recallBanner(lang, unique),
  );
}

export function messagePage(pc: PageContext, title: string, body: Html | Html[]): string {
  return layout(pc, title, body);
}
