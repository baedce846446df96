/** Only absolute http(s) URLs become links: a `javascript:` or `data:` URL must never reach an href. */
export function isHttpUrl(value: unknown): value is string {
  // (a blank string is no URL either: `new URL` throws)
  if (typeof value !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}
