import { DEFAULT_REPORT_CONFIG, REPORT_CONFIGS } from '../../../configs/index';
import { validateReportConfig, type ReportConfig } from './schema';

/**
 * The config named by `name` (`REPORT_CONFIG`; unset = the default, report.config.ts), validated. An
 * unknown name or an invalid config fails with a message naming the choices or the config file and field.
 */
export function selectReportConfig(name: string | undefined): ReportConfig {
  const id = name === undefined || name.trim() === '' ? DEFAULT_REPORT_CONFIG : name.trim();
  const entry = (REPORT_CONFIGS as Record<string, { file: string; config: unknown }>)[id];
  if (!entry) throw new Error(`REPORT_CONFIG=${id} names no report config: one of ${Object.keys(REPORT_CONFIGS).join(', ')} (configs/index.ts)`);
  const config = validateReportConfig(entry.config, entry.file);
  if (config.id !== id) throw new Error(`Invalid report config ${entry.file}:\n  id: "${config.id}" must be the name configs/index.ts gives it, "${id}"`);
  return config;
}

/** The report this process builds: read once from `REPORT_CONFIG` when first imported. */
export const REPORT_CONFIG: ReportConfig = selectReportConfig(process.env.REPORT_CONFIG);

/** The file of the report this process builds, for messages that name it. */
export const REPORT_CONFIG_FILE: string = (REPORT_CONFIGS as Record<string, { file: string }>)[REPORT_CONFIG.id]?.file ?? `configs/${REPORT_CONFIG.id}.config.ts`;
