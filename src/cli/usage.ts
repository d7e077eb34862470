import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const USAGE = `Usage: reqdesk <command> [options]

Commands:
  check [paths...]           Validate requirement, change request and record files
    --strict                 Also fail (exit 1) on warnings
    --format text|json       Output format (default: text)
    --as-of <date>           Judge due dates as of this day (YYYY-MM-DD; default:
                             REQDESK_TODAY, else today's local date)
  list [paths...]            List requirements
    --status <s>             Only these statuses (repeat or comma-separate)
    --owner <o>              Only these owners
    --priority <p>           Only these priorities
    --overdue                Only requirements past their due date and not done
    --as-of <date>           Judge due dates as of this day (as for check)
    --format table|csv|json  Output format (default: table)
  set <ID> <field> <value> [paths...]
                             Change one field of one requirement, keeping comments
                             and formatting; list fields take a,b,c
  review <ID...> [paths...]  Mark every link of these requirements reviewed: stamp
                             it with its target as it is now (ID@stamp), keeping
                             comments and formatting; prints each stamp written
    --dry-run                Print the stamps, write nothing
  changes [paths...]         Change log: every change request, its impact and decision,
                             with impact totals of the approved ones
    --status <s>             Only these statuses (repeat or comma-separate)
    --customer <c>           Only requests affecting this customer's documents
    --from <date>            Only requests made on or after this date (YYYY-MM-DD)
    --to <date>              Only requests made on or before this date
    --format md|csv|json     Output format (default: md)
    --out <file>             Write it there; the Markdown then links each ID to its
                             file, relative to <file> (printed, it has no links)
  export [paths...]          The requirements as a specification (per document, each
                             requirement with all its fields), a table or a workbook
    --format <f>             spec-md or spec-html: the specification as Markdown or a
                             self-contained HTML page (default: spec-md);
                             csv or md: the requirements table as list writes it;
                             xlsx: an Excel workbook (frozen header, drop-downs, change
                             requests, progress, and a hidden sheet for comparing)
    --out <file>             Write it there instead of printing it (xlsx needs it)
  import <file> --out <file.req.yaml>
                             A requirements table (.xlsx, or .csv in UTF-8 or GBK) as a
                             new requirements file: header row found, columns mapped by
                             their English or Chinese names, every other column kept
                             under extra; prints where each column went
    --sheet <name>           The workbook's sheet (default: the first with a header row)
    --prefix <P>             ID prefix for the document and new IDs (default: the one
                             the sheet's IDs use, else from the file name, else REQ)
    --map 'Header=field,…'   Map columns otherwise: a field, extra or skip; a column is
                             named by its header or its letters (D=skip)
    --force                  Replace --out when it exists
  compare <FILE.xlsx> [paths...]
                             A workbook exported by ReqDesk and returned edited: per
                             requirement its changed fields old → new, rows added and
                             removed, conflicts with changes made since the export;
                             exit 1 when the workbook has changes
    --format text|json       Output format (default: text)
  actions [paths...]         Action items of the communication records (notes/),
                             earliest due first
    --open                   Only actions not done yet
    --who <id>               Only these people's actions (repeat or comma-separate)
    --as-of <date>           Judge due dates as of this day (as for check)
    --format table|csv|json  Output format (default: table)
  report [paths...]          Status report of the project of each reqdesk.yaml:
                             milestones and payments, overdue work, changes against
                             the budget, risks, recent records, documents
    --as-of <date>           Judge due dates as of this day (as for check)
    --format md|html|json    Output format (default: md; html is one self-contained
                             page; json is the project state, an array of them when
                             there are several projects)
    --lang en|zh-cn          Language of the report's words (default: en)
    --out <file>             Write it there instead of printing it
  trace [paths...]           Traceability matrix: each requirement's links up and down
                             and the files mentioning it (code and tests by the
                             trace: globs of reqdesk.yaml, records, change requests)
    --uncovered              Only requirements no test mentions
    --strict                 Exit 1 when a done or accepted requirement has no test
    --format md|csv|json     Output format (default: md)
    --out <file>             Write it there instead of printing it
  impact <CR-ID> [paths...]  What a change request reaches: the requirements linking to
                             its affected ones (with the path), the files mentioning
                             them, open risks linked to them, open requests that
                             affect the same requirements
    --depth <n>              Follow links back this far (default: trace.impact_depth, 3)
    --format text|json       Output format (default: text)

Paths are files or folders (default: the current folder).

Options:
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 ok, 1 problems found or change refused, 2 usage or file error.
`;

/** The version in package.json, found by walking up from this file (works from out/ and from a bundle). */
export function readVersion(): string {
  for (let folder = __dirname; ; folder = dirname(folder)) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (manifest.name === 'reqdesk' && typeof manifest.version === 'string') {
        return manifest.version;
      }
    } catch {
      // No package.json here (or not ours): keep walking up.
    }
    if (dirname(folder) === folder) {
      return 'unknown';
    }
  }
}
