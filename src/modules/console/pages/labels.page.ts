import {
  ConsoleLabelLotByKeyDocument,
  ConsoleLabelLotDocument,
  ConsoleLabelLotsDocument,
} from '../../../generated/operations';
import { normalizeGtin, isValidLotNumber } from '../../../common/gs1';
import { html } from '../../scan/html';
import { errorSummary, field, formState, select, type FormState } from '../console.forms';
import { texts, type Lang } from '../console.i18n';
import { notFound, CHAIN_RECORDERS, route, type ConsoleModule, type Page, type SignedInRequest } from '../console.page';
import { CODE_KINDS, labelSheet, LAYOUTS, MAX_LABELS, type CodeKind } from './labels.sheet';

/**
 * Labels: an A4 sheet (PDF) of a lot's labels, to print on common label sheets. The lot is chosen from the
 * organization's stock, or typed as GTIN and lot number (a lot's GTIN and number are printed on every package:
 * anyone may print its labels). The form is a GET: the PDF's address can be bookmarked and printed again.
 */

const T = texts({
  zh: {
    labels: '标签',
    intro:
      '打印批次标签：A4 不干胶标签纸，每张标签上有二维码（GS1 数字链接）或 GS1 DataMatrix 码，下面是 GS1 的人工识读文字。',
    lot: '批次',
    lotHint: '本单位库存中的批次。',
    noStock: '库存中没有批次：请在下面输入 GTIN 和批号。',
    orType: '或者输入 GTIN 和批号',
    gtin: 'GTIN（商品条码）',
    lotNumber: '批号',
    kind: '码制',
    QR: '二维码（GS1 数字链接）',
    DATAMATRIX: 'GS1 DataMatrix',
    size: '标签尺寸',
    sizeName: '{w} × {h} 毫米，每张 {n} 个',
    count: '标签数量',
    countHint: '1 到 1000；一张纸放不下时接着打印下一张。',
    print: '生成 PDF',
    badCount: '标签数量须为 1 到 1000 的整数。',
    badGtin: 'GTIN 无效（8、12、13 或 14 位数字，校验位正确）。',
    badLot: '批号无效（1 到 20 个字符：字母、数字和 GS1 允许的符号）。',
    noLot: '没有这个 GTIN 和批号的批次。',
    chooseLot: '请选择批次，或输入 GTIN 和批号。',
  },
  en: {
    labels: 'Labels',
    intro:
      'Print lot labels on A4 label sheets: each label has a QR code (GS1 Digital Link) or a GS1 DataMatrix, ' +
      'with GS1 human-readable text under it.',
    lot: 'Lot',
    lotHint: 'Lots in your stock.',
    noStock: 'No lots in stock: type a GTIN and lot number below.',
    orType: 'Or type a GTIN and lot number',
    gtin: 'GTIN (barcode number)',
    lotNumber: 'Lot number',
    kind: 'Code',
    QR: 'QR code (GS1 Digital Link)',
    DATAMATRIX: 'GS1 DataMatrix',
    size: 'Label size',
    sizeName: '{w} × {h} mm, {n} per sheet',
    count: 'Number of labels',
    countHint: '1 to 1,000; more than a sheet holds continues on the next sheet.',
    print: 'Make the PDF',
    badCount: 'The number of labels is a whole number from 1 to 1,000.',
    badGtin: 'The GTIN is not valid (8, 12, 13 or 14 digits with the right check digit).',
    badLot: 'The lot number is not valid (1 to 20 letters, digits and symbols GS1 allows).',
    noLot: 'No lot has this GTIN and lot number.',
    chooseLot: 'Choose a lot, or type a GTIN and lot number.',
  },
});

function productName(lang: Lang, p: { name: string; nameEn?: string | null }): string {
  return lang === 'en' && p.nameEn ? p.nameEn : p.name;
}

async function formPage(c: SignedInRequest, state: FormState, status = 200): Promise<Page> {
  const t = T[c.lang];
  const { viewer } = await c.gql(ConsoleLabelLotsDocument, {});
  const seen = new Set<string>();
  const lots = (viewer.organization?.stock?.nodes ?? [])
    .map((s) => s.lot)
    .filter((l) => !seen.has(l.id) && seen.add(l.id));
  const layouts = LAYOUTS.map((l) => ({
    value: l.key,
    label: t.sizeName
      .replace('{w}', String(l.width))
      .replace('{h}', String(l.height))
      .replace('{n}', String(l.columns * l.rows)),
  }));
  return {
    status,
    title: t.labels,
    nav: 'labels',
    body: html`<h1>${t.labels}</h1><p>${t.intro}</p>${errorSummary(c.lang, state)}
<form method="get" action="/console/labels/sheet.pdf">
${
  lots.length
    ? select(state, {
        name: 'lot',
        label: t.lot,
        hint: t.lotHint,
        options: lots.map((l) => ({
          value: l.id,
          label: `${productName(c.lang, l.product)} · ${l.lotNumber}`,
        })),
      })
    : html`<p>${t.noStock}</p>`
}
<fieldset><legend>${t.orType}</legend>
${field(state, { name: 'gtin', label: t.gtin, inputmode: 'numeric', maxlength: 14, autocomplete: 'off' })}
${field(state, { name: 'lotNumber', label: t.lotNumber, maxlength: 20, autocomplete: 'off' })}
</fieldset>
${select(state, { name: 'kind', label: t.kind, options: CODE_KINDS.map((k) => ({ value: k, label: t[k] })) })}
${select(state, { name: 'size', label: t.size, options: layouts })}
${field(state, {
  name: 'count',
  label: t.count,
  type: 'number',
  required: true,
  hint: t.countHint,
  inputmode: 'numeric',
})}
<div class="actions"><button type="submit">${t.print}</button></div></form>`,
  };
}

/** The lot a request names: typed GTIN and lot number first, else the chosen lot; null with the errors set. */
async function lotOf(c: SignedInRequest, state: FormState): Promise<string | null> {
  const t = T[c.lang];
  const gtin = (c.query.gtin ?? '').trim();
  const lotNumber = (c.query.lotNumber ?? '').trim();
  if (gtin || lotNumber) {
    const g = normalizeGtin(gtin);
    if ('problem' in g) state.errors.gtin = [t.badGtin];
    if (!isValidLotNumber(lotNumber)) state.errors.lotNumber = [t.badLot];
    if ('problem' in g || !isValidLotNumber(lotNumber)) return null;
    const { lot } = await c.gql(ConsoleLabelLotByKeyDocument, { gtin: g.gtin, lotNumber });
    if (!lot) state.errors.lotNumber = [t.noLot];
    return lot?.id ?? null;
  }
  if (!c.query.lot) state.general.push(t.chooseLot);
  return c.query.lot || null;
}

export const labelsModule: ConsoleModule = {
  nav: [
    { key: 'labels', path: '/console/labels', label: { zh: T.zh.labels, en: T.en.labels }, access: CHAIN_RECORDERS },
  ],
  routes: [
    route('GET', '/labels', CHAIN_RECORDERS, (c) =>
      formPage(
        c,
        formState({
          kind: 'QR',
          size: LAYOUTS[0].key,
          count: String(LAYOUTS[0].columns * LAYOUTS[0].rows),
          ...c.query,
        }),
      ),
    ),

    route('GET', '/labels/sheet.pdf', CHAIN_RECORDERS, async (c) => {
      const t = T[c.lang];
      const state = formState({ ...c.query });
      const count = Number(c.query.count);
      if (!Number.isInteger(count) || count < 1 || count > MAX_LABELS) state.errors.count = [t.badCount];
      const kind = (CODE_KINDS.includes(c.query.kind as CodeKind) ? c.query.kind : 'QR') as CodeKind;
      const layout = LAYOUTS.find((l) => l.key === c.query.size) ?? LAYOUTS[0];
      const id = await lotOf(c, state);
      if (!id || state.general.length || Object.keys(state.errors).length) return formPage(c, state, 400);
      const { node } = await c.gql(ConsoleLabelLotDocument, { id });
      if (!node || !('lotNumber' in node)) throw notFound();
      const pdf = await labelSheet(
        {
          gtin: node.product.gtin,
          lotNumber: node.lotNumber,
          expiresOn: node.expiresOn ?? null,
          digitalLink: node.digitalLink,
          productName: productName(c.lang, node.product),
        },
        { kind, layout, count, title: `${node.product.name} ${node.lotNumber}` },
      );
      return {
        file: pdf,
        type: 'application/pdf',
        filename: `labels-${node.product.gtin}-${node.lotNumber}.pdf`,
        inline: true,
      };
    }),
  ],
};
