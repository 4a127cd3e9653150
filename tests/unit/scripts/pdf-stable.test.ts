import { PDFArray, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renumberStructureIds } from '../../../scripts/lib/pdf-stable';

describe('renumberStructureIds(doc)', () => {
  it("renumbers Chromium's DOM-node structure ids from 1 in order, references included", async () => {
    const doc = await PDFDocument.create();
    const ctx = doc.context;
    const th = ctx.obj({ Type: 'StructElem', S: 'TH', ID: PDFString.of('node00000912') });
    const th2 = ctx.obj({ Type: 'StructElem', S: 'TH', ID: PDFString.of('node00000187') });
    const td = ctx.obj({ Type: 'StructElem', S: 'TD', A: ctx.obj([ctx.obj({ O: 'Table', Headers: ctx.obj([PDFString.of('node00000187'), PDFString.of('node00000912')]) })]) });
    for (const o of [th, th2, td]) ctx.register(o);
    expect(renumberStructureIds(doc)).toBe(2);
    expect(th2.get(PDFName.of('ID'))?.toString()).toBe('(node00000001)');
    expect(th.get(PDFName.of('ID'))?.toString()).toBe('(node00000002)');
    const headers = String((td.get(PDFName.of('A')) as PDFArray).lookup(0));
    expect(headers).toContain('(node00000001) (node00000002)');
  });
});
