import { AsyncLocalStorage } from 'node:async_hooks';
import type { PublishedEdition } from './published';

/**
 * The edition a page of the archive build belongs to. The middleware renders each `/editions/<id>/…`
 * page inside {@link inEdition}, so everything that page reads — the report (`getReport`), the URLs it
 * links to (`src/lib/site/paths.ts`) — is that edition's, while pages outside any scope are the latest
 * edition as `npm run build` makes it. Async-local, so pages rendered concurrently never mix editions.
 */
const scope = new AsyncLocalStorage<PublishedEdition>();

/** Runs `fn` (and everything it awaits) as a page of the old edition `edition`. */
export function inEdition<T>(edition: PublishedEdition, fn: () => T): T {
  return scope.run(edition, fn);
}

/** The old edition being rendered, or null for the latest. */
export function currentEdition(): PublishedEdition | null {
  return scope.getStore() ?? null;
}
