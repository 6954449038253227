/**
 * The pages a consumer meets when a code leads nowhere: a malformed code (what is wrong with it, what to
 * do), an unknown product or lot (with a link to the product when it is known), and how to report a
 * suspected counterfeit. Same layout and language rules as the scan page.
 */
import type { DigitalLinkError } from '../../common/gs1-digital-link';
import { html } from './html';
import { fillText } from './scan.format';
import { WORDS } from './scan.i18n';
import { messagePage, type PageContext } from './scan.page';

/** What a consumer can be told about a malformed Digital Link. */
export type BadCodeReason = 'badGtinCheckDigit' | 'badGtinFormat' | 'badLotNumber' | 'badLink';

export function badCodeReason(err: DigitalLinkError): BadCodeReason {
  if (err.value?.ai === '01') return err.value.kind === 'check-digit' ? 'badGtinCheckDigit' : 'badGtinFormat';
  if (err.value?.ai === '10') return 'badLotNumber';
  return 'badLink';
}

/** A path of this site for the language switch: never `//host…`, which a browser reads as another site. */
export function sitePath(url: string): string {
  return `/${url.split('?')[0].replace(/^\/+/, '')}`;
}

/** 400: the code does not read as a Digital Link. */
export function badCodePage(pc: PageContext, reason: BadCodeReason, detail: string): string {
  const t = WORDS[pc.lang];
  return messagePage(
    pc,
    t.badCode,
    html`<section aria-labelledby="e-title"><h1 id="e-title">${t.badCode}</h1>
<p>${t[reason]}</p><p>${t.badCodeWhatToDo}</p><p>${t.counterfeit}</p>
<details><summary>${t.technicalDetail}</summary><p class="muted" lang="en">${detail}</p></details></section>`,
  );
}

export interface UnknownItem {
  gtin: string;
  lotNumber: string | null;
  /** The product when the GTIN is registered. */
  product: { name: string; nameEn: string | null } | null;
}

/** 404: no such product, or no such lot of a known product (with a link to the product). */
export function unknownItemPage(pc: PageContext, item: UnknownItem): string {
  const t = WORDS[pc.lang];
  const { product } = item;
  if (!product || item.lotNumber === null) {
    const what = fillText(t.unknownProduct, { gtin: item.gtin });
    return messagePage(
      pc,
      what,
      html`<section aria-labelledby="e-title"><h1 id="e-title">${t.productNotFound}</h1>
<p><strong>${what}</strong></p><p>${t.unknownProductHint}</p><p>${t.counterfeit}</p></section>`,
    );
  }
  const name = pc.lang === 'en' && product.nameEn ? product.nameEn : product.name;
  const what = fillText(t.unknownLot, { product: name, lot: item.lotNumber });
  return messagePage(
    pc,
    what,
    html`<section aria-labelledby="e-title"><h1 id="e-title">${t.lotNotFound}</h1>
<p><strong>${what}</strong></p><p>${t.unknownLotHint}</p>
<p><a href="/01/${item.gtin}?lang=${pc.lang}">${t.productLink}</a></p><p>${t.counterfeit}</p></section>`,
  );
}

/** 404 for a path that names no product at all. */
export function noSuchPage(pc: PageContext, notATradeItem = false): string {
  const t = WORDS[pc.lang];
  return messagePage(
    pc,
    t.noSuchPage,
    html`<section aria-labelledby="e-title"><h1 id="e-title">${t.noSuchPage}</h1>${
      notATradeItem ? html`<p>${t.notATradeItem}</p>` : null
    }</section>`,
  );
}
