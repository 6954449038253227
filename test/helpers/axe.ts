import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * axe-core in a real page: the accessibility check of every page test (the scan pages here, the staff
 * console's too). The library is evaluated in the page rather than added as a script tag, so that a
 * Content-Security-Policy with `script-src 'self'` does not stop it, and it runs even in a context with
 * JavaScript off (evaluation is the driver's, not the page's).
 */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type AxeImpact = 'minor' | 'moderate' | 'serious' | 'critical';

export interface AxeViolation {
  id: string;
  impact: AxeImpact | null;
  help: string;
  /** Each failing element: its selector, its markup (cut short) and why it fails. */
  nodes: { target: string; html: string; summary: string }[];
}

// Plain JavaScript in a string: test transforms never touch it (tsx's `__name` helper, swc's helpers).
const RUN = `(async (tags) => {
  const result = await window.axe.run(document, tags.length ? { runOnly: { type: 'tag', values: tags } } : {});
  return result.violations.map((v) => ({
    id: v.id, impact: v.impact ?? null, help: v.help,
    nodes: v.nodes.map((n) => ({
      target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary ?? '',
    })),
  }));
})`;

/** Every violation axe-core finds in the page as it is now: all rules but experimental ones, or those of `tags`. */
export async function axeViolations(page: Page, tags: string[] = []): Promise<AxeViolation[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return (await page.evaluate(`${RUN}(${JSON.stringify(tags)})`)) as AxeViolation[];
}

/** The violations a page may not have: serious and critical ones (the project's bar). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  return (await axeViolations(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable report of violations, for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target}  ${n.summary.replace(/\s+/g, ' ')}\n      ${n.html}`);
      return `${v.impact} ${v.id}: ${v.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/** Fails with a readable report when the page has a serious or critical violation. */
export async function expectAxeClean(page: Page, what: string): Promise<void> {
  const found = await seriousAxeViolations(page);
  if (found.length) {
    throw new Error(`${what} (${page.url()}) has accessibility violations:\n${describeViolations(found)}`);
  }
}
