import { DataError } from '../../../src/lib/data/data-error';

/** The DataError that `parse` throws; fails the test when it throws anything else or accepts the input. */
export function dataErrorOf(what: string, parse: () => unknown): DataError {
  try {
    parse();
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error(`${what} was accepted`);
}
