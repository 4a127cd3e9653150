/** Printing the bench: plain aligned tables, sizes in KB, times in seconds or ms, and PASS/FAIL budgets. */

/** Kilobytes (1 KB = 1024 bytes) with one decimal. */
export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
/** Seconds with two decimals, from milliseconds. */
export const sec = (ms: number) => (ms / 1000).toFixed(2);

/** Prints a titled table with columns padded to their widest cell (numbers right-aligned). */
export function printTable(title: string, head: string[], rows: (string | number)[][]): void {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = head.map((_, i) => rows.every((r) => /^[-+\d.,×%]+$/.test(String(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => (numeric[i] && i > 0 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of cells.slice(1)) console.log(line(r));
}

/** One budget: what it limits, the measured value with its unit, the limit, and whether it holds. */
export interface Budget {
  name: string;
  measured: string;
  limit: string;
  pass: boolean;
  note?: string;
}

export function printBudgets(budgets: Budget[]): void {
  printTable(
    'Budgets',
    ['budget', 'measured', 'limit', 'result'],
    budgets.map((b) => [b.name, b.measured, b.limit, `${b.pass ? 'PASS' : 'FAIL'}${b.note ? ` (${b.note})` : ''}`]),
  );
}
