import type { IngestPlan } from './plan';

/**
 * The command's report in lines: repairs of an interrupted ingest first, then per series what was
 * added, unchanged, revised, skipped and let through, then the files written — or the errors and
 * "nothing written", or the failed write and what it left.
 */
export function summaryLines(plan: IngestPlan, opts: { dryRun?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const r of plan.repairs) out.push(`repaired: ${r}`);
  for (const r of plan.reports) {
    out.push(`${r.series} -> ${r.file}  (from ${r.inputs.join(', ')})`);
    for (const n of r.notes) out.push(`  ${n}`);
    out.push(
      `  added ${r.added}, unchanged ${r.unchanged}, revised ${r.revised}${r.missing ? `, skipped ${r.missing} missing-value rows` : ''}${r.artefacts.length ? `, skipped artefact rows ${r.artefacts.join(', ')}` : ''}`,
    );
    out.push(`  last date ${r.last}${r.last !== r.previousLast ? ` (was ${r.previousLast})` : ' (unchanged)'}`);
    for (const a of r.allowed) out.push(`  let through: ${a}`);
  }
  out.push(...(plan.tables ?? []));
  for (const w of plan.warnings) out.push(`warning: ${w}`);
  if (plan.errors.length > 0) {
    out.push(...plan.errors);
    out.push(`${plan.errors.length} problem(s): nothing was written; data/ is unchanged.`);
  } else if (plan.writeFailure) {
    out.push(plan.writeFailure.message);
    out.push(plan.writeFailure.unchanged ? 'Nothing was written; data/ is unchanged.' : 'The write was interrupted: run npm run ingest -- --repair (or any ingest) to finish it.');
  } else if (plan.writes.size === 0) {
    out.push(plan.reports.length === 0 && (plan.tables ?? []).length === 0 ? 'Nothing to ingest.' : 'Nothing to change: the data already hold every row of the input.');
  } else {
    out.push(`${opts.dryRun ? 'Would write' : 'Wrote'} ${[...plan.writes.keys()].join(', ')}.`);
  }
  return out;
}

/** The command's exit status for a plan: 0 when it did what was asked, 1 otherwise. */
export function exitCode(plan: IngestPlan): 0 | 1 {
  return plan.errors.length > 0 || plan.writeFailure ? 1 : 0;
}
