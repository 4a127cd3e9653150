import { REPORT_CONFIG } from '../lib/config/active';
import { reportNames } from '../lib/config/names';

/**
 * A remark plugin that writes the report's names into chapter prose when it is compiled: `%index%`,
 * `%indexFull%`, `%theIndex%`, `%comparator%` … (src/lib/config/names.ts) in text, headings and
 * string attributes (a `<Pick>`'s words) become the config's names in the file's language (its folder or
 * file name is a locale). Done before headings get their ids, so an anchor follows the name
 * ("five-years-against-the-csi-300"). A placeholder in a file of no known language fails the build.
 */
const PLACEHOLDER = /%(index|indexFull|theIndex|TheIndex|comparator|comparatorFull|theComparator|TheComparator)%/g;

interface Node {
  type: string;
  value?: unknown;
  children?: Node[];
  attributes?: { type: string; value?: unknown }[];
}

/** The locale of a chapter file: the nearest path segment (folder or file stem) that is a report language. */
export function localeOfPath(file: string): string | undefined {
  const parts = file
    .split(/[\\/]/)
    .map((p) => p.replace(/\.mdx?$/, ''))
    .reverse();
  return parts.find((p) => REPORT_CONFIG.locales.includes(p));
}

export function remarkReportNames() {
  return (tree: Node, file: { path?: string }) => {
    let names: Readonly<Record<string, string>> | undefined;
    const fill = (s: string): string =>
      s.replace(PLACEHOLDER, (_, name: string) => {
        if (!names) {
          const locale = localeOfPath(file.path ?? '');
          if (!locale) throw new Error(`${file.path ?? 'A Markdown file'} uses %${name}% but its path names no report language (${REPORT_CONFIG.locales.join(', ')})`);
          names = reportNames(locale);
        }
        return names[name] as string;
      });
    const walk = (n: Node): void => {
      if (n.type === 'text' && typeof n.value === 'string') n.value = fill(n.value);
      for (const a of n.attributes ?? []) if (a.type === 'mdxJsxAttribute' && typeof a.value === 'string') a.value = fill(a.value);
      for (const c of n.children ?? []) walk(c);
    };
    walk(tree);
  };
}
