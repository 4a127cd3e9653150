/**
 * The report configs `REPORT_CONFIG` can name. The default, `nikkei225`, is report.config.ts at the
 * project root; a sister report is a file here plus one line below.
 */
import nikkei225 from '../report.config';
import topix from './topix.config';

export const REPORT_CONFIGS = {
  nikkei225: { file: 'report.config.ts', config: nikkei225 },
  topix: { file: 'configs/topix.config.ts', config: topix },
} as const;

export const DEFAULT_REPORT_CONFIG = 'nikkei225';
