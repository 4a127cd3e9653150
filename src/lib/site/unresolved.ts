/**
 * MDX renders the children of `<When>` before `<When>` decides whether to show them, so a passage an
 * edition hides may name facts or figures that edition does not have. Components therefore write a
 * marker instead of throwing, and the build fails when any marker reaches a published page
 * (src/integrations/unresolved-check.ts): a hidden passage is fine, a visible hole is not.
 */
const OPEN = '⟦unresolved: ';
const CLOSE = '⟧';

/** The marker a component writes for something it cannot resolve in this edition. */
export function unresolved(what: string): string {
  return `${OPEN}${what}${CLOSE}`;
}

/** Every marker in a page's HTML, as its message. */
export function findUnresolved(html: string): string[] {
  const out: string[] = [];
  let i = html.indexOf(OPEN);
  while (i >= 0) {
    const j = html.indexOf(CLOSE, i);
    out.push(html.slice(i + OPEN.length, j < 0 ? undefined : j));
    i = html.indexOf(OPEN, i + OPEN.length);
  }
  return out;
}

/** Runs `f`; if it throws, returns the marker carrying its message instead. */
export function orUnresolved<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return unresolved((e as Error).message);
  }
}
