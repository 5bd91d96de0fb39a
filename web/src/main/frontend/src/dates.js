// Calendar dates without time zones: the API speaks ISO dates, the chart local midnights.

const DAY = 86400000;

/** Parses '2019-01-31' into a local midnight, or null. */
export function parseIso(text) {
  if (!text) {
    return null;
  }
  return new Date(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

/** Formats a date as '2019-01-31', or null. */
export function toIso(date) {
  if (!date) {
    return null;
  }
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date, days) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Whole days from a to b, immune to daylight-saving hours. */
export function daysBetween(a, b) {
  const utc = (d) => Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
  return Math.round((utc(b) - utc(a)) / DAY);
}

/** Rounds a date dragged to any hour back to the midnight of its day. */
export function startOfDay(date) {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

export function today() {
  return startOfDay(new Date());
}
