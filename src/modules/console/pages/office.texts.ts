import { ENUM_WORDS } from '../../scan/scan.i18n';
import { texts, type Lang } from '../console.i18n';

/**
 * Names of enum values the office pages (lots, products, commitment, complaints) show. Values consumers
 * also read (remedies, standard kinds, certificate kinds and statuses, complaint categories and statuses)
 * are named as the scan page names them, so the seller sees the consumer's words.
 */
const OWN = texts({
  zh: {
    EACH: '件',
    KILOGRAM: '千克',
    LITRE: '升',
    METRE: '米',
    SQUARE_METRE: '平方米',
    TONNE: '吨',
    CHILDRENS_GOODS: '儿童用品',
    HOME_APPLIANCE: '家用电器',
    MATERIAL: '原材料和零部件',
    ALL: '全部商品',
    CATEGORIES: '指定品类',
    PRODUCTS: '指定商品',
  },
  en: {
    EACH: 'pieces',
    KILOGRAM: 'kg',
    LITRE: 'litres',
    METRE: 'metres',
    SQUARE_METRE: 'm²',
    TONNE: 'tonnes',
    CHILDRENS_GOODS: "children's goods",
    HOME_APPLIANCE: 'home appliances',
    MATERIAL: 'materials and components',
    ALL: 'everything sold',
    CATEGORIES: 'some categories',
    PRODUCTS: 'some products',
  },
});

/** The name of an enum value in the page's language (the value itself when it has none). */
export function enumText(lang: Lang, value: string): string {
  return (OWN[lang] as Record<string, string>)[value] ?? ENUM_WORDS[lang][value] ?? value;
}

export const UNITS = ['EACH', 'KILOGRAM', 'METRE', 'SQUARE_METRE', 'LITRE', 'TONNE'] as const;

/** Options of a select of enum values, named in the page's language. */
export function enumOptions(lang: Lang, values: readonly string[]) {
  return values.map((value) => ({ value, label: enumText(lang, value) }));
}

/** A product's name in the page's language. */
export function nameIn(lang: Lang, name: string, nameEn?: string | null): string {
  return lang === 'en' && nameEn ? nameEn : name;
}
