import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConstituentChanges, type ConstituentChange } from '../../../src/lib/data/constituent-changes';
import { loadConstituentChanges } from '../../../src/lib/data/constituents-fs';
import { DataError } from '../../../src/lib/data/data-error';
import { checkReplay, membershipOn } from '../../../src/lib/data/membership';

const DATA = path.join(__dirname, '../../../data');
/** The current list and the history as the report reads them. */
function load() {
  const current = readFileSync(path.join(DATA, 'constituents.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0] as string);
  return { current, changes: loadConstituentChanges(current, DATA) };
}

const sha = (codes: readonly string[]) => createHash('sha256').update(codes.join(',')).digest('hex');

// Expected values: `python3 tests/reference/membership_reference.py` (pure Python, reads data/ only).
// Independent check of the replay itself: the 2026-03-31 hash equals the sha256 of the sorted codes of
// Nikkei's official price-adjustment-factor file of 2026-01-09 (no change falls between the two dates).
const REFERENCE: Record<string, { count: number; sha256: string } | null> = {
  '2000-03-27': null,
  '2000-03-28': { count: 225, sha256: '637e1748e2cb07cee94162626d549f6d31947bbdd28449501bffc37f035d5c36' },
  '2000-04-21': { count: 225, sha256: '637e1748e2cb07cee94162626d549f6d31947bbdd28449501bffc37f035d5c36' },
  '2000-04-24': { count: 225, sha256: '78cea903e283d9098ec4ad1e094e0108041e8b9e413f1741db2b6be53b5549bd' },
  '2001-03-30': { count: 223, sha256: '7291baa59fa8e855021bc52bd0b7a0bf64ebe158fac4bbac7c71ef8309fe6f1a' },
  '2002-09-26': { count: 223, sha256: 'c58a50e551f785533bca7c9cad23ae9329bb39856fe8b4f41d11cc50c2c4351f' },
  '2008-12-30': { count: 225, sha256: '336ad9c14c0bca221397fb948c4b558e5862fce70cd8faada0e154dc834c3598' },
  '2012-06-29': { count: 225, sha256: 'bc90b5c1693e0e4de8acd37b085a5794977e55d21b6640e7c979d70ce38a5c11' },
  '2016-06-30': { count: 225, sha256: '681f8004c9345bc7e79ddc258ff8690c53c5feb5d36a0b960cf5d3f15ba2a18c' },
  '2022-06-30': { count: 225, sha256: '4be8841fc607ac944a4d7ccb88df59fe11392406b451e80b29090b6f47985f62' },
  '2022-10-03': { count: 225, sha256: 'a89f660e530f99c31393ff81518c9deefb88e9542efe8683ed963926c267b818' },
  '2026-03-31': { count: 225, sha256: 'b1c1af087546acd2fd285ca7ee36d894ee079ea919b8f027a07c2775aeec449a' },
  '2026-04-01': { count: 225, sha256: '0c411c6650df742e46f41c38fb4fcbd447ad1852f13847ca06bdf78dbb46a7ca' },
  '2026-09-24': { count: 225, sha256: '0c411c6650df742e46f41c38fb4fcbd447ad1852f13847ca06bdf78dbb46a7ca' },
};

describe('membershipOn: replaying the change history back from the current list', () => {
  const h = load();

  it('reproduces the current list for dates after the last change', () => {
    expect(membershipOn('2026-09-24', h)).toEqual([...h.current].sort());
  });

  it.each(Object.entries(REFERENCE))('gives the reference membership on %s', (date, want) => {
    const got = membershipOn(date, h);
    if (want === null) {
      expect(got).toBeNull();
      return;
    }
    expect(got).not.toBeNull();
    expect(got!.length).toBe(want.count);
    expect(sha(got!)).toBe(want.sha256);
  });

  it('has 225 members on year-ends where no deletion awaits its successor', () => {
    for (const d of ['2005-12-30', '2010-12-30', '2015-12-30', '2020-12-30', '2024-12-30']) expect(membershipOn(d, h)?.length).toBe(225);
  });

  it('applies a change from its effective date on, not the day before', () => {
    const before = new Set(membershipOn('2026-03-31', h));
    const on = new Set(membershipOn('2026-04-01', h));
    expect(before.has('285A')).toBe(false);
    expect(on.has('285A')).toBe(true);
    expect(before.has('6952')).toBe(true);
    expect(on.has('6952')).toBe(false);
  });
});

describe('the change history as data', () => {
  const row = (line: number, date: string, code: string, action: 'add' | 'delete'): ConstituentChange => ({ date, code, name: 'x', action, line });

  it('rejects a history that contradicts the current list, naming the line', () => {
    // 9999 was never a member, so undoing its addition is impossible.
    expect(() => checkReplay({ current: ['1111'], changes: [row(2, '2020-01-01', '9999', 'add')] }, 'changes.csv')).toThrowError(DataError);
    expect(() => checkReplay({ current: ['1111'], changes: [row(2, '2020-01-01', '9999', 'add')] }, 'changes.csv')).toThrowError(/changes\.csv:2:2: "9999"/);
    // 1111 is a member now, so it cannot have been deleted last.
    expect(() => checkReplay({ current: ['1111'], changes: [row(3, '2020-01-01', '1111', 'delete')] }, 'changes.csv')).toThrowError(/changes\.csv:3:2/);
  });

  it('names file, line, column and rule for a malformed row', () => {
    const head = 'date,code,name,action\n';
    expect(() => parseConstituentChanges(`${head}2020-01-01,1234,A,add\n2019-12-31,2345,B,add\n`, 'c.csv')).toThrowError(/c\.csv:3:1: "2019-12-31".*non-decreasing/);
    expect(() => parseConstituentChanges(`${head}2020-01-01,1234,A,added\n`, 'c.csv')).toThrowError(/c\.csv:2:4: "added"/);
    expect(() => parseConstituentChanges(`${head}2020-01-01,12345,A,add\n`, 'c.csv')).toThrowError(/c\.csv:2:2/);
    expect(() => parseConstituentChanges(`${head}2020-01-01,1234,A,add\n2020-01-01,1234,A,delete\n`, 'c.csv')).toThrowError(/c\.csv:3:2.*line 2/);
  });

  it('returns null (unknown) before the history begins', () => {
    expect(membershipOn('1999-12-30', { current: ['1111'], changes: [row(2, '2000-03-28', '1111', 'add')] })).toBeNull();
    expect(membershipOn('2000-03-28', { current: ['1111'], changes: [row(2, '2000-03-28', '1111', 'add')] })).toEqual(['1111']);
  });
});
