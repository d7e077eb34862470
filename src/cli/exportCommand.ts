import { specificationHtml, specificationMarkdown, type SpecificationDocument } from '../core/specification';
import type { CliIo } from './cliIo';
import type { ExportCommandLine } from './commandLine';
import { writeReport } from './reportOutput';
import { loadWorkspace } from './workspaceLoader';

/** Prints (or writes to --out) the specification of every requirements document, in path order, in English. */
export async function runExport(options: ExportCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd);
  const documents: SpecificationDocument[] = [...workspace.files.keys()]
    .flatMap((key) => {
      const parsed = workspace.index.get(key);
      return parsed && parsed.requirements.length > 0
        ? [{ header: parsed.header, path: workspace.display(key), requirements: parsed.requirements.map((r) => r.data) }]
        : [];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  await writeReport(io, options.out, options.format === 'spec-html' ? specificationHtml(documents) : specificationMarkdown(documents));
  return 0;
}
