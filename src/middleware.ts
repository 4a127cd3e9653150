import { defineMiddleware } from 'astro:middleware';
import { inEdition } from './lib/report/edition-scope';
import { editionById } from './lib/report/report-fs';
import { pageContext } from './lib/site/page-context';

/**
 * Computes each page's context once (language, edition, texts) for its components; runs at build time
 * for every prerendered page. A page of an old edition (`/editions/<id>/…`, the archive build) is
 * rendered whole inside that edition's scope, so its report and links are the edition's own.
 */
export const onRequest = defineMiddleware((context, next) => {
  const id = context.params.edition;
  if (id === undefined) {
    context.locals.page = pageContext(context.params);
    return next();
  }
  return inEdition(editionById(id), async () => {
    context.locals.page = pageContext(context.params);
    const res = await next();
    // Read the body inside the scope: rendering is lazy, and every part of it must see this edition.
    return new Response(await res.arrayBuffer(), { status: res.status, headers: res.headers });
  });
});
