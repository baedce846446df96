/**
 * axe-core with exactly the WCAG tags we promise (2.0/2.1/2.2, A and AA), on an element and
 * its shadow tree. Fails with each violation's rule, target and HTML.
 */
import type {AxeResults, RunOptions} from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeGlobal {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}

async function axe(): Promise<AxeGlobal> {
  const w = window as unknown as {axe?: AxeGlobal};
  if (!w.axe) await import('axe-core/axe.min.js');
  return w.axe!;
}

let queue: Promise<unknown> = Promise.resolve();

/** Resolves when axe reports no violation for `element`; axe runs one at a time. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const run = queue.then(async () => (await axe()).run(element, {runOnly: {type: 'tag', values: WCAG_TAGS}, resultTypes: ['violations']}));
  queue = run.catch(() => undefined);
  const {violations} = await run;
  if (violations.length) {
    const lines = violations.flatMap((v) => [`${v.id} (${v.impact}): ${v.help}`, ...v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.html}`)]);
    throw new Error(`axe found ${violations.length} violation(s):\n${lines.join('\n')}`);
  }
}
