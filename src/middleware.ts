import { defineMiddleware } from 'astro:middleware';
import { pageContext } from './lib/site/page-context';

/** Computes each page's context once (language, edition, texts) for its components; runs at build time for every prerendered page. */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = pageContext(context.params);
  return next();
});
