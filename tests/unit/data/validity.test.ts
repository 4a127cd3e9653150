import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseCurated } from '../../../src/lib/data/curated/json-fs';
import { indexProfileSchema } from '../../../src/lib/data/curated/overview';
import { datedVariants, heldOn, variantOn } from '../../../src/lib/data/curated/validity';

const PROFILE = JSON.parse(readFileSync(path.join(__dirname, '../../../data/curated/index-profile.json'), 'utf8'));

describe('validity dates of hand-kept facts', () => {
  it('holds from its first day to its last day, both inclusive, open ends unbounded', () => {
    const v = { from: '2022-10-01', until: null };
    expect(heldOn(v, '2022-09-30')).toBe(false);
    expect(heldOn(v, '2022-10-01')).toBe(true);
    expect(heldOn({ from: null, until: '2021-09-30' }, '2021-09-30')).toBe(true);
    expect(heldOn({ from: null, until: '2021-09-30' }, '2021-10-01')).toBe(false);
  });

  it('picks the variant in force on a date, or none before the first', () => {
    const vs = [{ from: '2000-04-24', until: '2022-12-31', n: 1 }, { from: '2023-01-01', until: null, n: 2 }];
    expect(variantOn(vs, '1999-12-30')).toBeNull();
    expect(variantOn(vs, '2022-12-30')?.n).toBe(1);
    expect(variantOn(vs, '2023-04-03')?.n).toBe(2);
  });

  it('refuses overlapping variants and a from-date after the until-date', () => {
    const schema = datedVariants({ n: z.number() });
    expect(schema.safeParse([{ n: 1, from: '2000-01-01', until: '2010-01-01' }, { n: 2, from: '2009-01-01' }]).success).toBe(false);
    expect(schema.safeParse([{ n: 1, until: null }, { n: 2, from: '2009-01-01' }]).success).toBe(false);
    expect(schema.safeParse([{ n: 1, from: '2010-01-01', until: '2000-01-01' }]).success).toBe(false);
    expect(schema.safeParse([{ n: 1, until: '2008-12-31' }, { n: 2, from: '2009-01-01' }]).success).toBe(true);
  });

  it('checks that the price adjustment factor took over the day after the presumed par value ended', () => {
    expect(() => parseCurated(indexProfileSchema, PROFILE, 'index-profile.json')).not.toThrow();
    const broken = { ...PROFILE, priceAdjustmentFactor: { ...PROFILE.priceAdjustmentFactor, from: '2021-11-01' } };
    expect(() => parseCurated(indexProfileSchema, broken, 'index-profile.json')).toThrowError(/index-profile\.json: at priceAdjustmentFactor\.from: .*day after parValue\.until/);
    const overlap = { ...PROFILE, review: [PROFILE.review[0], { ...PROFILE.review[1], from: '2022-06-01' }] };
    expect(() => parseCurated(indexProfileSchema, overlap, 'index-profile.json')).toThrowError(/overlap/);
  });
});
