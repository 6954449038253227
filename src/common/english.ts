/**
 * "a" or "an" before a word built into a message, by its first letter ("an active recall", "an
 * Organization", "a SOLD event"); `capital` starts a sentence with it. The words are status and type
 * names: no "hour" or "user" to get wrong.
 */
export function withArticle(word: string, capital = false): string {
  const article = /^[aeiou]/i.test(word) ? 'an' : 'a';
  return `${capital ? article[0].toUpperCase() + article.slice(1) : article} ${word}`;
}
