import { applyTextEdits } from '../core/edit/textEdit';
import { FIELD_EDIT_MESSAGES, fieldEditTarget } from '../core/edit/fieldEditPlan';
import { localized, phrase } from '../core/messages';
import { linkReviews, stampLinksOfItems } from '../core/trace/linkReviewEdits';
import { linkText, splitLink } from '../core/trace/linkStamp';
import { CliError, type CliIo } from './cliIo';
import type { ReviewCommandLine } from './commandLine';
import { readEditedFile, writeEditedFile } from './editedFile';
import { loadWorkspace, type LoadedWorkspace } from './workspaceLoader';

/** A reason to leave a file alone; printed as `reqdesk: cannot review: reason`, exit code 1. */
class Refusal extends Error {}

/**
 * Stamps every link of the given requirements with its target as it is now (the "Mark All Links of … Reviewed"
 * fix, for bots and scripts): per file one format-preserving edit, written atomically and only over the bytes it
 * was computed on. Unknown or duplicate IDs are an error before anything is written.
 */
export async function runReview(options: ReviewCommandLine, io: CliIo): Promise<number> {
  const workspace = await loadWorkspace(options.paths, io.cwd);
  const byFile = filesOf(workspace, options);
  try {
    for (const [file, ids] of byFile) {
      io.stdout.write(await reviewFile(workspace, file, ids, options.dryRun));
    }
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr.write(`reqdesk: cannot review: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  if (options.dryRun) {
    io.stdout.write('(dry run: nothing written)\n');
  }
  return 0;
}

/** The requirements' files, in the order their IDs were given; any unknown or duplicate ID stops here (exit 2). */
function filesOf(workspace: LoadedWorkspace, options: ReviewCommandLine): Map<string, string[]> {
  const scope = { where: options.paths.length > 0 ? options.paths.join(', ') : phrase(FIELD_EDIT_MESSAGES.theCurrentFolder), display: (file: string) => workspace.display(file) };
  const byFile = new Map<string, string[]>();
  for (const id of new Set(options.ids)) {
    const target = fieldEditTarget(workspace.index, id, scope);
    if (!target.ok) {
      throw new CliError(target.refusal.message);
    }
    byFile.set(target.file, [...(byFile.get(target.file) ?? []), id]);
  }
  return byFile;
}

/** Stamps the links of `ids` in `file` as its bytes are now; returns the lines saying what was (or would be) stamped. */
async function reviewFile(workspace: LoadedWorkspace, file: string, ids: readonly string[], dryRun: boolean): Promise<string> {
  const { index } = workspace;
  const shown = workspace.display(file);
  const edited = await readEditedFile(file, shown);
  const current = edited.text;
  if (current.problem) {
    throw new Refusal(localized(FIELD_EDIT_MESSAGES.notText, shown).message);
  }
  index.update(file, current.text, { kind: 'requirements', byteSize: edited.bytes.length });
  const parsed = index.get(file);
  if (!parsed || parsed.hasSyntaxErrors) {
    throw new Refusal(localized(FIELD_EDIT_MESSAGES.yamlErrors, shown).message);
  }
  const context = { settings: index.settingsFor(file), requirementsWithId: (id: string) => index.requirementsWithId(id) };
  const plans = ids.flatMap((id) => parsed.requirements.filter((r) => r.id === id)).map((item) => ({ item, reviews: linkReviews(item, context, 'all') }));
  const lines = plans.map(({ item, reviews }) => reviews.length === 0
    ? `${item.id}: every link is reviewed already (${shown})\n`
    : reviews.map((r) => `${item.id}: ${r.expected} → ${linkText(splitLink(r.expected).id, r.stamp)} (${shown})\n`).join(''));
  const result = stampLinksOfItems(current.text, plans.filter((plan) => plan.reviews.length > 0));
  if (!result.ok) {
    throw new Refusal(result.refusal.message);
  }
  if (!dryRun && result.edits.length > 0) {
    await writeEditedFile(file, shown, edited, applyTextEdits(current.text, result.edits), (reason) => new Refusal(reason));
  }
  return lines.join('');
}
