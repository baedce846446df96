// WTR's own summary is not a plain "N passed, N failed" line, which CI's log reader wants.
// Printed at process exit because WTR's dynamic terminal clears its last lines on stop.
export function countsReporter({label = 'wtr'} = {}) {
  const walk = (suite, acc) => {
    if (!suite) return acc;
    for (const t of suite.tests ?? []) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite.suites ?? []) walk(s, acc);
    return acc;
  };
  return {
    stop({sessions}) {
      const acc = {passed: 0, failed: 0, skipped: 0};
      for (const s of sessions) {
        walk(s.testResults, acc);
        const empty = !s.testResults?.tests?.length && !s.testResults?.suites?.length;
        // a test file that fails to load counts as a failure
        if (!s.passed && (s.errors?.length ?? 0) > 0 && empty) acc.failed++;
      }
      process.once('exit', () =>
        process.stdout.write(`${label}: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped\n`),
      );
    },
  };
}
