/**
 * Period codes from statistics offices (`2023JJ00`, `2023KW02`, `2023MM05`, `2023Q2`) written the
 * one way monitor JSON accepts (`2023`, `2023-Q2`, `2023-05`), using the data layer's parser.
 */
import {parsePeriod} from '../data/period.js';

/** The contract form of `code`, or undefined when it is not a period we know. */
export function toPeriodId(code: string): string | undefined {
  const period = parsePeriod(code.trim());
  if (!period) return undefined;
  if (period.month !== undefined) return `${period.year}-${String(period.month).padStart(2, '0')}`;
  if (period.quarter !== undefined) return `${period.year}-Q${period.quarter}`;
  return String(period.year);
}

export const PERIOD_HINT = 'periods are written 2023, 2023-Q2, 2023-05 (CBS 2023JJ00, 2023KW02, 2023MM05 are read too)';
