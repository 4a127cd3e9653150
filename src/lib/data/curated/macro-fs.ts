import { dataDir } from '../series-fs';
import { loadCuratedJson } from './json-fs';
import { bojPolicySchema, seed000Schema, seed003MacroSchema, type MacroCurated } from './macro';

/** Reads and validates the Macro chapter's curated files (data/curated/) from the data directory. */
export function loadMacroCurated(dir = dataDir()): MacroCurated {
  return {
    policy: loadCuratedJson(bojPolicySchema, 'boj-policy.json', dir),
    seed000: loadCuratedJson(seed000Schema, 'seed-000-boj-table.json', dir),
    seed003: loadCuratedJson(seed003MacroSchema, 'seed-003-macro-claims.json', dir),
  };
}
