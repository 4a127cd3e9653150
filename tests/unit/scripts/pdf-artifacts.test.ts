import { describe, expect, it } from 'vitest';
import { artifactTextRuns, markUnmarkedAsArtifacts, textOutsideMarkedContent } from '../../../scripts/lib/pdf-artifacts';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder('latin1').decode(b);

describe('markUnmarkedAsArtifacts(content)', () => {
  it('wraps each run outside marked content as an artifact, leaving tagged content and text objects whole', () => {
    const src = 'q 1 0 0 1 0 0 cm BT /F1 8 Tf (Header) Tj ET Q\n/P <</MCID 0>> BDC BT (Body) Tj ET EMC\n0 0 1 1 re f';
    const out = dec(markUnmarkedAsArtifacts(enc(src)));
    expect(out).toBe(
      '/Artifact BMC\nq 1 0 0 1 0 0 cm EMC\nBT /Artifact BMC\n/F1 8 Tf (Header) Tj EMC\nET /Artifact BMC\nQ\nEMC\n/P <</MCID 0>> BDC BT (Body) Tj ET EMC\n/Artifact BMC\n0 0 1 1 re f\nEMC\n',
    );
    expect(textOutsideMarkedContent(enc(src))).toBe(1);
    expect(textOutsideMarkedContent(enc(out))).toBe(0);
    expect(artifactTextRuns(enc(out))).toBe(1);
  });

  it('reads strings with escaped and nested parentheses and hex strings as operands, not operators', () => {
    const src = '/P <</MCID 1>> BDC BT (a \\) EMC (b) c) Tj <454d43> Tj ET EMC';
    expect(dec(markUnmarkedAsArtifacts(enc(src)))).toBe(src);
  });

  it('returns the same bytes when everything is already marked', () => {
    const src = enc('/Artifact BMC 0 0 1 1 re f EMC');
    expect(markUnmarkedAsArtifacts(src)).toBe(src);
  });
});
