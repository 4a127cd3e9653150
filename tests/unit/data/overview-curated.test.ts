import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCurated } from '../../../src/lib/data/curated/json-fs';
import { eventsSchema, indexProfileSchema, sectorMapSchema } from '../../../src/lib/data/curated/overview';

const CURATED = path.join(__dirname, '../../../data/curated');
const read = (name: string) => JSON.parse(readFileSync(path.join(CURATED, name), 'utf8'));

describe("the Overview's curated files", () => {
  it("map every one of the 36 industries to one of Nikkei's 6 sectors", () => {
    const m = parseCurated(sectorMapSchema, read('sector-map.json'), 'sector-map.json');
    const per = Object.fromEntries(m.sectors.map((s) => [s.id, m.industries.filter((i) => i.sector === s.id).length]));
    expect(per).toEqual({ technology: 5, financials: 4, consumer: 4, materials: 10, capitalGoods: 6, transportUtilities: 7 });
  });

  it('reject a sector map that names an unknown sector, with the JSON path', () => {
    const m = read('sector-map.json');
    m.industries[0].sector = 'tech';
    expect(() => parseCurated(sectorMapSchema, m, 'sector-map.json')).toThrow(/sector-map\.json: at industries\.0\.sector: unknown sector "tech"/);
  });

  it('reject events out of date order', () => {
    const e = read('events.json');
    [e.events[0], e.events[1]] = [e.events[1], e.events[0]];
    expect(() => parseCurated(eventsSchema, e, 'events.json')).toThrow(/events\.1\.date: events in strictly increasing date order/);
  });

  it('reject a profile whose par-value note disagrees with its value, or cites an unlisted source', () => {
    const p = read('index-profile.json');
    expect(parseCurated(indexProfileSchema, p, 'index-profile.json').parValue.value).toBe(50);
    expect(() => parseCurated(indexProfileSchema, { ...p, parValue: { ...p.parValue, value: 500 } }, 'index-profile.json')).toThrow(/must state the value 500/);
    expect(() => parseCurated(indexProfileSchema, { ...p, weighting: { ...p.weighting, source: 'blog' } }, 'index-profile.json')).toThrow(/source "blog" is not listed/);
  });
});
