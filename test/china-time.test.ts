import { describe, expect, it } from 'vitest';
import { dateInChina, formatDate, formatDateTime, isoInChina } from '../src/common/china-time';

/** Dates and times on pages: China time, written as people in China write them, and sensibly in English. */
describe('China time formatting', () => {
  const evening = new Date('2026-12-01T18:48:00Z');

  it('shows an instant in China time, which is the next day here', () => {
    expect(formatDateTime(evening, 'zh')).toBe('2026年12月2日 02:48');
    expect(formatDateTime(evening, 'en')).toBe('2 Dec 2026, 02:48 China time');
    expect(isoInChina(evening)).toBe('2026-12-02T02:48+08:00');
    expect(dateInChina(evening)).toBe('2026-12-02');
  });

  it('writes calendar dates, from an instant or as stored (YYYY-MM-DD)', () => {
    expect(formatDate('2024-09-05', 'zh')).toBe('2024年9月5日');
    expect(formatDate('2024-09-05', 'en')).toBe('5 Sep 2024');
    expect(formatDate(new Date('2023-12-31T16:00:00Z'), 'zh')).toBe('2024年1月1日');
    expect(formatDateTime(new Date('2024-01-01T00:05:00+08:00'), 'en')).toBe('1 Jan 2024, 00:05 China time');
  });
});
