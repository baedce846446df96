/**
 * Reads a JSON file served by the test server. Fetched rather than imported: the dev server
 * serves .json as JSON (not as a JS module), and esbuild drops `with {type: 'json'}` at target
 * es2022, so a JSON import would fail in the browser.
 */
export async function readJson<T = unknown>(pathFromRepo: string): Promise<T> {
  const url = new URL(`../../${pathFromRepo}`, import.meta.url);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`test fixture ${url.pathname}: HTTP ${response.status}`);
  return (await response.json()) as T;
}
