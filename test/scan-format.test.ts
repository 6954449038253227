import { describe, expect, it } from 'vitest';
import { ageRange, fill, localText } from '../src/modules/scan/scan.format';
import { html } from '../src/modules/scan/html';

/** How the consumer pages write ages and fill their sentences. */
describe('age ranges', () => {
  it('reads ages of 24 months and more as years, younger ones as months', () => {
    expect(ageRange('zh', 9, 144)).toBe('9 个月–12 岁');
    expect(ageRange('en', 9, 144)).toBe('9 months–12 years');
    expect(ageRange('zh', 36, 96)).toBe('3–8 岁');
    expect(ageRange('en', 36, 96)).toBe('3–8 years');
    expect(ageRange('zh', 0, 12)).toBe('0–12 个月');
    expect(ageRange('en', 0, 12)).toBe('0–12 months');
    expect(ageRange('en', 18, 72)).toBe('18 months–6 years');
    expect(ageRange('en', 6, 30)).toBe('6 months–2.5 years');
    expect(ageRange('en', 0, 1)).toBe('0–1 month');
    expect(ageRange('en', 25, null)).toBe('25 months and up');
  });

  it('says "and up" or "up to" when one end is open, and nothing when both are', () => {
    expect(ageRange('zh', 36, null)).toBe('3 岁以上');
    expect(ageRange('en', 36, null)).toBe('3 years and up');
    expect(ageRange('zh', null, 36)).toBe('3 岁以下');
    expect(ageRange('en', null, 36)).toBe('up to 3 years');
    expect(ageRange('en', 0, null)).toBeNull();
    expect(ageRange('zh', null, null)).toBeNull();
  });
});

describe('sentences with slots', () => {
  it('escapes the sentence and plain values, keeps markup values', () => {
    expect(fill('第 {v} 版 <自 {since}>', { v: 2, since: html`<time>x</time>` }).text).toBe(
      '第 2 版 &lt;自 <time>x</time>&gt;',
    );
    expect(fill('{a} & {b}', { a: '<b>', b: 'c' }).text).toBe('&lt;b&gt; &amp; c');
  });
});

describe('texts the data holds in Chinese and maybe English', () => {
  it('shows the Chinese on the Chinese page, the English on the English page when there is one', () => {
    expect(localText('zh', '玩具安全', 'Safety of toys').text).toBe('玩具安全');
    expect(localText('en', '玩具安全', 'Safety of toys').text).toBe('Safety of toys');
  });

  it('marks Chinese on the English page: its language always, "Chinese only" when it holds no English word', () => {
    expect(localText('en', '玩具安全 <1>').text).toBe(
      '<span lang="zh-CN">玩具安全 &lt;1&gt;</span> <small>(Chinese only)</small>',
    );
    expect(localText('en', '钢 steel', null).text).toBe('<span lang="zh-CN">钢 steel</span>');
    expect(localText('en', 'ABS').text).toBe('ABS');
    expect(localText('en', 'ISOFIX 连接装置').text).toBe(
      '<span lang="zh-CN">ISOFIX 连接装置</span> <small>(Chinese only)</small>',
    );
    expect(localText('zh', '钢 steel').text).toBe('钢 steel');
  });
});
