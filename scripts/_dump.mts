import { loadReportInputs } from '../src/lib/report/report-fs';
import { buildReport } from '../src/lib/report/report';
const inputs = loadReportInputs();
for (const asOf of (process.env.ED ?? '2026-09-24').split(',')) {
  const r = buildReport(inputs, asOf);
  const out: Record<string, unknown> = {};
  for (const [k, v] of r.index) if (/^macro\.(gdpParts|covid|etf)\b|macro\.boj\.regimes\..*etf|macro\.boj\.full\.etf/.test(k)) out[k] = v.value;
  console.log(asOf, JSON.stringify(out));
  console.log(JSON.stringify(r.datasets.macro.covid.waves));
  console.log(JSON.stringify(r.datasets.macro.etf.returns));
}
