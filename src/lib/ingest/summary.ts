import type { IngestPlan } from './plan';

/**
 * The report an ingest prints: one block per series (rows added, unchanged, revised, skipped, the new
 * last date, flagged rows let through), then the files written, or the errors and "nothing written".
 */
export function summaryLines(plan: IngestPlan, opts: { dryRun?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const r of plan.reports) {
    out.push(`${r.series} -> ${r.file}  (from ${r.inputs.join(', ')})`);
    out.push(`  added ${r.added}, unchanged ${r.unchanged}, revised ${r.revised}${r.missing ? `, skipped ${r.missing} missing-value rows` : ''}${r.artefacts.length ? `, skipped artefact rows ${r.artefacts.join(', ')}` : ''}`);
    out.push(`  last date ${r.last}${r.last !== r.previousLast ? ` (was ${r.previousLast})` : ' (unchanged)'}`);
    for (const a of r.allowed) out.push(`  let through: ${a}`);
  }
  for (const w of plan.warnings) out.push(`warning: ${w}`);
  if (plan.errors.length > 0) {
    out.push(...plan.errors);
    out.push(`${plan.errors.length} problem(s): nothing was written; data/ is unchanged.`);
  } else if (plan.writes.size === 0) {
    out.push('Nothing to change: the data already hold every row of the input.');
  } else {
    out.push(`${opts.dryRun ? 'Would write' : 'Wrote'} ${[...plan.writes.keys()].join(', ')}.`);
  }
  return out;
}
