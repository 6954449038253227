import { Language } from './alert.enums';

/** Recall alerts' words, Chinese and English (the registrant's language), and the pages behind their links. */
const zh = {
  subject: (product: string, lot: string) => `【召回通知】${product}（批号 ${lot}）`,
  greeting: '您好：',
  intro: (product: string, gtin: string, lot: string) =>
    `您曾登记购买 ${product}（商品条码 ${gtin}，批号 ${lot}），以便在召回时收到通知。`,
  recalled: (number: string, kind: string, by: string) =>
    `这个批次现已召回：召回编号 ${number}，${by}${kind === 'ORDERED' ? '责令召回' : '主动召回'}。`,
  hazard: '危害',
  clause: '不符合的标准条款',
  whatToDo: '请这样做',
  remedy: '补救方式',
  whereToGo: '去哪里办理',
  seller: (hotline: string, hours: number) => `热线 ${hotline}，${hours} 小时内答复`,
  soldAt: '售出门店',
  producer: '本批次的销售者未公布首负承诺，请联系生产者',
  hotline12365: '也可拨打全国 12365 市场监管投诉举报热线。',
  details: '召回详情',
  confirm: '请点击确认您已收到本通知',
  stop: '不想再收到本批次的召回通知（将删除您的联系方式）',
  why: '您收到这条通知，是因为您在产品追溯平台登记了这件商品的购买。请勿直接回复。',
  confirmedTitle: '已确认收到',
  confirmedText: '谢谢，我们已记录您收到了这条召回通知。请按下面的说明处理。',
  notFoundTitle: '链接无效',
  notFoundText: '这个链接不存在或已失效。',
  stopTitle: '停止召回通知',
  stopText: '停止后，我们将删除您为这件商品登记的联系方式，您不会再收到本批次的召回通知。',
  stopButton: '停止通知并删除联系方式',
  stoppedTitle: '已停止通知',
  stoppedText: '您的联系方式已删除，不会再收到本批次的召回通知。',
  alreadyStopped: '这条登记已经删除，不会再收到通知。',
  lotPage: '查看产品页（含召回说明）',
};

type Words = typeof zh;

const en: Words = {
  subject: (product, lot) => `Recall alert: ${product} (lot ${lot})`,
  greeting: 'Hello,',
  intro: (product, gtin, lot) =>
    `You registered your purchase of ${product} (GTIN ${gtin}, lot ${lot}) to be told of recalls.`,
  recalled: (number, kind, by) =>
    `This lot is now recalled: recall ${number}, ${kind === 'ORDERED' ? 'ordered by' : 'a voluntary recall by'} ${by}.`,
  hazard: 'Hazard',
  clause: 'Standard clause not met',
  whatToDo: 'What to do now',
  remedy: 'Remedy',
  whereToGo: 'Where to go',
  seller: (hotline, hours) => `hotline ${hotline}, answers within ${hours} hours`,
  soldAt: 'sold at',
  producer: 'No seller of this lot has published a first-responsibility commitment; contact the producer',
  hotline12365: 'You can also call the 12365 market regulation hotline.',
  details: 'The recall',
  confirm: 'Please confirm that you got this alert',
  stop: 'Stop recall alerts for this purchase (your contact is deleted)',
  why:
    'You get this alert because you registered this purchase on the product traceability platform. ' +
    'Please do not reply.',
  confirmedTitle: 'Thank you',
  confirmedText: 'We have recorded that you got this recall alert. Please follow the instructions below.',
  notFoundTitle: 'Link not valid',
  notFoundText: 'This link does not exist or is no longer valid.',
  stopTitle: 'Stop recall alerts',
  stopText:
    'When you stop them, we delete the contact you registered for this purchase, ' +
    'and you get no further recall alerts for this lot.',
  stopButton: 'Stop alerts and delete my contact',
  stoppedTitle: 'Alerts stopped',
  stoppedText: 'Your contact is deleted; you will get no further recall alerts for this lot.',
  alreadyStopped: 'This registration is already deleted: no further alerts.',
  lotPage: 'The product page (with the recall notice)',
};

export const ALERT_WORDS: Record<Language, Words> = { [Language.ZH]: zh, [Language.EN]: en };

export const ALERT_ENUM_WORDS: Record<Language, Record<string, string>> = {
  [Language.ZH]: { REPAIR: '修理', REPLACE: '更换', REFUND: '退货退款' },
  [Language.EN]: { REPAIR: 'repair', REPLACE: 'replacement', REFUND: 'refund' },
};
