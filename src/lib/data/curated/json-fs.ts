import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { withDatesWritten, withDerivedTexts } from '../../i18n/localized';
import { shownPath } from '../series-fs';

/**
 * Validates parsed JSON of a curated file, each localized text first completed with the derived languages
 * (converted from their source: withDerivedTexts) and its date tokens written in each language's style
 * (withDatesWritten); errors name the file and the JSON path of each problem.
 */
export function parseCurated<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  let texts: unknown;
  try {
    texts = withDatesWritten(withDerivedTexts(json));
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  const r = schema.safeParse(texts);
  if (r.success) return r.data;
  const msg = r.error.issues.map((i) => `${file}: at ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
  throw new Error(msg);
}

/** Reads `data/curated/<name>` (JSON) and validates it against `schema`. */
export function loadCuratedJson<T>(schema: z.ZodType<T>, name: string, dir: string): T {
  const file = path.join(dir, 'curated', name);
  const text = readFileSync(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${shownPath(file)}: not valid JSON (${(err as Error).message})`);
  }
  return parseCurated(schema, json, shownPath(file));
}
