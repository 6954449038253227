import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CertificationKind } from '../src/modules/certification/certification.entity';
import { recordCertification } from '../src/modules/certification/certification.service';
import { CommitmentScope, Remedy } from '../src/modules/commitment/commitment.enums';
import { publishCommitment } from '../src/modules/commitment/commitment.service';
import { IndicatorClass, StandardKind } from '../src/modules/declaration/declaration.enums';
import { publishDeclaration } from '../src/modules/declaration/declaration.service';
import { recordSpotCheck } from '../src/modules/spot-check/spot-check.service';
import { Language } from '../src/modules/alert/alert.enums';
import { registerPurchase } from '../src/modules/purchase/purchase.service';
import type { DeclaredStandardInput } from '../src/modules/declaration/declaration.types';
import type { Lot } from '../src/modules/lot/lot.entity';
import { config } from '../src/config';
import { digitalLinkOf } from '../src/modules/lot/digital-link';
import { createApiKey } from '../src/modules/api-key/api-key.service';
import type { Location } from '../src/modules/organization/location.entity';
import type { Organization } from '../src/modules/organization/organization.entity';
import { SpecialGroup } from '../src/modules/product/product.enums';
import {
  gtin13,
  LocationKind,
  makeLocation,
  makeLot,
  makeOrganization,
  makeProduct,
  OrganizationRole,
  ProductCategory,
  makePerson,
  QuantityUnit,
  RecordableEventType,
  recordEvents,
  shipAndReceive,
  viewerOf,
} from './factories';
import { PersonRole } from '../src/modules/person/person.enums';
import { Person } from '../src/modules/person/person.entity';

/**
 * The demo: a Henan market with suppliers, producers, distributors, retailers, a testing lab and the
 * provincial market regulator, and five chains with declarations, CCC certificates, commitments and
 * custody down to store sales. Keys are fixed so that the README's examples work; they are demo-only.
 */
export const DEMO_KEYS = {
  SUPPLIER: 'trk_demo_supplier_xinxiang_cells',
  PRODUCER: 'trk_demo_producer_zhengzhou_toys',
  DISTRIBUTOR: 'trk_demo_distributor_zhongyuan',
  RETAILER: 'trk_demo_retailer_dennis_zz',
  REGULATOR: 'trk_demo_regulator_henan_samr',
  TESTING_LAB: 'trk_demo_lab_henan_qi',
} as const;

/**
 * People of the demo organizations, for the console, with fixed demo passwords (printed at start like
 * the keys; demo-only). Each went through the real path: invited, then set a password from the link.
 */
export const DEMO_PEOPLE = {
  retailerAdmin: {
    org: 'RETAILER',
    name: '王丽 Wang Li',
    login: 'admin@dennis.example',
    password: 'demo-dennis-admin',
    role: PersonRole.ADMIN,
  },
  retailerStaff: {
    org: 'RETAILER',
    name: '李强 Li Qiang',
    login: 'staff@dennis.example',
    password: 'demo-dennis-staff',
    role: PersonRole.STAFF,
  },
  retailerViewer: {
    org: 'RETAILER',
    name: '赵敏 Zhao Min',
    login: 'viewer@dennis.example',
    password: 'demo-dennis-viewer',
    role: PersonRole.VIEWER,
  },
  producerAdmin: {
    org: 'PRODUCER',
    name: '陈刚 Chen Gang',
    login: 'admin@tongqu.example',
    password: 'demo-tongqu-admin',
    role: PersonRole.ADMIN,
  },
  producerStaff: {
    org: 'PRODUCER',
    name: '刘洋 Liu Yang',
    login: 'staff@tongqu.example',
    password: 'demo-tongqu-staff',
    role: PersonRole.STAFF,
  },
  distributorStaff: {
    org: 'DISTRIBUTOR',
    name: '孙伟 Sun Wei',
    login: 'staff@zhongyuan.example',
    password: 'demo-zhongyuan-staff',
    role: PersonRole.STAFF,
  },
  regulatorAdmin: {
    org: 'REGULATOR',
    name: '周静 Zhou Jing',
    login: 'admin@samr-henan.example',
    password: 'demo-samr-admin',
    role: PersonRole.ADMIN,
  },
  regulatorInspector: {
    org: 'REGULATOR',
    name: '吴涛 Wu Tao',
    login: 'inspector@samr-henan.example',
    password: 'demo-samr-inspector',
    role: PersonRole.STAFF,
  },
} as const;

export const DEMO_LOTS = {
  rideOnToy: { gtin: gtin13(101), lotNumber: 'RT2409A', what: '儿童电动车 electric ride-on toy (4 levels)' },
  cells: { gtin: gtin13(12), lotNumber: 'C18650-2407B', what: '18650 锂电芯 lithium cells (failed a spot check)' },
  bodysuit: { gtin: gtin13(201), lotNumber: 'BS2408-01', what: '婴儿连体衣 infant bodysuit' },
  blocks: { gtin: gtin13(301), lotNumber: 'BB-2410-7', what: '积木 building blocks' },
  carSeat: { gtin: gtin13(401), lotNumber: 'CS24Q3-015', what: '儿童安全座椅 child car seat' },
  washer: { gtin: gtin13(501), lotNumber: 'WM2409-88', what: '滚筒洗衣机 washing machine' },
};

/** The shipment on its way to the demo retailer's Erqi store (bodysuits BS2408-01), for the console's counter. */
export const DEMO_INCOMING = { lot: DEMO_LOTS.bodysuit, quantity: 24, referenceDocument: 'DN-BS2408-01-ERQI' };

const at = (iso: string) => new Date(`${iso}+08:00`);

const STANDARD_TITLES_EN: Record<string, string> = {
  'GB 6675.1-2014': 'Safety of toys — Part 1: Basic code',
  'GB 6675.2-2014': 'Safety of toys — Part 2: Mechanical and physical properties',
  'GB 6675.3-2014': 'Safety of toys — Part 3: Flammability',
  'GB 6675.4-2014': 'Safety of toys — Part 4: Migration of certain elements',
  'GB 19865-2005': 'Electric toys — Safety',
  'Q/ZZTQ 001-2024': 'Electric ride-on toys (enterprise standard)',
  'GB 31701-2015': 'Safety technical code for infants and children textile products',
  'GB 18401-2010': 'National general safety technical code for textile products',
  'FZ/T 73025-2019': 'Knitted garments for infants',
  'GB 27887-2011': 'Restraining devices for child occupants of power-driven vehicles',
  'GB 4706.1-2005': 'Household and similar electrical appliances — Safety — Part 1: General requirements',
  'GB 4706.24-2008':
    'Household and similar electrical appliances — Safety — Particular requirements for washing machines',
  'GB 12021.4-2013': 'Minimum allowable values of energy and water efficiency and grades for electric washing machines',
  'GB/T 4288-2018': 'Household and similar electrical washing machines',
  'GB/T 18287-2013': 'General specification of lithium-ion cells and batteries for mobile phones',
  'Q/XXLY 002-2024': '18650 lithium-ion cells (enterprise standard)',
};

const COMMITMENTS_EN: Record<string, string> = {
  '丹尼斯承诺：顾客在本店购买的商品出现质量问题，可先找本店，本店负责修理、更换或退货，再向供货方追偿。':
    'Dennis promises: with a quality problem in goods bought here, come to us first; we repair, replace or take them ' +
    'back, then seek recourse from our supplier.',
  '丹尼斯首负承诺（2024 年 7 月版）：质量问题先找丹尼斯，7 日内可退、15 日内可换、保修期内免费修理；我们先行赔付，再向厂家追偿。':
    'Dennis first-responsibility commitment (July 2024): come to Dennis first with a quality problem; refund within ' +
    '7 days, exchange within 15, free repair under warranty. We pay first, then seek recourse from the maker.',
  '万家惠首负承诺：儿童用品与家电出现质量问题，先找万家惠，包修包换包退。':
    "Wanjiahui commitment: children's goods and appliances with a quality problem, come to Wanjiahui first: " +
    'we repair, replace or refund.',
};
type Site = { org: Organization; location: Location };

export async function loadDemoData(orm: MikroORM): Promise<void> {
  await orm.em.fork().transactional((em) => buildDemo(em));
}

/** Turns off or on the ledger's TRUNCATE guard, on the table and on each of its monthly partitions. */
const LEDGER_TRUNCATE_GUARDS = (what: 'disable' | 'enable') => `do $$ declare t text; begin
  for t in select 'ledger_entry' union all
           select c.relname::text from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'ledger_entry'::regclass loop
    execute format('alter table %I ${what} trigger %I', t, t || '_no_truncate');
  end loop;
end $$`;

/** Empties every table and loads the demo again (`npm run seed`). */
export async function reloadDemoData(orm: MikroORM): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    // Starting the demo over is the one time the ledger is emptied: an operator's reset, in this transaction only.
    await em.execute(LEDGER_TRUNCATE_GUARDS('disable'));
    await em.execute('alter table account_event disable trigger account_event_no_truncate');
    await em.execute(
      'truncate account_event, auth_challenge, passkey, person_session, person_invitation, person, ledger_entry, recall_alert_attempt, recall_alert, complaint_answer, complaint, purchase_registration, personal_data_access, recall_notice, recall_scope_holder, recall_scope_lot, recall_transition, recall, spot_check, idempotency_record, lot_holding, custody_event, lot_input, lot, certification, declared_standard, standard_declaration, commitment, product, api_key, location, organization cascade',
    );
    await em.execute(LEDGER_TRUNCATE_GUARDS('enable'));
    await em.execute('alter table account_event enable trigger account_event_no_truncate');
    await buildDemo(em);
  });
}

async function buildDemo(em: EntityManager): Promise<void> {
  const R = OrganizationRole;
  // Organizations: suppliers, producers, sellers, lab, regulator.
  const cells = await makeOrganization(em, {
    n: 11,
    name: '新乡市锂源电池材料有限公司',
    nameEn: 'Xinxiang Liyuan Battery Materials Co., Ltd.',
    roles: [R.SUPPLIER],
    regionCode: '410702',
    address: '河南省新乡市红旗区新二街 18 号',
  });
  const cotton = await makeOrganization(em, {
    n: 12,
    name: '周口市豫棉纺织原料有限公司',
    nameEn: 'Zhoukou Yumian Textile Materials Co., Ltd.',
    roles: [R.SUPPLIER],
    regionCode: '411602',
  });
  const resin = await makeOrganization(em, {
    n: 13,
    name: '洛阳石化塑胶原料有限公司',
    nameEn: 'Luoyang Petrochemical Plastics Co., Ltd.',
    roles: [R.SUPPLIER],
    regionCode: '410305',
  });
  const anyang = await makeOrganization(em, {
    n: 14,
    name: '安阳市精工电机与板材有限公司',
    nameEn: 'Anyang Precision Motors & Sheet Co., Ltd.',
    roles: [R.SUPPLIER],
    regionCode: '410502',
  });
  const webbing = await makeOrganization(em, {
    n: 15,
    name: '许昌市安达织带有限公司',
    nameEn: 'Xuchang Anda Webbing Co., Ltd.',
    roles: [R.SUPPLIER],
    regionCode: '411002',
  });

  const toys = await makeOrganization(em, {
    n: 21,
    name: '郑州童趣玩具有限公司',
    nameEn: 'Zhengzhou Tongqu Toys Co., Ltd.',
    roles: [R.PRODUCER],
    regionCode: '410122',
    address: '河南省郑州市中牟县汽车产业园 6 号',
  });
  const textiles = await makeOrganization(em, {
    n: 22,
    name: '开封市贝贝纺织服饰有限公司',
    nameEn: 'Kaifeng Beibei Textiles & Apparel Co., Ltd.',
    roles: [R.PRODUCER],
    regionCode: '410205',
  });
  const seats = await makeOrganization(em, {
    n: 23,
    name: '许昌安途儿童安全用品有限公司',
    nameEn: 'Xuchang Antu Child Safety Products Co., Ltd.',
    roles: [R.PRODUCER],
    regionCode: '411002',
  });
  const appliances = await makeOrganization(em, {
    n: 24,
    name: '洛阳美家电器有限公司',
    nameEn: 'Luoyang Meijia Appliances Co., Ltd.',
    roles: [R.PRODUCER],
    regionCode: '410311',
  });

  const zhongyuan = await makeOrganization(em, {
    n: 31,
    name: '河南中原商贸物流有限公司',
    nameEn: 'Henan Zhongyuan Trade & Logistics Co., Ltd.',
    roles: [R.DISTRIBUTOR],
    regionCode: '410184',
  });
  const yunan = await makeOrganization(em, {
    n: 32,
    name: '豫南供应链管理有限公司',
    nameEn: 'Yunan Supply Chain Management Co., Ltd.',
    roles: [R.DISTRIBUTOR],
    regionCode: '411302',
  });

  const dennis = await makeOrganization(em, {
    n: 41,
    name: '郑州丹尼斯百货有限公司',
    nameEn: 'Zhengzhou Dennis Department Store Co., Ltd.',
    roles: [R.RETAILER],
    regionCode: '410103',
  });
  const wanjia = await makeOrganization(em, {
    n: 42,
    name: '洛阳万家惠购物广场有限公司',
    nameEn: 'Luoyang Wanjiahui Shopping Plaza Co., Ltd.',
    roles: [R.RETAILER],
    regionCode: '410303',
  });
  const gulou = await makeOrganization(em, {
    n: 43,
    name: '开封鼓楼商场有限公司',
    nameEn: 'Kaifeng Gulou Mall Co., Ltd.',
    roles: [R.RETAILER],
    regionCode: '410204',
  });
  const baobei = await makeOrganization(em, {
    n: 44,
    name: '新乡宝贝家母婴用品连锁有限公司',
    nameEn: 'Xinxiang Baobeijia Mother & Baby Chain Co., Ltd.',
    roles: [R.RETAILER],
    regionCode: '410702',
  });
  const lego = await makeOrganization(em, {
    n: 45,
    name: '南阳乐童母婴生活馆有限公司',
    nameEn: 'Nanyang Letong Mother & Baby Store Co., Ltd.',
    roles: [R.RETAILER],
    regionCode: '411303',
  });

  const lab = await makeOrganization(em, {
    n: 51,
    name: '河南省产品质量检验技术研究院',
    nameEn: 'Henan Institute of Product Quality Inspection',
    roles: [R.TESTING_LAB],
    regionCode: '410105',
  });
  const samr = await makeOrganization(em, {
    n: 61,
    name: '河南省市场监督管理局',
    nameEn: 'Henan Administration for Market Regulation',
    roles: [R.REGULATOR],
    regionCode: '410000',
    withGln: false,
  });

  // Sites, numbered in order from 1001: the same GLNs on every load, whatever else ran in the process before.
  const K = LocationKind;
  let siteNumber = 1000;
  const site = async (
    org: Organization,
    name: string,
    kind: LocationKind,
    regionCode: string,
    phone: string,
    address?: string,
  ) =>
    ({
      org,
      location: await makeLocation(em, org, { n: ++siteNumber, name, kind, regionCode, address, phone }),
    }) as Site;
  const cellsPlant = await site(cells, '新乡电芯工厂 Xinxiang cell plant', K.FACTORY, '410702', '0373-550 1188');
  const cottonWh = await site(cotton, '周口棉花仓库 Zhoukou cotton warehouse', K.WAREHOUSE, '411602', '0394-821 3300');
  const resinPlant = await site(resin, '洛阳聚合车间 Luoyang polymer plant', K.FACTORY, '410305', '0379-6590 2200');
  const anyangPlant = await site(anyang, '安阳电机车间 Anyang motor plant', K.FACTORY, '410502', '0372-315 6600');
  const webbingPlant = await site(webbing, '许昌织带厂 Xuchang webbing mill', K.FACTORY, '411002', '0374-262 0808');
  const toysPlant = await site(
    toys,
    '中牟玩具工厂 Zhongmou toy factory',
    K.FACTORY,
    '410122',
    '0371-6218 6006',
    '郑州市中牟县汽车产业园 6 号',
  );
  const textilePlant = await site(
    textiles,
    '开封服饰工厂 Kaifeng garment factory',
    K.FACTORY,
    '410205',
    '0371-2390 1122',
  );
  const seatsPlant = await site(seats, '许昌座椅工厂 Xuchang seat factory', K.FACTORY, '411002', '0374-336 9000');
  const appliancePlant = await site(
    appliances,
    '洛阳家电工厂 Luoyang appliance factory',
    K.FACTORY,
    '410311',
    '0379-6432 1000',
  );
  const zyWh = await site(
    zhongyuan,
    '郑州航空港物流中心 Zhengzhou Airport logistics centre',
    K.WAREHOUSE,
    '410184',
    '0371-8600 1001',
  );
  const ynWh = await site(yunan, '南阳配送中心 Nanyang distribution centre', K.WAREHOUSE, '411302', '0377-6066 5500');
  const dennisErqi = await site(
    dennis,
    '丹尼斯二七店 Dennis Erqi store',
    K.STORE,
    '410103',
    '0371-6696 8801',
    '郑州市二七区人民路 59 号',
  );
  const dennisJinshui = await site(
    dennis,
    '丹尼斯花园路店 Dennis Huayuan Rd store',
    K.STORE,
    '410105',
    '0371-6696 8802',
    '郑州市金水区花园路 88 号',
  );
  const wanjiaStore = await site(
    wanjia,
    '万家惠西工店 Wanjiahui Xigong store',
    K.STORE,
    '410303',
    '0379-6321 5001',
    '洛阳市西工区中州中路 260 号',
  );
  const gulouStore = await site(
    gulou,
    '鼓楼商场 Gulou Mall',
    K.STORE,
    '410204',
    '0371-2256 1001',
    '开封市鼓楼区中山路 1 号',
  );
  const baobeiStore = await site(
    baobei,
    '宝贝家红旗店 Baobeijia Hongqi store',
    K.STORE,
    '410702',
    '0373-303 6601',
    '新乡市红旗区平原路 66 号',
  );
  const legoStore = await site(
    lego,
    '乐童卧龙店 Letong Wolong store',
    K.STORE,
    '411303',
    '0377-6300 2201',
    '南阳市卧龙区人民北路 12 号',
  );
  await site(lab, '郑州检测实验室 Zhengzhou laboratory', K.LABORATORY, '410105', '0371-6593 7000');

  // Products.
  const C = ProductCategory;
  const lfp = await makeProduct(em, cells, {
    gtin: gtin13(11),
    name: '磷酸铁锂正极材料',
    nameEn: 'LFP cathode powder',
    category: C.MATERIAL,
    subcategory: 'cathode material',
    brand: '锂源',
  });
  const cell = await makeProduct(em, cells, {
    gtin: gtin13(12),
    name: '18650 锂离子电芯 3.2V 1500mAh',
    nameEn: '18650 Li-ion cell',
    category: C.MATERIAL,
    subcategory: 'lithium cell',
    brand: '锂源',
    model: 'LY18650-15',
  });
  const cottonP = await makeProduct(em, cotton, {
    gtin: gtin13(13),
    name: '新疆长绒棉 皮棉',
    nameEn: 'Long-staple lint cotton',
    category: C.MATERIAL,
    subcategory: 'cotton',
    brand: '豫棉',
    materials: [{ material: '棉 cotton', percent: 100 }],
  });
  const abs = await makeProduct(em, resin, {
    gtin: gtin13(14),
    name: 'ABS 树脂颗粒 食品级',
    nameEn: 'ABS resin pellets',
    category: C.MATERIAL,
    subcategory: 'ABS resin',
    brand: '洛石化',
    materials: [{ material: 'ABS', percent: 100 }],
  });
  const pp = await makeProduct(em, resin, {
    gtin: gtin13(15),
    name: 'PP 安全座椅壳体料',
    nameEn: 'PP seat shell compound',
    category: C.MATERIAL,
    subcategory: 'PP compound',
    brand: '洛石化',
  });
  const motor = await makeProduct(em, anyang, {
    gtin: gtin13(16),
    name: '变频直驱电机',
    nameEn: 'Inverter direct-drive motor',
    category: C.MATERIAL,
    subcategory: 'motor',
    brand: '精工',
  });
  const steel = await makeProduct(em, anyang, {
    gtin: gtin13(17),
    name: '镀锌钢板 0.6mm',
    nameEn: 'Galvanised steel sheet 0.6 mm',
    category: C.MATERIAL,
    subcategory: 'steel sheet',
    brand: '精工',
  });
  const belt = await makeProduct(em, webbing, {
    gtin: gtin13(18),
    name: '安全座椅织带 25mm',
    nameEn: 'Harness webbing 25 mm',
    category: C.MATERIAL,
    subcategory: 'webbing',
    brand: '安达',
    materials: [{ material: '涤纶 polyester', percent: 100 }],
  });
  const pack = await makeProduct(em, toys, {
    gtin: gtin13(19),
    name: '12V 电池组',
    nameEn: '12 V battery pack',
    category: C.MATERIAL,
    subcategory: 'battery pack',
    brand: '童趣',
  });
  const fabric = await makeProduct(em, textiles, {
    gtin: gtin13(20),
    name: '婴幼儿精梳棉针织布',
    nameEn: 'Combed cotton knit fabric',
    category: C.MATERIAL,
    subcategory: 'knit fabric',
    brand: '贝贝',
    materials: [{ material: '棉 cotton', percent: 100 }],
  });

  const rideOn = await makeProduct(em, toys, {
    gtin: DEMO_LOTS.rideOnToy.gtin,
    name: '童趣 儿童电动车 双驱遥控款',
    nameEn: 'Tongqu electric ride-on car, dual motor, remote control',
    category: C.CHILDRENS_GOODS,
    subcategory: 'electric ride-on toy',
    brand: '童趣 Tongqu',
    model: 'TQ-R12',
    originRegionCode: '410122',
    minAgeMonths: 36,
    maxAgeMonths: 96,
    specialGroups: [SpecialGroup.CHILDREN],
    materials: [
      { material: 'ABS', percent: 62 },
      { material: '钢 steel', percent: 21 },
      { material: '锂电池 lithium battery', percent: 12 },
      { material: '其他 other', percent: 5 },
    ],
    suitabilityNote: '3岁以下儿童禁止使用；须在成人监护下使用。',
    suitabilityNoteEn: 'Not for children under 3; use under adult supervision.',
    cccRequired: true,
  });
  const bodysuit = await makeProduct(em, textiles, {
    gtin: DEMO_LOTS.bodysuit.gtin,
    name: '贝贝 婴儿纯棉连体衣 A类',
    nameEn: 'Beibei infant cotton bodysuit, class A',
    category: C.CHILDRENS_GOODS,
    subcategory: 'infant bodysuit',
    brand: '贝贝 Beibei',
    model: 'BB-59',
    originRegionCode: '410205',
    minAgeMonths: 0,
    maxAgeMonths: 12,
    specialGroups: [SpecialGroup.INFANTS],
    materials: [{ material: '棉 cotton', percent: 100 }],
    suitabilityNote: '婴幼儿用品 A类 GB 31701-2015',
    cccRequired: false,
  });
  const blocks = await makeProduct(em, toys, {
    gtin: DEMO_LOTS.blocks.gtin,
    name: '童趣 大颗粒积木 120 块',
    nameEn: 'Tongqu large building blocks, 120 pcs',
    category: C.CHILDRENS_GOODS,
    subcategory: 'building blocks',
    brand: '童趣 Tongqu',
    model: 'TQ-B120',
    originRegionCode: '410122',
    minAgeMonths: 18,
    maxAgeMonths: 72,
    specialGroups: [SpecialGroup.CHILDREN],
    materials: [{ material: 'ABS', percent: 100 }],
    suitabilityNote: '含小零件，不适合18个月以下儿童。',
    suitabilityNoteEn: 'Small parts: not for children under 18 months.',
    cccRequired: false,
  });
  const carSeat = await makeProduct(em, seats, {
    gtin: DEMO_LOTS.carSeat.gtin,
    name: '安途 儿童安全座椅 ISOFIX 9-36kg',
    nameEn: 'Antu child car seat ISOFIX group 1/2/3',
    category: C.CHILDRENS_GOODS,
    subcategory: 'child car seat',
    brand: '安途 Antu',
    model: 'AT-360',
    originRegionCode: '411002',
    minAgeMonths: 9,
    maxAgeMonths: 144,
    specialGroups: [SpecialGroup.CHILDREN],
    materials: [
      { material: 'PP', percent: 55 },
      { material: '涤纶 polyester', percent: 25 },
      { material: '钢 steel', percent: 20 },
    ],
    cccRequired: true,
  });
  const washer = await makeProduct(em, appliances, {
    gtin: DEMO_LOTS.washer.gtin,
    name: '美家 10公斤 变频滚筒洗衣机',
    nameEn: 'Meijia 10 kg inverter front-load washer',
    category: C.HOME_APPLIANCE,
    subcategory: 'washing machine',
    brand: '美家 Meijia',
    model: 'MJ-G100',
    originRegionCode: '410311',
    specialGroups: [SpecialGroup.ELDERLY],
    suitabilityNote: '能效等级 1 级 (GB 12021.4-2013)；大字面板，适合老年人使用。',
    cccRequired: true,
  });

  // Standard self-declarations; the ride-on toy has two versions so that lots keep the one of their day.
  // English titles where the producer gives them; T/CAMS 12-2021 has none, so the English page marks it Chinese only.
  const std = (number: string, kind: StandardKind, title: string, indicators?: DeclaredStandardInput['indicators']) =>
    ({ number, kind, title, titleEn: STANDARD_TITLES_EN[number] ?? null, indicators }) as DeclaredStandardInput;
  const S = StandardKind;
  const I = IndicatorClass;
  await publishDeclaration(em, rideOn, {
    validFrom: at('2024-01-01T00:00:00'),
    changeNote: '首次声明 first declaration',
    standards: [
      std('GB 6675.1-2014', S.NATIONAL_MANDATORY, '玩具安全 第1部分：基本规范'),
      std('GB 6675.2-2014', S.NATIONAL_MANDATORY, '玩具安全 第2部分：机械与物理性能'),
      std('GB 19865-2005', S.NATIONAL_MANDATORY, '电玩具的安全'),
    ],
  });
  await publishDeclaration(em, rideOn, {
    validFrom: at('2024-09-01T00:00:00'),
    changeNote: '增加企业标准：电池组过充保护与最高车速 adds enterprise standard on battery protection and top speed',
    standards: [
      std('GB 6675.1-2014', S.NATIONAL_MANDATORY, '玩具安全 第1部分：基本规范'),
      std('GB 6675.2-2014', S.NATIONAL_MANDATORY, '玩具安全 第2部分：机械与物理性能'),
      std('GB 19865-2005', S.NATIONAL_MANDATORY, '电玩具的安全'),
      std('Q/ZZTQ 001-2024', S.ENTERPRISE, '儿童电动车企业标准', [
        {
          key: 'S1',
          name: '最高车速',
          nameEn: 'top speed',
          value: '≤ 5',
          unit: 'km/h',
          testMethod: 'Q/ZZTQ 001-2024 6.3',
          indicatorClass: I.SAFETY,
        },
        {
          key: 'S2',
          name: '电池组过充保护',
          nameEn: 'overcharge cut-off',
          value: '≤ 14.6',
          unit: 'V',
          testMethod: 'GB 19865-2005 附录',
          indicatorClass: I.SAFETY,
        },
        {
          key: 'H1',
          name: '可迁移元素铅',
          nameEn: 'migratable lead',
          value: '≤ 90',
          unit: 'mg/kg',
          testMethod: 'GB 6675.4-2014',
          indicatorClass: I.HEALTH,
        },
        {
          key: 'E1',
          name: '邻苯二甲酸酯总量',
          nameEn: 'phthalates',
          value: '≤ 0.1',
          unit: '%',
          testMethod: 'GB/T 22048-2015',
          indicatorClass: I.ENVIRONMENT,
        },
        {
          key: 'P1',
          name: '续航时间',
          nameEn: 'run time',
          value: '≥ 60',
          unit: 'min',
          testMethod: 'Q/ZZTQ 001-2024 6.5',
          indicatorClass: I.PERFORMANCE,
        },
      ]),
    ],
  });
  await publishDeclaration(em, bodysuit, {
    validFrom: at('2024-01-01T00:00:00'),
    standards: [
      std('GB 31701-2015', S.NATIONAL_MANDATORY, '婴幼儿及儿童纺织产品安全技术规范'),
      std('GB 18401-2010', S.NATIONAL_MANDATORY, '国家纺织产品基本安全技术规范'),
      std('FZ/T 73025-2019', S.INDUSTRY, '婴幼儿针织服饰'),
    ],
  });
  await publishDeclaration(em, blocks, {
    validFrom: at('2024-01-01T00:00:00'),
    standards: [
      std('GB 6675.1-2014', S.NATIONAL_MANDATORY, '玩具安全 第1部分：基本规范'),
      std('GB 6675.2-2014', S.NATIONAL_MANDATORY, '玩具安全 第2部分：机械与物理性能'),
      std('GB 6675.3-2014', S.NATIONAL_MANDATORY, '玩具安全 第3部分：易燃性能'),
      std('GB 6675.4-2014', S.NATIONAL_MANDATORY, '玩具安全 第4部分：特定元素的迁移'),
    ],
  });
  await publishDeclaration(em, carSeat, {
    validFrom: at('2024-01-01T00:00:00'),
    standards: [
      std('GB 27887-2011', S.NATIONAL_MANDATORY, '机动车儿童乘员用约束系统'),
      std('T/CAMS 12-2021', S.GROUP, '儿童安全座椅 ISOFIX 连接装置技术要求'),
    ],
  });
  await publishDeclaration(em, washer, {
    validFrom: at('2024-01-01T00:00:00'),
    standards: [
      std('GB 4706.1-2005', S.NATIONAL_MANDATORY, '家用和类似用途电器的安全 第1部分：通用要求'),
      std('GB 4706.24-2008', S.NATIONAL_MANDATORY, '家用和类似用途电器的安全 洗衣机的特殊要求'),
      std('GB 12021.4-2013', S.NATIONAL_MANDATORY, '电动洗衣机能效水效限定值及等级'),
      std('GB/T 4288-2018', S.NATIONAL_RECOMMENDED, '家用和类似用途电动洗衣机'),
    ],
  });

  // Certificates.
  const CK = CertificationKind;
  await recordCertification(em, rideOn, {
    kind: CK.CCC,
    number: '2024010701234567',
    body: '中国质量认证中心 China Quality Certification Centre (CQC)',
    scope: 'TQ-R12 儿童电动车 GB 6675 / GB 19865',
    validFrom: '2024-03-15',
    validUntil: '2029-03-14',
  });
  await recordCertification(em, rideOn, {
    kind: CK.TEST_REPORT,
    number: 'HNQI-2024-T-0815',
    body: '河南省产品质量检验技术研究院',
    laboratory: lab.globalId,
    scope: 'Q/ZZTQ 001-2024 全项 full test',
    validFrom: '2024-08-20',
    validUntil: null,
  });
  await recordCertification(em, blocks, {
    kind: CK.TEST_REPORT,
    number: 'HNQI-2024-T-0902',
    body: '河南省产品质量检验技术研究院',
    laboratory: lab.globalId,
    scope: 'GB 6675.1~4-2014',
    validFrom: '2024-09-02',
    validUntil: null,
  });
  await recordCertification(em, carSeat, {
    kind: CK.CCC,
    number: '2023011112345678',
    body: '中国质量认证中心 (CQC)',
    scope: 'AT-360 GB 27887-2011 ISOFIX',
    validFrom: '2023-06-01',
    validUntil: '2028-05-31',
  });
  await recordCertification(em, washer, {
    kind: CK.CCC,
    number: '2022010201987654',
    body: '中国质量认证中心 (CQC)',
    scope: 'MJ-G100 GB 4706.1 / GB 4706.24',
    validFrom: '2022-11-01',
    validUntil: '2027-10-31',
  });

  // First-responsibility commitments; Dennis has a superseded version so that coverage history shows.
  // Dennis and Wanjiahui give their commitments in English too; the others' show as Chinese only on the English page.
  const sellerCommit = (
    org: Organization,
    statement: string,
    scope: CommitmentScope,
    remedies: Remedy[],
    hours: number,
    hotline: string,
    from: string,
    categories?: ProductCategory[],
  ) =>
    publishCommitment(em, viewerOf(org), {
      statement,
      statementEn: COMMITMENTS_EN[statement] ?? null,
      scope,
      categories: categories ?? null,
      products: null,
      remedies,
      responseHours: hours,
      hotline,
      validFrom: at(from),
      validUntil: null,
    });
  const RM = Remedy;
  await sellerCommit(
    dennis,
    '丹尼斯承诺：顾客在本店购买的商品出现质量问题，可先找本店，本店负责修理、更换或退货，再向供货方追偿。',
    CommitmentScope.ALL,
    [RM.REPAIR, RM.REPLACE],
    48,
    '0371-6696 8888',
    '2024-01-01T00:00:00',
  );
  await sellerCommit(
    dennis,
    '丹尼斯首负承诺（2024 年 7 月版）：质量问题先找丹尼斯，7 日内可退、15 日内可换、保修期内免费修理；我们先行赔付，再向厂家追偿。',
    CommitmentScope.ALL,
    [RM.REPAIR, RM.REPLACE, RM.REFUND],
    24,
    '0371-6696 8888',
    '2024-07-01T00:00:00',
  );
  await sellerCommit(
    wanjia,
    '万家惠首负承诺：儿童用品与家电出现质量问题，先找万家惠，包修包换包退。',
    CommitmentScope.CATEGORIES,
    [RM.REPAIR, RM.REPLACE, RM.REFUND],
    48,
    '0379-6321 5000',
    '2024-03-01T00:00:00',
    [C.CHILDRENS_GOODS, C.HOME_APPLIANCE],
  );
  await sellerCommit(
    gulou,
    '鼓楼商场首负责任制：商品质量问题由商场先行负责。',
    CommitmentScope.ALL,
    [RM.REPLACE, RM.REFUND],
    72,
    '0371-2256 1000',
    '2024-02-01T00:00:00',
  );
  await sellerCommit(
    baobei,
    '宝贝家母婴首负承诺：母婴商品质量问题，门店先行退换。',
    CommitmentScope.CATEGORIES,
    [RM.REPLACE, RM.REFUND],
    24,
    '400-666-1234',
    '2024-05-01T00:00:00',
    [C.CHILDRENS_GOODS],
  );
  await sellerCommit(
    lego,
    '乐童首负承诺：质量问题来店即处理，先退换后追偿。',
    CommitmentScope.ALL,
    [RM.REPAIR, RM.REPLACE, RM.REFUND],
    48,
    '0377-6300 2222',
    '2024-04-01T00:00:00',
  );
  await sellerCommit(
    zhongyuan,
    '中原商贸首负承诺：对下游门店先行承担质量责任并向生产者追偿。',
    CommitmentScope.ALL,
    [RM.REPLACE, RM.REFUND],
    72,
    '0371-8600 1000',
    '2024-01-01T00:00:00',
  );

  await publishDeclaration(em, cell, {
    validFrom: at('2024-01-01T00:00:00'),
    standards: [
      std('GB/T 18287-2013', S.NATIONAL_RECOMMENDED, '移动电话用锂离子蓄电池及蓄电池组总规范'),
      std('Q/XXLY 002-2024', S.ENTERPRISE, '18650 锂离子电芯企业标准', [
        {
          key: 'S1',
          name: '过充保护电压',
          nameEn: 'overcharge protection voltage',
          value: '≤ 4.25',
          unit: 'V',
          testMethod: 'GB/T 18287-2013 5.6',
          indicatorClass: I.SAFETY,
        },
        {
          key: 'S2',
          name: '短路保护',
          nameEn: 'short-circuit protection',
          value: '不起火、不爆炸 no fire, no explosion',
          unit: null,
          testMethod: 'GB/T 18287-2013 5.8',
          indicatorClass: I.SAFETY,
        },
        {
          key: 'P1',
          name: '额定容量',
          nameEn: 'rated capacity',
          value: '≥ 1500',
          unit: 'mAh',
          testMethod: 'GB/T 18287-2013 5.3',
          indicatorClass: I.PERFORMANCE,
        },
      ]),
    ],
  });

  // Chain 1: LFP cathode -> 18650 cells -> 12 V battery pack -> ride-on toy (+ ABS resin): four levels.
  const lfpLot = await makeLot(em, cells, lfp, {
    lotNumber: 'LFP2407-03',
    producedOn: '2024-07-03',
    quantity: 2000,
    unit: QuantityUnit.KILOGRAM,
    location: cellsPlant.location,
  });
  const cellLot = await makeLot(em, cells, cell, {
    lotNumber: 'C18650-2407B',
    producedOn: '2024-07-20',
    quantity: 60000,
    location: cellsPlant.location,
    inputs: [{ lot: lfpLot, quantity: 900 }],
  });
  await shipAndReceive(em, cellLot, cellsPlant, toysPlant, 40000, at('2024-07-25T09:00:00'), 'DN-LY-240725');
  const absLot = await makeLot(em, resin, abs, {
    lotNumber: 'ABS24-0611',
    producedOn: '2024-06-11',
    quantity: 50000,
    unit: QuantityUnit.KILOGRAM,
    location: resinPlant.location,
  });
  await shipAndReceive(em, absLot, resinPlant, toysPlant, 30000, at('2024-06-20T08:00:00'), 'DN-LSH-240620');
  const packLot = await makeLot(em, toys, pack, {
    lotNumber: 'BP2408-12',
    producedOn: '2024-08-12',
    quantity: 1200,
    location: toysPlant.location,
    inputs: [{ lot: cellLot, quantity: 12000 }],
  });
  const rideLot = await makeLot(em, toys, rideOn, {
    lotNumber: DEMO_LOTS.rideOnToy.lotNumber,
    producedOn: '2024-09-05',
    quantity: 800,
    location: toysPlant.location,
    inputs: [
      { lot: packLot, quantity: 800 },
      { lot: absLot, quantity: 4800 },
    ],
  });
  const rideLotOld = await makeLot(em, toys, rideOn, {
    lotNumber: 'RT2408C',
    producedOn: '2024-08-20',
    quantity: 300,
    location: toysPlant.location,
    inputs: [
      { lot: packLot, quantity: 300 },
      { lot: absLot, quantity: 1800 },
    ],
  });
  await distribute(
    em,
    rideLot,
    toysPlant,
    zyWh,
    600,
    [
      [dennisErqi, 120, 35],
      [dennisJinshui, 80, 20],
      [wanjiaStore, 100, 41],
      [gulouStore, 60, 12],
      [baobeiStore, 90, 30],
    ],
    '2024-09-10',
  );
  await distribute(em, rideLot, toysPlant, ynWh, 150, [[legoStore, 100, 44]], '2024-09-12');
  await distribute(em, rideLotOld, toysPlant, zyWh, 200, [[dennisErqi, 100, 88]], '2024-08-25');

  // Chain 2: cotton -> knit fabric -> infant bodysuit.
  const cottonLot = await makeLot(em, cotton, cottonP, {
    lotNumber: 'XJ-2405-117',
    producedOn: '2024-05-17',
    quantity: 20000,
    unit: QuantityUnit.KILOGRAM,
    location: cottonWh.location,
  });
  await shipAndReceive(em, cottonLot, cottonWh, textilePlant, 8000, at('2024-06-01T10:00:00'), 'DN-YM-240601');
  const fabricLot = await makeLot(em, textiles, fabric, {
    lotNumber: 'KF24-0702',
    producedOn: '2024-07-02',
    quantity: 12000,
    unit: QuantityUnit.METRE,
    location: textilePlant.location,
    inputs: [{ lot: cottonLot, quantity: 3000 }],
  });
  const bodyLot = await makeLot(em, textiles, bodysuit, {
    lotNumber: DEMO_LOTS.bodysuit.lotNumber,
    producedOn: '2024-08-06',
    quantity: 5000,
    location: textilePlant.location,
    inputs: [{ lot: fabricLot, quantity: 4500 }],
  });
  await distribute(
    em,
    bodyLot,
    textilePlant,
    zyWh,
    3000,
    [
      [baobeiStore, 800, 420],
      [dennisJinshui, 600, 310],
      [gulouStore, 400, 150],
    ],
    '2024-08-15',
  );
  // On its way: a carton of bodysuits for Dennis's Erqi store, shipped and not yet received (the console's Today page).
  await recordEvents(em, zhongyuan, [
    {
      type: RecordableEventType.SHIPPED,
      lot: bodyLot.globalId,
      location: zyWh.location.globalId,
      quantity: DEMO_INCOMING.quantity,
      occurredAt: at('2024-11-28T09:30:00'),
      counterparty: dennis.globalId,
      counterpartyLocation: dennisErqi.location.globalId,
      referenceDocument: DEMO_INCOMING.referenceDocument,
    },
  ]);

  // Chain 3: ABS resin -> building blocks.
  const blockLot = await makeLot(em, toys, blocks, {
    lotNumber: DEMO_LOTS.blocks.lotNumber,
    producedOn: '2024-10-07',
    quantity: 3000,
    location: toysPlant.location,
    inputs: [{ lot: absLot, quantity: 2400 }],
  });
  await distribute(
    em,
    blockLot,
    toysPlant,
    ynWh,
    1500,
    [
      [legoStore, 500, 210],
      [wanjiaStore, 400, 95],
    ],
    '2024-10-12',
  );

  // Chain 4: webbing + PP shell compound -> child car seat.
  const beltLot = await makeLot(em, webbing, belt, {
    lotNumber: 'WB24-0520',
    producedOn: '2024-05-20',
    quantity: 30000,
    unit: QuantityUnit.METRE,
    location: webbingPlant.location,
  });
  const ppLot = await makeLot(em, resin, pp, {
    lotNumber: 'PP24-0603',
    producedOn: '2024-06-03',
    quantity: 20000,
    unit: QuantityUnit.KILOGRAM,
    location: resinPlant.location,
  });
  await shipAndReceive(em, beltLot, webbingPlant, seatsPlant, 12000, at('2024-06-10T09:00:00'), 'DN-AD-240610');
  await shipAndReceive(em, ppLot, resinPlant, seatsPlant, 9000, at('2024-06-12T09:00:00'), 'DN-LSH-240612');
  const seatLot = await makeLot(em, seats, carSeat, {
    lotNumber: DEMO_LOTS.carSeat.lotNumber,
    producedOn: '2024-07-15',
    quantity: 2000,
    location: seatsPlant.location,
    inputs: [
      { lot: beltLot, quantity: 9000 },
      { lot: ppLot, quantity: 7000 },
    ],
  });
  await distribute(
    em,
    seatLot,
    seatsPlant,
    zyWh,
    1200,
    [
      [dennisErqi, 200, 64],
      [wanjiaStore, 300, 120],
      [legoStore, 150, 40],
    ],
    '2024-07-22',
  );

  // Chain 5: motor + steel sheet -> washing machine.
  const motorLot = await makeLot(em, anyang, motor, {
    lotNumber: 'MT24-0815',
    producedOn: '2024-08-15',
    quantity: 5000,
    location: anyangPlant.location,
  });
  const steelLot = await makeLot(em, anyang, steel, {
    lotNumber: 'ST24-0801',
    producedOn: '2024-08-01',
    quantity: 80000,
    unit: QuantityUnit.KILOGRAM,
    location: anyangPlant.location,
  });
  await shipAndReceive(em, motorLot, anyangPlant, appliancePlant, 3000, at('2024-08-20T09:00:00'), 'DN-JG-240820');
  await shipAndReceive(em, steelLot, anyangPlant, appliancePlant, 40000, at('2024-08-20T09:00:00'), 'DN-JG-240820');
  const washerLot = await makeLot(em, appliances, washer, {
    lotNumber: DEMO_LOTS.washer.lotNumber,
    producedOn: '2024-09-09',
    quantity: 1500,
    location: appliancePlant.location,
    inputs: [
      { lot: motorLot, quantity: 1500 },
      { lot: steelLot, quantity: 27000 },
    ],
  });
  await distribute(
    em,
    washerLot,
    appliancePlant,
    zyWh,
    900,
    [
      [dennisJinshui, 150, 48],
      [wanjiaStore, 200, 77],
      [gulouStore, 100, 25],
    ],
    '2024-09-15',
  );

  // The provincial regulator's spot check of the cells at the toy factory fails the overcharge indicator.
  await recordSpotCheck(em, viewerOf(samr), {
    lot: cellLot.globalId,
    location: toysPlant.location.globalId,
    sampledOn: '2024-10-15',
    laboratory: lab.globalId,
    reportNumber: 'HNQI-2024-JD-0311',
    results: [
      {
        indicatorKey: 'S1',
        measured: '4.38 V',
        passed: false,
        note: '保护板未在 4.25 V 切断 cut-off failed at 4.25 V',
      },
      { indicatorKey: 'S2', measured: '不起火、不爆炸', passed: true },
      { indicatorKey: 'P1', measured: '1512 mAh', passed: true },
    ],
  });

  // Parents who registered their ride-on toys for recall alerts on the scan page (e-mail, one in English, one by SMS).
  for (const [contact, language] of [
    ['zhang.mama@example.cn', Language.ZH],
    ['li.baba@example.cn', Language.ZH],
    ['wang.jiating@example.cn', Language.ZH],
    ['emma.parent@example.com', Language.EN],
    ['13800138000', Language.ZH],
  ] as const) {
    await registerPurchase(em, {
      gtin: DEMO_LOTS.rideOnToy.gtin,
      lotNumber: DEMO_LOTS.rideOnToy.lotNumber,
      contact,
      consent: true,
      language,
    });
  }
  await registerPurchase(em, {
    gtin: DEMO_LOTS.rideOnToy.gtin,
    lotNumber: 'RT2408C',
    contact: 'zhao.nainai@example.cn',
    consent: true,
    language: Language.ZH,
  });

  // API keys, fixed for the demo.
  for (const [role, org] of [
    ['SUPPLIER', cells],
    ['PRODUCER', toys],
    ['DISTRIBUTOR', zhongyuan],
    ['RETAILER', dennis],
    ['REGULATOR', samr],
    ['TESTING_LAB', lab],
  ] as const) {
    await createApiKey(em, org, `demo ${role.toLowerCase()} key`, undefined, DEMO_KEYS[role]);
  }
  const orgs = { RETAILER: dennis, PRODUCER: toys, DISTRIBUTOR: zhongyuan, REGULATOR: samr };
  for (const p of Object.values(DEMO_PEOPLE)) await makePerson(em, orgs[p.org], p);
}

/** Producer -> distributor warehouse -> stores, then consumer sales at each store over the following weeks. */
async function distribute(
  em: EntityManager,
  lot: Lot,
  plant: Site,
  warehouse: Site,
  toWarehouse: number,
  stores: [Site, number, number][],
  day: string,
): Promise<void> {
  const start = at(`${day}T09:00:00`);
  await shipAndReceive(em, lot, plant, warehouse, toWarehouse, start, `DN-${lot.lotNumber}-WH`);
  let h = 48;
  for (const [store, qty, sold] of stores) {
    await shipAndReceive(
      em,
      lot,
      warehouse,
      store,
      qty,
      new Date(start.getTime() + h * 3600_000),
      `DN-${lot.lotNumber}-${store.location.gln?.slice(-4)}`,
    );
    const sales = [Math.ceil(sold / 2), Math.floor(sold / 2)].filter((n) => n > 0);
    await recordEvents(
      em,
      store.org,
      sales.map((n, i) => ({
        type: RecordableEventType.SOLD,
        lot: lot.globalId,
        location: store.location.globalId,
        quantity: n,
        occurredAt: new Date(start.getTime() + (h + 72 + i * 240) * 3600_000),
        referenceDocument: `POS-${store.location.gln?.slice(-4)}-${i + 1}`,
      })),
    );
    h += 6;
  }
}

/** Whether this database holds the demo (its retailer's staff person exists): only then are demo credentials printed. */
export async function demoLoaded(em: EntityManager): Promise<boolean> {
  return (await em.count(Person, { login: DEMO_PEOPLE.retailerStaff.login })) > 0;
}

/**
 * What `npm start` prints: where to go, and with the demo data its keys, people and lots. The console's
 * address is on localhost, where browsers allow passkeys. Nothing but the demo's fixed credentials is
 * ever printed.
 */
export function printDemoBanner(
  urls: { api: string; console: string },
  embeddedDir: string | null,
  demo: boolean,
): void {
  const lines = [
    '',
    `  Product traceability API is up.`,
    `  Staff console: ${urls.console}/console`,
    `  GraphQL:       ${urls.api}/graphql   (open it in a browser: GraphiQL, with the demo keys one click away)`,
    `  Health:        ${urls.api}/healthz`,
    embeddedDir ? `  Database:      embedded PostgreSQL (PGlite) in ${embeddedDir}` : '  Database:      DATABASE_URL',
  ];
  if (demo) {
    lines.push(
      '',
      `  Demo people for the console (login, password; demo-only), at ${urls.console}/console:`,
      ...Object.values(DEMO_PEOPLE).map(
        (p) => `    ${p.login.padEnd(30)} ${p.password.padEnd(22)} ${p.role.padEnd(6)} ${p.name}`,
      ),
      '',
      '  Demo API keys (send as "Authorization: Bearer <key>"; without one you are the public):',
      ...Object.entries(DEMO_KEYS).map(([role, key]) => `    ${role.padEnd(12)} ${key}`),
      '',
      "  Lots to try: open the scan page (the GS1 Digital Link in each lot's QR code) in a browser, or query lot(gtin:, lotNumber:):",
      ...Object.values(DEMO_LOTS).map(
        (l) =>
          `    ${l.gtin} / ${l.lotNumber.padEnd(11)} ${l.what}   ${digitalLinkOf(config().publicBaseUrl ?? urls.api, l.gtin.padStart(14, '0'), l.lotNumber)}`,
      ),
    );
  }
  lines.push('');
  console.log(lines.join('\n'));
}
