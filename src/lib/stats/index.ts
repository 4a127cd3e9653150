/**
 * Pure numeric analytics for the report: no I/O, no locale, no formatting, no date strings.
 * Returns are simple-return fractions, times are UTC milliseconds, moments are population moments,
 * annualisation uses 252 periods a year unless told otherwise. See each module's header.
 */
export * from './returns';
export * from './moments';
export * from './drawdown';
export * from './risk';
export * from './relation';
export * from './rolling';
export * from './periods';
export * from './distribution';
export * from './tracking';
export * from './waves';
