import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFingerprint, getReport } from '../../../src/lib/report/report-fs';
import { copyData } from './helpers';

const dir = copyData();
afterAll(() => {
  delete process.env.REPORT_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

describe('getReport() during `npm run dev`', () => {
  it('re-reads the data when a file in the data directory changes, and not otherwise', () => {
    process.env.REPORT_DATA_DIR = dir;
    const a = getReport();
    expect(getReport()).toBe(a);
    const file = path.join(dir, 'n225.csv');
    const text = readFileSync(file, 'utf8');
    const edited = text.replace(/\n2026-09-24,65513\.9883\n$/, '\n2026-09-24,65600.0000\n');
    expect(edited).not.toBe(text);
    const fp = dataFingerprint(dir);
    writeFileSync(file, edited);
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(dataFingerprint(dir)).not.toBe(fp);
    const b = getReport();
    expect(b).not.toBe(a);
    expect(b.series.n225.values.at(-1)).toBe(65600);
    expect(a.series.n225.values.at(-1)).toBe(65513.9883);
  }, 60_000);
});
