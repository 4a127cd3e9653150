import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's browser bundle, from the pinned devDependency (injected inline: no request is made). */
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
}

/**
 * Runs axe-core with its default rule set (WCAG 2.x A and AA plus best practices such as `region` and
 * `landmark-*`) and WCAG 2.2's target size (24 px, or that much space around a target; off in axe by
 * default, on in Lighthouse) on the loaded page. Returns one line per violation: rule, impact, help and
 * the first nodes.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, {
      resultTypes: ['violations'],
      rules: { 'target-size': { enabled: true } },
    }),
  )) as AxeResult;
  return result.violations.map((v) => {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.map(String).join(' ')}${n.failureSummary ? ` [${n.failureSummary.replace(/\s+/g, ' ').slice(0, 160)}]` : ''}`)
      .join('; ');
    return `${v.id} (${v.impact ?? '?'}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}): ${v.help} — ${where}`;
  });
}
