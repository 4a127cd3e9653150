/**
 * Finds the font the sharing images are drawn with: Noto Sans CJK (Debian's fonts-noto-cjk), whose one
 * file covers Chinese and Latin; each language's locale spec names the face in it (`fonts.image`). A
 * missing font stops the build with the fix, rather than drawing tofu.
 */
import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Fedora install Noto Sans CJK (a TrueType collection with the SC face). */
const CANDIDATES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
];

/** Font files for the sharing images (regular, and bold when present); OG_FONT_FILE overrides the search. */
export function ogFontFiles(): string[] {
  const regular = process.env.OG_FONT_FILE ?? CANDIDATES.find((f) => existsSync(f));
  if (!regular || !existsSync(regular)) {
    throw new Error(
      `Sharing images need the Noto Sans CJK font: install it (apt-get install -y fonts-noto-cjk) or set OG_FONT_FILE to a NotoSansCJK-Regular.ttc. Looked in: ${CANDIDATES.join(', ')}`,
    );
  }
  const bold = regular.replace('Regular', 'Bold');
  return bold !== regular && existsSync(bold) ? [regular, bold] : [regular];
}
