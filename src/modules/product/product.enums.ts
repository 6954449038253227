import { registerEnumType } from 'type-graphql';

export enum ProductCategory {
  CHILDRENS_GOODS = 'CHILDRENS_GOODS',
  HOME_APPLIANCE = 'HOME_APPLIANCE',
  MATERIAL = 'MATERIAL',
}
registerEnumType(ProductCategory, {
  name: 'ProductCategory',
  description: 'The kind of trade item.',
  valuesConfig: {
    CHILDRENS_GOODS: {
      description:
        "Children's goods: toys, strollers, child car seats, infant textiles, children's furniture and bicycles.",
    },
    HOME_APPLIANCE: { description: 'Household appliances: washing machines, kettles, heaters.' },
    MATERIAL: {
      description:
        'A raw material or component that goes into other lots (resin, fabric, cells, battery packs, webbing).',
    },
  },
});

export enum SpecialGroup {
  INFANTS = 'INFANTS',
  CHILDREN = 'CHILDREN',
  ELDERLY = 'ELDERLY',
  PREGNANT = 'PREGNANT',
  DISABLED = 'DISABLED',
}
registerEnumType(SpecialGroup, {
  name: 'SpecialGroup',
  description: 'Special groups a product is labelled as suitable for (label disclosure of suitability).',
  valuesConfig: {
    INFANTS: { description: 'Infants and toddlers up to 36 months.' },
    CHILDREN: { description: 'Children over 36 months.' },
    ELDERLY: { description: 'The elderly.' },
    PREGNANT: { description: 'Pregnant women.' },
    DISABLED: { description: 'People with disabilities.' },
  },
});

export enum QuantityUnit {
  EACH = 'EACH',
  KILOGRAM = 'KILOGRAM',
  TONNE = 'TONNE',
  METRE = 'METRE',
  SQUARE_METRE = 'SQUARE_METRE',
  LITRE = 'LITRE',
}
registerEnumType(QuantityUnit, {
  name: 'QuantityUnit',
  description: 'Unit of a lot quantity (UN/ECE Recommendation 20 code in brackets).',
  valuesConfig: {
    EACH: { description: 'Units, pieces (H87 / EA).' },
    KILOGRAM: { description: 'Kilograms (KGM).' },
    TONNE: { description: 'Tonnes (TNE).' },
    METRE: { description: 'Metres (MTR).' },
    SQUARE_METRE: { description: 'Square metres (MTK).' },
    LITRE: { description: 'Litres (LTR).' },
  },
});
