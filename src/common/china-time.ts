/**
 * Dates and times as the platform's readers write them, in China time (Asia/Shanghai, UTC+8 all year):
 * "2026年12月2日 02:48" in Chinese, "2 Dec 2026, 02:48 China time" in English. Every page shows
 * instants through these, so that no page shows UTC, and a `<time datetime>` carries the same instant
 * with its offset.
 */
export type DisplayLang = 'zh' | 'en';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

function partsOf(at: Date): Parts {
  const p = Object.fromEntries(PARTS.formatToParts(at).map((x) => [x.type, x.value]));
  return { year: Number(p.year), month: Number(p.month), day: Number(p.day), hour: p.hour, minute: p.minute };
}

/** A calendar date: an instant (read in China time) or a date already written YYYY-MM-DD. */
function dayOf(value: Date | string): Pick<Parts, 'year' | 'month' | 'day'> {
  if (value instanceof Date) return partsOf(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) throw new Error(`not a date: ${value}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** "2024年9月5日" / "5 Sep 2024". */
export function formatDate(value: Date | string, lang: DisplayLang): string {
  const d = dayOf(value);
  return lang === 'zh' ? `${d.year}年${d.month}月${d.day}日` : `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** "2026年12月2日 02:48" / "2 Dec 2026, 02:48 China time". */
export function formatDateTime(at: Date, lang: DisplayLang): string {
  const p = partsOf(at);
  const time = `${p.hour}:${p.minute}`;
  return lang === 'zh' ? `${formatDate(at, lang)} ${time}` : `${formatDate(at, lang)}, ${time} China time`;
}

/** The instant for a `<time datetime>` attribute, in China time with its offset: "2026-12-02T02:48+08:00". */
export function isoInChina(at: Date): string {
  const p = partsOf(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${p.hour}:${p.minute}+08:00`;
}

/** The calendar date in China of an instant, YYYY-MM-DD. */
export function dateInChina(at: Date): string {
  return isoInChina(at).slice(0, 10);
}

/** China has one time zone, UTC+8, and no daylight saving time. */
const OFFSET_MS = 8 * 3600_000;

/** A moment for spreadsheets and messages, sortable as text, in China time: "2026-12-01 18:48:05". */
export function formatChinaTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
