/**
 * The links this resolver serves for an item, and their RFC 9264 linkset (GS1 Digital Link 1.2 /
 * Resolver Standard: link relation types from the GS1 Web vocabulary, as full URIs).
 */
export interface LinkType {
  type: string;
  /** Section of the scan page the link leads to; none for the page itself. */
  fragment: string | null;
  /** Only for a lot, not for a GTIN alone. */
  lotOnly: boolean;
  title: { zh: string; en: string };
}

export const LINK_TYPES: LinkType[] = [
  { type: 'gs1:pip', fragment: null, lotOnly: false, title: { zh: '产品信息', en: 'Product information' } },
  {
    type: 'gs1:traceability',
    fragment: 'trace',
    lotOnly: true,
    title: { zh: '原材料来源与追溯', en: 'Where the materials came from' },
  },
  { type: 'gs1:recallStatus', fragment: 'recall', lotOnly: false, title: { zh: '召回状态', en: 'Recall status' } },
  {
    type: 'gs1:certificationInfo',
    fragment: 'certificates',
    lotOnly: true,
    title: { zh: '认证与检测', en: 'Certificates and tests' },
  },
  {
    type: 'gs1:registerProduct',
    fragment: 'register',
    lotOnly: true,
    title: { zh: '登记购买，接收召回提醒', en: 'Register for recall alerts' },
  },
  { type: 'gs1:defaultLink', fragment: null, lotOnly: false, title: { zh: '产品追溯页', en: 'Product trace page' } },
];

const VOC = 'https://gs1.org/voc/';

/** Where a link type leads for an item; a lot-only type asked of a GTIN alone gets the default link. */
export function linkTarget(base: string, path: string, type: string, isLot: boolean, lang?: 'zh' | 'en'): string {
  let t = LINK_TYPES.find((l) => l.type === type) ?? LINK_TYPES.at(-1)!;
  if (t.lotOnly && !isLot) t = LINK_TYPES.at(-1)!;
  return `${base}${path}${lang ? `?lang=${lang}` : ''}${t.fragment ? `#${t.fragment}` : ''}`;
}

export function linksetOf(base: string, path: string, isLot: boolean) {
  const entry: Record<string, unknown> = { anchor: `${base}${path}` };
  for (const t of LINK_TYPES) {
    if (t.lotOnly && !isLot) continue;
    entry[`${VOC}${t.type.slice(4)}`] = [
      { href: linkTarget(base, path, t.type, isLot, 'zh'), title: t.title.zh, type: 'text/html', hreflang: ['zh'] },
      { href: linkTarget(base, path, t.type, isLot, 'en'), title: t.title.en, type: 'text/html', hreflang: ['en'] },
    ];
  }
  return { linkset: [entry] };
}
