/**
 * The pages Pagefind indexes: the latest edition's, under each language's folder (`{zh,en}/**\/*.html`),
 * never an old edition's under editions/ — search covers the latest edition only.
 */
export function searchGlob(locales: readonly string[]): string {
  return locales.length === 1 ? `${locales[0]}/**/*.html` : `{${locales.join(',')}}/**/*.html`;
}
