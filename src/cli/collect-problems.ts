/**
 * Every problem in a monitor document, not only the first. The data layer's validator stops at
 * the first one (elements need no more); for publishers we call it repeatedly:
 *
 * - a document-level problem (format, dimensions, themes…) is reported alone, because the
 *   indicators cannot be judged against broken declarations;
 * - otherwise each indicator is validated on its own (in a copy of the document holding only
 *   it), and after a problem in an observation that observation is left out and the indicator
 *   checked again, so every bad observation is found; any other problem in an indicator ends
 *   that indicator's checks (first problem per indicator).
 *
 * Duplicate indicator ids, which only show with all indicators together, are checked here.
 */
import {isMonitorError} from '../data/errors.js';
import {at, isRecord} from '../data/json-path.js';
import {validateMonitor} from '../data/validate.js';

export interface Problem {
  /** The path as the validator writes it, against the original document. */
  readonly path: string;
  readonly message: string;
}

/** At most this many problems per indicator: past that the file needs a look, not a list. */
const MAX_PER_INDICATOR = 50;

function firstProblem(doc: unknown): Problem | undefined {
  try {
    validateMonitor(doc);
    return undefined;
  } catch (error) {
    if (!isMonitorError(error)) throw error;
    return {path: error.path ?? '', message: error.message};
  }
}

/** `indicators[0].observations[4].value` → `indicators[7].observations[9].value`, for indicator 7
 *  whose observation 9 was the 4th left; the message starts with the path, so it is rewritten too. */
function remap(problem: Problem, indicator: number, observationIndex: readonly number[]): Problem {
  const rewrite = (text: string) =>
    text
      .replace(/^indicators\[0\]\.observations\[(\d+)\]/, (_, i: string) => `indicators[${indicator}].observations[${observationIndex[Number(i)]}]`)
      .replace(/(as indicators\[0\]\.observations\[)(\d+)\]/, (_, head: string, i: string) => `${head.replace('[0]', `[${indicator}]`)}${observationIndex[Number(i)]}]`)
      .replace(/^indicators\[0\]/, `indicators[${indicator}]`);
  return {path: rewrite(problem.path), message: rewrite(problem.message)};
}

function indicatorProblems(root: Record<string, unknown>, indicator: unknown, index: number): Problem[] {
  const problems: Problem[] = [];
  if (!isRecord(indicator) || !Array.isArray(indicator.observations)) {
    const problem = firstProblem({...root, indicators: [indicator]});
    return problem ? [remap(problem, index, [])] : [];
  }
  let observations = [...indicator.observations];
  let observationIndex = observations.map((_, i) => i);
  while (problems.length < MAX_PER_INDICATOR) {
    const problem = firstProblem({...root, indicators: [{...indicator, observations}]});
    if (!problem) break;
    problems.push(remap(problem, index, observationIndex));
    const bad = /^indicators\[0\]\.observations\[(\d+)\]/.exec(problem.path);
    if (!bad) break;
    const drop = Number(bad[1]);
    observations = observations.filter((_, i) => i !== drop);
    observationIndex = observationIndex.filter((_, i) => i !== drop);
  }
  return problems;
}

function duplicateIds(indicators: readonly unknown[]): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  indicators.forEach((indicator, i) => {
    if (!isRecord(indicator) || typeof indicator.id !== 'string') return;
    const first = seen.get(indicator.id);
    const path = at(at('indicators', i), 'id');
    if (first !== undefined) problems.push({path, message: `${path}: duplicate indicator id ${JSON.stringify(indicator.id)} (also indicators[${first}])`});
    else seen.set(indicator.id, i);
  });
  return problems;
}

export function collectProblems(doc: unknown): Problem[] {
  const first = firstProblem(doc);
  if (!first) return [];
  const inIndicators = /^indicators\[\d+\]/.test(first.path);
  if (!inIndicators || !isRecord(doc) || !Array.isArray(doc.indicators)) return [first];
  const root = {...doc};
  const problems = doc.indicators.flatMap((indicator, i) => indicatorProblems(root, indicator, i));
  problems.push(...duplicateIds(doc.indicators));
  // a problem the per-indicator runs cannot see still counts: never report fewer than validateMonitor
  return problems.length > 0 ? problems : [first];
}
