/**
 * The one cache of Intl formatters. Making one is slow (tens of microseconds, more on first use
 * of a locale), so each distinct set of options is made once, on first use — not when the
 * module loads, which is in the first load of every page.
 */
const numbers = new Map<string, Intl.NumberFormat>();
const dates = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(options: Intl.NumberFormatOptions, locale = 'en-GB'): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numbers.get(key);
  if (!format) numbers.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

export function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let format = dates.get(key);
  if (!format) dates.set(key, (format = new Intl.DateTimeFormat('en-GB', options)));
  return format;
}

/**
 * Loads the locale's number and date data while the page is idle, so the first table or card
 * that formats a number does not pay for it inside its own render (about 30 ms on the bench's
 * machine, in the task that shows a big list's first rows).
 */
export function warmFormattersWhenIdle(): void {
  const warm = () => {
    numberFormat({ maximumFractionDigits: 0 }).format(0);
    dateTimeFormat({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(0);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 5000 });
  else setTimeout(warm, 1000);
}
