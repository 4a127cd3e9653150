import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDatesWritten } from '../../../src/lib/i18n/localized';
import { z } from 'zod';
import { loadCuratedJson, parseCurated } from '../../../src/lib/data/curated/json-fs';
import { seedChecksSchema } from '../../../src/lib/data/curated/seed-checks';

/** Date tokens in curated texts come out in each language's date style, the style of the report's own dates. */
describe('dates written into curated texts', () => {
  it('writes {date:…} in each language’s style', () => {
    const out = withDatesWritten({
      note: { zh: '截至{date:2022-07-21}', 'zh-hant': '截至{date:2022-07-21}', en: 'from {date:2024-07-10} to {date:2022-07-21}' },
      other: { en: 'no token', n: 3 },
    });
    expect(out.note.en).toBe('from Jul 10, 2024 to Jul 21, 2022');
    expect(out.note.zh).toBe('截至2022年7月21日');
    expect(out.note['zh-hant']).toBe('截至2022年7月21日');
    expect(out.other).toEqual({ en: 'no token', n: 3 });
  });

  it('names a token that is no day of the calendar, with the file', () => {
    expect(() => parseCurated(z.object({ note: z.object({ en: z.string() }) }), { note: { zh: '{date:2022-02-30}', en: '{date:2022-02-30}' } }, 'data/curated/x.json')).toThrow(
      'data/curated/x.json: {date:2022-02-30} is not a day of the calendar',
    );
  });

  it('leaves no token in the curated files as the report reads them', () => {
    const checks = loadCuratedJson(seedChecksSchema, 'seed-checks.json', path.resolve(import.meta.dirname, '../../../data'));
    expect(checks.documents.r2022.citation.en).toContain('the latest date it gives being Jul 21, 2022');
    expect(checks.documents.r2022.citation.zh).toContain('2022年7月21日');
    expect(JSON.stringify(checks)).not.toMatch(/\{date:/);
  });
});
