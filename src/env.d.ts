declare namespace App {
  interface Locals {
    /** The page's language, edition and texts (src/middleware.ts); null outside `/[lang]/` pages. */
    page?: import('./lib/site/page-context').PageContext | null;
  }
}
