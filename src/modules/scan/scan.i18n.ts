/** The scan page's words in Chinese (the default) and English. */

export type Lang = 'zh' | 'en';

const zh = {
  title: '产品追溯',
  skip: '跳到主要内容',
  recallBanner: '召回通知',
  recallNumber: '召回编号',
  hazard: '危害',
  whatToDo: '请这样做',
  remedy: '补救方式',
  noRecall: '本批次目前没有召回。',
  recallStatus: '召回状态',
  salesStopped: '召回期间，本批次已停止销售和向下游发货。如发现仍在销售，请拨打 12365 举报。',
  product: '产品',
  gtin: '商品条码 (GTIN)',
  lot: '批号',
  producedOn: '生产日期',
  expiresOn: '有效期至',
  brand: '品牌',
  model: '型号',
  producer: '生产者',
  origin: '产地',
  label: '标签信息',
  materials: '材料成分',
  age: '适用年龄',
  month: '个月',
  months: '个月',
  year: '岁',
  years: '岁',
  ageFrom: '{age}以上',
  ageUpTo: '{age}以下',
  chineseOnly: '',
  specialGroups: '适用特殊人群',
  suitability: '适用说明',
  standards: '执行标准（企业标准自我声明）',
  declarationInForce: '本批次生产时（{madeOn}）适用第 {version} 版声明，自{since}起执行。',
  keyIndicators: '主要指标',
  noDeclaration: '生产者尚未公开声明本批次执行的标准。',
  certificates: '认证与检测',
  cccMissing: '本产品须获得 CCC 认证，但没有有效的 CCC 证书记录。',
  noCertificates: '没有认证记录。',
  validUntil: '有效期至',
  materialsFrom: '原材料来源',
  noInputs: '没有记录原材料批次。',
  directInputs: '直接使用的原材料和部件',
  furtherUpstream: '更上游：{lots}，来自 {suppliers}',
  lotsOne: '1 个批次',
  lotsMany: '{n} 个批次',
  suppliersOne: '1 家供应商',
  suppliersMany: '{n} 家供应商',
  moreLots: '另有 {lots}未列出。',
  depth: '层级',
  sellers: '销售者首负承诺',
  sellersIntro: '有质量问题，可先找销售者：销售者先行修理、更换或退货，再向上游追偿。',
  responseTime: '答复时限',
  hours: '小时',
  hotline: '热线',
  noCommitment: '销售本批次的商家尚未公布首负承诺；投诉将转给生产者处理。',
  register: '登记购买，接收召回提醒',
  registerIntro: '只用于通知本批次的召回；不公开；可随时凭删除码删除。',
  contact: '手机号或电子邮箱',
  consent: '我同意平台保存上述联系方式，仅用于本批次的召回通知。',
  submitRegister: '登记',
  complain: '投诉质量问题',
  category: '问题类型',
  description: '问题描述',
  boughtAt: '购买商家',
  unknownStore: '不记得 / 不在列表中',
  contactOptional: '联系方式（选填，便于商家联系您）',
  submitComplaint: '提交投诉',
  follow: '查询投诉进度',
  trackingCode: '投诉查询码',
  submitFollow: '查询',
  otherLots: '本产品的批次',
  lang: 'English',
  hotline12365: '也可拨打全国 12365 市场监管投诉举报热线。',
  notFound: '没有找到这个产品或批次。',
  badCode: '这个码的链接有误',
  badGtinCheckDigit: '链接里的商品条码（GTIN）校验位不对：有一位数字印错、扫错，或是编造的。',
  badGtinFormat: '链接里的商品条码（GTIN）应为 14 位数字（或 8、12、13 位）。',
  badLotNumber: '链接里的批号含有不允许的字符（如空格、汉字），或超过 20 位。',
  badLink: '链接的格式不符合 GS1 数字链接标准。',
  badCodeWhatToDo: '请重新扫描包装上的二维码；如果网址是手动输入的，请逐位核对。重新扫描仍然出错，说明包装上印的码本身有误：可能是印刷错误，也可能是假冒产品。',
  technicalDetail: '技术细节',
  counterfeit: '怀疑买到假冒产品？请保留商品和购物凭证，拨打 12365 市场监管投诉举报热线举报。',
  productNotFound: '没有找到这个产品',
  lotNotFound: '没有找到这个批次',
  unknownProduct: '商品条码 {gtin} 没有在本平台登记。',
  unknownProductHint: '生产者可能尚未登记这件产品。如果包装上说明可在此追溯，这件商品可能是假冒的。',
  unknownLot: '{product}没有批号为 {lot} 的批次记录。',
  unknownLotHint: '请核对包装上印的批号。生产者登记的批次都列在产品页上。',
  productLink: '查看本产品及其登记的批次',
  noSuchPage: '没有这个页面。',
  notATradeItem: '本平台只追溯商品：链接里应有 01 和商品条码（GTIN）。',
  unknownComplaint: '没有查询码为 {code} 的投诉。',
  unknownComplaintHint: '请核对查询码：它在提交投诉后显示，以 C 开头，共 11 位。',
  badTrackingCode: '查询码的格式不对：以 C 开头，后面是 10 位字母和数字，例如 C7K3M9Q2XA。',
  registered: '登记成功',
  registeredText: '本批次一旦召回，我们会通知',
  deletionCode: '删除码',
  deletionHint: '请保存删除码：凭它可随时删除登记。它只显示这一次。',
  deleteRegistration: '删除购买登记',
  submitDelete: '删除',
  deleted: '登记已删除。',
  complaintFiled: '投诉已提交',
  complaintFiledText: '请保存查询码，用它查询处理进度。',
  complaint: '投诉',
  status: '状态',
  responsible: '处理方',
  dueBy: '答复期限',
  answers: '答复',
  noAnswers: '尚无答复。',
  back: '返回产品页',
  errors: '请更正以下问题',
  tooMany: '提交太频繁，请稍后再试。',
  overdue: '已超过答复期限',
} as const;

type Words = { [K in keyof typeof zh]: string };

const en: Words = {
  title: 'Product trace',
  skip: 'Skip to main content',
  recallBanner: 'Recall notice',
  recallNumber: 'Recall number',
  hazard: 'Hazard',
  whatToDo: 'What to do',
  remedy: 'Remedy',
  noRecall: 'This lot is not under recall.',
  recallStatus: 'Recall status',
  salesStopped: 'While the recall is active, this lot may not be sold or shipped onward. '
    + 'If you see it on sale, report it to the 12365 hotline.',
  product: 'Product',
  gtin: 'GTIN',
  lot: 'Lot',
  producedOn: 'Produced on',
  expiresOn: 'Use by',
  brand: 'Brand',
  model: 'Model',
  producer: 'Producer',
  origin: 'Made in',
  label: 'Label',
  materials: 'Materials',
  age: 'Age range',
  month: 'month',
  months: 'months',
  year: 'year',
  years: 'years',
  ageFrom: '{age} and up',
  ageUpTo: 'up to {age}',
  chineseOnly: '(Chinese only)',
  specialGroups: 'Suitable for',
  suitability: 'Suitability',
  standards: "Standards the producer declares (enterprise standard self-declaration)",
  declarationInForce:
    'Version {version} of the declaration applied when this lot was made ({madeOn}); ' +
    'in force since {since}.',
  keyIndicators: 'Key indicators',
  noDeclaration: 'The producer has not publicly declared the standards of this lot.',
  certificates: 'Certificates and tests',
  cccMissing: 'This product needs CCC certification, but no valid CCC certificate is on record.',
  noCertificates: 'No certificates on record.',
  validUntil: 'valid until',
  materialsFrom: 'Where the materials came from',
  noInputs: 'No material lots are on record.',
  directInputs: 'Made directly from',
  furtherUpstream: 'Further upstream: {lots} from {suppliers}',
  lotsOne: '1 lot',
  lotsMany: '{n} lots',
  suppliersOne: '1 supplier',
  suppliersMany: '{n} suppliers',
  moreLots: '{lots} more not listed.',
  depth: 'level',
  sellers: "Sellers' first-responsibility commitments",
  sellersIntro: 'With a quality problem, go to the seller first: it repairs, replaces or refunds, then seeks recourse upstream.',
  responseTime: 'Answers within',
  hours: 'hours',
  hotline: 'Hotline',
  noCommitment: 'No seller of this lot has published a commitment; complaints go to the producer.',
  register: 'Register your purchase for recall alerts',
  registerIntro: 'Used only to tell you of a recall of this lot; never shown publicly; delete it at any time with the deletion code.',
  contact: 'Mobile number or e-mail',
  consent: 'I agree that this contact is kept and used only to tell me of recalls of this lot.',
  submitRegister: 'Register',
  complain: 'Report a problem',
  category: 'Kind of problem',
  description: 'What happened',
  boughtAt: 'Bought at',
  unknownStore: "Don't know / not listed",
  contactOptional: 'Contact (optional, so that the seller can reach you)',
  submitComplaint: 'Send',
  follow: 'Follow a complaint',
  trackingCode: 'Tracking code',
  submitFollow: 'Look up',
  otherLots: 'Lots of this product',
  lang: '中文',
  hotline12365: 'You can also call the 12365 market regulation hotline.',
  notFound: 'No such product or lot.',
  badCode: 'This code does not hold a valid product link',
  badGtinCheckDigit:
    'The product barcode number (GTIN) in the link has a wrong check digit: a digit was misprinted, ' +
    'misread or made up.',
  badGtinFormat: 'The product barcode number (GTIN) in the link must have 14 digits (or 8, 12 or 13).',
  badLotNumber:
    'The lot number in the link has characters that are not allowed (such as spaces or Chinese ' +
    'characters), or more than 20.',
  badLink: 'The link is not laid out as a GS1 Digital Link.',
  badCodeWhatToDo:
    'Scan the code on the package again, or check the address digit by digit if you typed it. If scanning ' +
    'gives this page again, the printed code itself is wrong: a misprint, or a counterfeit.',
  technicalDetail: 'Technical detail',
  counterfeit:
    'Suspect a counterfeit? Keep the item and the receipt, and report it on 12365, the market regulation ' +
    'hotline.',
  productNotFound: 'Product not found',
  lotNotFound: 'Lot not found',
  unknownProduct: 'No product with the barcode number {gtin} is registered on this platform.',
  unknownProductHint:
    'Its producer may not have registered it yet. If the package says it can be traced here, the item may ' +
    'be counterfeit.',
  unknownLot: '{product} has no lot numbered {lot} on record.',
  unknownLotHint:
    'Check the lot number printed on the package. The lots its producer registered are listed on the ' +
    'product page.',
  productLink: 'See the product and its registered lots',
  noSuchPage: 'There is no such page.',
  notATradeItem: 'This platform traces products only: the link should hold 01 and a product barcode number (GTIN).',
  unknownComplaint: 'No complaint has the tracking code {code}.',
  unknownComplaintHint:
    'Check the code: it was shown when the complaint was sent; it starts with C and has 11 characters.',
  badTrackingCode: 'A tracking code starts with C, followed by 10 letters and digits, e.g. C7K3M9Q2XA.',
  registered: 'Registered',
  registeredText: 'If this lot is recalled, we will tell',
  deletionCode: 'Deletion code',
  deletionHint: 'Keep the deletion code: it removes the registration at any time. It is shown only this once.',
  deleteRegistration: 'Delete a purchase registration',
  submitDelete: 'Delete',
  deleted: 'The registration is deleted.',
  complaintFiled: 'Complaint sent',
  complaintFiledText: 'Keep the tracking code to follow it.',
  complaint: 'Complaint',
  status: 'Status',
  responsible: 'Handled by',
  dueBy: 'Answer due by',
  answers: 'Answers',
  noAnswers: 'No answer yet.',
  back: 'Back to the product',
  errors: 'Please correct the following',
  tooMany: 'Too many submissions; please try again later.',
  overdue: 'past its answer deadline',
};

export const WORDS: Record<Lang, Words> = { zh, en };

/** Names of enum values shown on the page. */
export const ENUM_WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    REPAIR: '修理', REPLACE: '更换', REFUND: '退货退款',
    VOLUNTARY: '主动召回', ORDERED: '责令召回',
    CCC: 'CCC 认证', TEST_REPORT: '检测报告',
    VALID: '有效', EXPIRED: '已过期', SUSPENDED: '暂停', REVOKED: '撤销',
    NATIONAL_MANDATORY: '强制性国家标准', NATIONAL_RECOMMENDED: '推荐性国家标准', INDUSTRY: '行业标准', GROUP: '团体标准', ENTERPRISE: '企业标准',
    SAFETY: '安全', HEALTH: '健康', ENVIRONMENT: '环保', PERFORMANCE: '性能',
    INFANTS: '婴幼儿', CHILDREN: '儿童', ELDERLY: '老年人', PREGNANT: '孕妇', DISABLED: '残障人士',
    SAFETY_HAZARD: '安全隐患', QUALITY_DEFECT: '质量缺陷', LABEL_MISMATCH: '与标签或声明不符', SUSPECTED_COUNTERFEIT: '疑似假冒', OTHER: '其他',
    RECEIVED: '已受理', IN_PROGRESS: '处理中', RESOLVED: '已解决', REJECTED: '未予支持',
    RETAILER: '零售商', DISTRIBUTOR: '经销商', PRODUCER: '生产者',
  },
  en: {
    REPAIR: 'repair', REPLACE: 'replacement', REFUND: 'refund',
    VOLUNTARY: 'voluntary recall', ORDERED: 'ordered recall',
    CCC: 'CCC certificate', TEST_REPORT: 'test report',
    VALID: 'valid', EXPIRED: 'expired', SUSPENDED: 'suspended', REVOKED: 'revoked',
    NATIONAL_MANDATORY: 'mandatory national standard', NATIONAL_RECOMMENDED: 'recommended national standard', INDUSTRY: 'industry standard', GROUP: 'association standard', ENTERPRISE: 'enterprise standard',
    SAFETY: 'safety', HEALTH: 'health', ENVIRONMENT: 'environment', PERFORMANCE: 'performance',
    INFANTS: 'infants', CHILDREN: 'children', ELDERLY: 'the elderly', PREGNANT: 'pregnant women', DISABLED: 'people with disabilities',
    SAFETY_HAZARD: 'safety hazard', QUALITY_DEFECT: 'quality defect', LABEL_MISMATCH: 'differs from label or declaration', SUSPECTED_COUNTERFEIT: 'suspected counterfeit', OTHER: 'other',
    RECEIVED: 'received', IN_PROGRESS: 'in progress', RESOLVED: 'resolved', REJECTED: 'rejected',
    RETAILER: 'retailer', DISTRIBUTOR: 'distributor', PRODUCER: 'producer',
  },
};

/** The language: `?lang=` first, then the first of zh/en in Accept-Language, Chinese by default. */
export function pickLang(query: string | undefined, acceptLanguage: string | undefined): Lang {
  if (query === 'en' || query === 'zh') return query;
  const prefs = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { tag, q: q === undefined ? 1 : Number(q) };
    })
    .filter((p) => p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) {
    if (p.tag.startsWith('zh')) return 'zh';
    if (p.tag.startsWith('en')) return 'en';
  }
  return 'zh';
}

/** What a refused form says, by error code; other codes show the service's message. */
const FORM_ERRORS: Record<Lang, Record<string, string>> = {
  zh: {
    INVALID_CONTACT: '请填写手机号（如 13800138000）或电子邮箱。',
    CONSENT_REQUIRED: '须勾选同意，才能保存联系方式。',
    INVALID_INPUT: '请填写问题描述（不超过 2000 字）。',
    NOT_A_SELLER_OF_LOT: '所选商家没有经营过本批次。',
    UNKNOWN_DELETION_CODE: '没有找到这个删除码对应的登记（可能已删除）。',
  },
  en: {
    INVALID_CONTACT: 'Give a mobile number (e.g. 13800138000) or an e-mail address.',
    CONSENT_REQUIRED: 'The contact is kept only if you agree.',
    INVALID_INPUT: 'Describe the problem (up to 2,000 characters).',
    NOT_A_SELLER_OF_LOT: 'The store chosen never sold this lot.',
    UNKNOWN_DELETION_CODE: 'No registration has this deletion code (it may be deleted already).',
  },
};

export function formError(lang: Lang, e: { code: string; message: string }): string {
  return FORM_ERRORS[lang][e.code] ?? e.message;
}
