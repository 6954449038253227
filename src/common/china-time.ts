/** China has one time zone, UTC+8, and no daylight saving time. */
const OFFSET_MS = 8 * 3600_000;

/** A moment as people in China write it, in China time: "2026-12-01 18:48:05". */
export function formatChinaTime(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}
