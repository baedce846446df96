import {css} from 'lit';

/**
 * The data table under a chart, map or KPI (src/chart/data-table.ts). Charts and maps adopt it
 * when the table's code arrives (FigureActions); the KPI, which has its table code up front, lists
 * it in its styles.
 */
export const tableStyles = css`
  .table-wrap {
    overflow-x: auto;
    margin-top: 0.5em;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  th,
  td {
    padding: 0.25em 0.75em;
    border-bottom: 1px solid var(--_grid);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  td.missing {
    color: var(--_text-muted);
  }
  .unit,
  .cell-status {
    font-weight: normal;
    color: var(--_text-muted);
  }
`;
