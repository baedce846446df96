// Turns the raw runs into medians, ratios and the Markdown of BENCHMARKS.md.
import {LIB_NAMES, OURS} from './pages.mjs';

export const METRICS = [
  {key: 'nav', label: 'navigation → painted', unit: 'ms'},
  {key: 'navAll', label: 'navigation → all charts rendered', unit: 'ms', only: (scenario) => scenario.charts.length > 1},
  {key: 'render', label: 'render only → painted', unit: 'ms'},
  {key: 'renderSync', label: 'render only → laid out (no frame wait)', unit: 'ms'},
  {key: 'renderCpu', label: 'render only: main-thread CPU', unit: 'ms'},
  {key: 'resize', label: 're-render after resize 800→600 px', unit: 'ms'},
  {key: 'heap', label: 'JS heap after render (after GC)', unit: 'MB'},
];

const PEERS = ['chartjs', 'plot'];

export function median(values) {
  const v = values.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** {value, runs, timeouts, errors} for one metric of one library in one scenario. */
export function summary(cell, key) {
  if (!cell) return undefined;
  const values = cell[key] ?? [];
  const numbers = values.filter((x) => typeof x === 'number');
  return {
    value: median(numbers),
    min: numbers.length ? Math.min(...numbers) : undefined,
    max: numbers.length ? Math.max(...numbers) : undefined,
    runs: numbers.length,
    timeouts: values.filter((x) => x === 'timeout').length,
    errors: values.filter((x) => x === 'error').length,
  };
}

const MB = 1024 * 1024;

function formatValue(s, unit, timeoutS) {
  if (!s) return '–';
  if (s.value === undefined) return s.timeouts ? `timeout (> ${timeoutS} s)` : s.errors ? 'error' : '–';
  const n = unit === 'MB' ? s.value / MB : s.value;
  const ms = (v) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
  // times: the median, then the fastest and slowest run (the spread shows how noisy the machine was)
  const text = unit === 'MB' ? n.toFixed(2) : s.runs > 1 ? `${ms(n)} <sub>${ms(s.min)}–${ms(s.max)}</sub>` : ms(n);
  const notes = [s.timeouts && `${s.timeouts} timed out`, s.errors && `${s.errors} failed`].filter(Boolean);
  return notes.length ? `${text} (${notes.join(', ')})` : text;
}

function ratio(ours, peer) {
  if (!ours || !peer) return '–';
  if (ours.value === undefined && ours.timeouts && peer.value !== undefined) return `> ${((ours.timeoutMs ?? 0) / peer.value).toFixed(1)}×`;
  if (ours.value === undefined || peer.value === undefined || peer.value === 0) return '–';
  return `${(ours.value / peer.value).toFixed(2)}×`;
}

/** The main results table: one row per scenario and metric, with each of our forms ÷ each peer. */
export function resultsTable(results, scenarios, libs, timeoutS) {
  const peers = PEERS.filter((p) => libs.includes(p));
  const ours = OURS.filter((o) => libs.includes(o));
  const pairs = ours.flatMap((o) => peers.map((p) => [o, p]));
  const head = ['scenario', 'metric', ...libs.map((l) => LIB_NAMES[l]), ...pairs.map(([o, p]) => `${o === 'ours' ? 'ours' : 'drop-in'} ÷ ${LIB_NAMES[p]}`)];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i < 2 ? '---' : '---:')).join('|')}|`];
  for (const scenario of scenarios) {
    for (const metric of METRICS) {
      if (metric.only && !metric.only(scenario)) continue;
      const cells = Object.fromEntries(libs.map((l) => [l, summary(results[scenario.id]?.[l], metric.key)]));
      for (const o of ours) if (cells[o]) cells[o].timeoutMs = timeoutS * 1000;
      const row = [
        scenario.title,
        `${metric.label} (${metric.unit})`,
        ...libs.map((l) => formatValue(cells[l], metric.unit, timeoutS)),
        ...pairs.map(([o, p]) => ratio(cells[o], cells[p])),
      ];
      lines.push(`| ${row.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

export function sizesTable(sizes, libs) {
  const kib = (b) => `${(b / 1024).toFixed(1)} KiB`;
  const lines = ['| library | what the page loads | min | gzip |', '|---|---|---:|---:|'];
  for (const lib of libs) {
    const s = sizes[lib];
    const lazy = s.lazy?.length ? ` (+ ${s.lazy.length} chunk(s) loaded on demand, ${kib(s.lazy.reduce((a, c) => a + c.gzip, 0))} gzip, not used here)` : '';
    lines.push(`| ${LIB_NAMES[lib]} | ${s.what}${lazy} | ${kib(s.min)} | ${kib(s.gzip)} |`);
  }
  for (const e of sizes.extra ?? []) lines.push(`| (for reference) | ${e.name} | ${kib(e.min)} | ${kib(e.gzip)} |`);
  return lines.join('\n');
}

/** Issue 7's targets: what was measured against each. */
export const TARGETS = [
  {scenario: 'bar', metric: 'render', max: 0.5, text: 'grouped bar chart, render only ≤ 0.5× Chart.js'},
  {scenario: 'bar', metric: 'nav', max: 0.7, text: 'grouped bar chart, navigation → painted ≤ 0.7× Chart.js'},
  {scenario: 'line-100k', metric: 'render', max: 0.5, text: 'line of 100k points, render only ≤ 0.5× Chart.js'},
  {scenario: 'page-50', metric: 'navAll', max: 0.6, also: 'nav', text: '50 charts from one monitor, navigation → all 50 rendered ≤ 0.6× Chart.js'},
  {scenario: '*', metric: 'heap', max: 0.6, text: 'JS heap after render ≤ 0.6× Chart.js'},
];

/** Each target for our two forms, and (when measured) for the reference chart: what the stack
 *  itself reaches, before any of our features. Only our forms are judged. */
export function targetsTable(results, scenarios, timeoutS, libs = OURS) {
  const ids = scenarios.map((s) => s.id);
  const forms = [...OURS, 'bare'].filter((o) => libs.includes(o));
  const judged = forms.filter((o) => OURS.includes(o));
  const name = (o) => ({ours: 'npm entry', dropin: 'drop-in', bare: 'bare lit + d3 (reference)'})[o];
  const lines = [`| target | ${forms.map((o) => `${name(o)} ÷ Chart.js`).join(' | ')} | met? |`, `|---|${forms.map(() => '---|').join('')}---|`];
  const check = (form, scenario, metric, max) => {
    const ours = summary(results[scenario]?.[form], metric);
    const peer = summary(results[scenario]?.chartjs, metric);
    if (!ours || !peer || peer.value === undefined) return {text: 'not measured', met: undefined};
    if (ours.value === undefined) {
      if (!ours.timeouts) return {text: 'failed', met: false};
      if (metric === 'heap') return {text: `timed out (> ${timeoutS} s)`, met: false};
      return {text: `timed out (> ${timeoutS} s) vs ${peer.value.toFixed(0)} ms: > ${((timeoutS * 1000) / peer.value).toFixed(0)}×`, met: false};
    }
    const r = ours.value / peer.value;
    return {text: `${r.toFixed(2)}×`, met: r <= max, r};
  };
  const verdict = (c, max) => (c.met === undefined ? '–' : c.met ? 'yes' : `**no**${c.r ? ` (${(c.r / max).toFixed(2)}× the target)` : ''}`);
  for (const t of TARGETS) {
    if (t.scenario === '*') {
      const cells = forms.map((form) => {
        const each = ids.map((id) => ({id, ...check(form, id, t.metric, t.max)})).filter((c) => c.met !== undefined);
        return {each, met: each.filter((c) => c.met).length};
      });
      const texts = cells.map(({each}) => each.map((c) => `${c.id} ${c.text}`).join(', ') || 'not measured');
      const met = judged
        .map((o) => {
          const {each, met: count} = cells[forms.indexOf(o)];
          return `${name(o)}: ${each.length ? `${count} of ${each.length} scenarios` : '–'}`;
        })
        .join('; ');
      lines.push(`| ${t.text} | ${texts.join(' | ')} | ${met} |`);
      continue;
    }
    if (!ids.includes(t.scenario)) {
      lines.push(`| ${t.text} | ${forms.map(() => 'not run').join(' | ')} | – |`);
      continue;
    }
    const cells = forms.map((form) => {
      const c = check(form, t.scenario, t.metric, t.max);
      if (t.metric === 'render') {
        // the same render measured as main-thread CPU time, which other processes' load disturbs less
        const cpu = check(form, t.scenario, 'renderCpu', t.max);
        if (cpu.r !== undefined) c.text += `; by main-thread CPU time ${cpu.text}`;
      }
      if (t.also) {
        const also = check(form, t.scenario, t.also, t.max);
        if (also.r !== undefined) c.text += `; to the charts in the viewport painted: ${also.text}`;
      }
      return c;
    });
    lines.push(`| ${t.text} | ${cells.map((c) => c.text).join(' | ')} | ${judged.map((o) => `${name(o)}: ${verdict(cells[forms.indexOf(o)], t.max)}`).join('; ')} |`);
  }
  return lines.join('\n');
}
