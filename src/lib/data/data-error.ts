/**
 * A loader failure that names where and why: file, 1-based line and column, the offending value and
 * the rule it broke. Its message reads like a compiler error so editors and CI logs link to it.
 */
export class DataError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly value: string;
  readonly rule: string;

  constructor(where: { file: string; line: number; column: number; value: string; rule: string }) {
    super(`${where.file}:${where.line}:${where.column}: ${JSON.stringify(where.value)} breaks the rule: ${where.rule}`);
    this.name = 'DataError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
    this.value = where.value;
    this.rule = where.rule;
  }
}
