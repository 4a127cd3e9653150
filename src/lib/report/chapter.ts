import type { DerivativesCurated } from '../data/curated/derivatives';
import type { MacroCurated } from '../data/curated/macro';
import type { OverviewCurated } from '../data/curated/overview';
import type { SeedClaims } from '../data/curated/seed-claims';
import type { SeedChecks } from '../data/curated/seed-checks';
import type { GdpTables } from '../data/gdp-tables';
import type { Series } from '../data/series';
import type { SeriesId } from '../data/series-catalog';
import type { ReportConfig } from '../config/schema';
import type { Edition } from './edition';
import type { FactTree } from './fact';

/** Everything the report reads, already validated by src/lib/data. */
export interface ReportInputs {
  /** Every series of the catalogue, complete (not yet truncated to an edition). */
  series: Record<SeriesId, Series>;
  /** ESRI's quarterly GDP components and their contributions to growth, complete. */
  gdpTables: GdpTables;
  seedClaims: SeedClaims;
  /** The register of every check of the two source documents, with their citations. */
  seedChecks: SeedChecks;
  curated: { overview: OverviewCurated; macro: MacroCurated; derivatives: DerivativesCurated };
}

/** What a chapter's facts builder sees: the report, the edition, and every series as that edition knows it. */
export interface ChapterContext {
  /** The report being built: its index and comparators, the series it publishes, its chapters, whether it checks the seed documents. */
  config: ReportConfig;
  edition: Edition;
  /** Each series truncated to the edition (`truncateSeries`: observations whose period ended by the as-of date). */
  series: Record<SeriesId, Series>;
  /** ESRI's GDP tables as the edition knows them (quarters published by its date). */
  gdpTables: GdpTables;
  curated: ReportInputs['curated'];
  /** The seed documents' figures and the register of every check of them (complete: each check's own code reads the edition's part). */
  seedClaims: SeedClaims;
  seedChecks: SeedChecks;
  /**
   * Whether the edition knows each source document: its date is on or after the latest date the
   * document's own text gives (`DOCUMENT_KNOWN_FROM`). Anything quoted or checked from a document is
   * left out of editions that do not know it.
   */
  knows: Readonly<Record<SourceDocumentId, boolean>>;
}

/** The two source documents the report quotes and checks. */
export type SourceDocumentId = 'r2022' | 'boj2025';

/** A chapter's contribution to the report: facts (what prose states) and datasets (what its figures draw). */
export interface ChapterResult<D> {
  facts: FactTree;
  datasets: D;
}
