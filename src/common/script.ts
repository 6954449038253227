/** Which script a text is written in, as far as the pages and the checks of English fields need to know. */

const HAN = /\p{Script=Han}/u;
// A word of English has lower-case letters; acronyms and codes (ISOFIX, ABS, CQC) do not make a text English.
const ENGLISH_WORD = /[a-z]{2,}/;

/** Whether the text holds Chinese characters. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}

/** Whether the text is in Chinese alone: Chinese characters, no English word ("钢 steel" is not; "ISOFIX 连接装置" is). */
export function isChineseOnly(text: string): boolean {
  return HAN.test(text) && !ENGLISH_WORD.test(text);
}
