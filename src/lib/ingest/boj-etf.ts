/**
 * The Bank of Japan's daily record of its ETF and J-REIT purchases as collected from the BOJ's
 * operation announcements (`boj_etf_reit_amount.csv` of the ki-chi/boj-etf-purchase collection):
 * `Date,IndexETF,SupportiveETF,J-REIT,LendingETF`, one row per calendar day, amounts in ¥100 million,
 * an empty cell where the BOJ made no such operation that day. The ingest reads `IndexETF` (purchases
 * of ETFs tracking TOPIX, the Nikkei 225 or the JPX-Nikkei 400) into `bojEtf`; empty days are skipped,
 * so the canonical file holds purchase days only.
 */

/** Whether a header (as read) is the BOJ ETF purchase layout. */
export function isBojEtfHeader(header: readonly string[]): boolean {
  const h = header.map((c) => c.trim().toLowerCase());
  return h[0] === 'date' && h.includes('indexetf') && h.includes('j-reit');
}

/** The value column of the layout (lower case, as matched): index-linked ETF purchases. */
export const BOJ_ETF_VALUE_COLUMN = 'indexetf';
