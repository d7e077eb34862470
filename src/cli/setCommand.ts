import { readFile } from 'node:fs/promises';
import { applyTextEdits } from '../core/edit/textEdit';
import { setRequirementField } from '../core/edit/requirementEdits';
import { isRequirementField, REQUIREMENT_FIELDS, type RequirementField } from '../core/model';
import { PARSE_RULE_IDS } from '../core/rules/ruleRegistry';
import { closest, validateRequirementValue } from '../core/schemaValidator';
import { CliError, type CliIo } from './cliIo';
import type { SetCommandLine } from './commandLine';
import { parseFieldValue, sameValue, showValue } from './requirementChange';
import { decodeFileText, encodeFileText } from '../core/fileText';
import { ChangedOnDiskError, replaceFileAtomically } from './atomicWrite';
import { fsErrorReason } from './fsErrorReason';
import { loadWorkspace } from './workspaceLoader';

/** A reason to leave the file alone; printed as `reqdesk: cannot set ID field: reason`, exit code 1. */
class Refusal extends Error {}

/**
 * Changes one field of one requirement with the core's format-preserving edit: only that value's text changes
 * (or one line is added), so comments, order, quoting, line ends and a byte order mark all stay as they were.
 * Anything doubtful — unknown or duplicate ID, broken YAML, a value the schema refuses — leaves the file untouched.
 */
export async function runSet(options: SetCommandLine, io: CliIo): Promise<number> {
  try {
    const message = await setField(options, io.cwd);
    io.stdout.write(`${message}\n`);
    return 0;
  } catch (error) {
    if (error instanceof Refusal) {
      io.stderr.write(`reqdesk: cannot set ${options.id} ${options.field}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function setField(options: SetCommandLine, cwd: string): Promise<string> {
  const { id } = options;
  const field = checkField(options.field);
  const workspace = await loadWorkspace(options.paths, cwd);
  const { index } = workspace;
  const found = index.requirementsWithId(id);
  if (found.length === 0) {
    const guesses = index.suggestRequirementIds(id);
    const where = options.paths.length > 0 ? options.paths.join(', ') : 'the current folder';
    throw new Refusal(`there is no requirement ${id} in ${where}${guesses.length > 0 ? ` (did you mean ${guesses.join(' or ')}?)` : ''}.`);
  }
  if (found.length > 1) {
    const places = found.map((r) => `${workspace.display(r.file)}:${r.range.start.line + 1}`).join(', ');
    throw new Refusal(`${id} is defined more than once (${places}): make the IDs unique first.`);
  }
  const key = found[0].file;
  const shown = workspace.display(key);

  // Edit exactly the bytes on disk now, not what was read a moment ago.
  const bytes = await readFile(key).catch((error: unknown) => {
    throw new CliError(`${shown}: ${fsErrorReason(error)}`);
  });
  const file = decodeFileText(bytes);
  if (file.problem) {
    throw new Refusal(`${shown} is not valid UTF-8 text, so it is not edited.`);
  }
  index.update(key, file.text, { kind: 'requirements', byteSize: bytes.length });
  const parsed = index.get(key);
  if (!parsed || parsed.hasSyntaxErrors) {
    const first = parsed?.findings.find((f) => f.severity === 'error' && (PARSE_RULE_IDS as readonly string[]).includes(f.ruleId));
    const at = first ? `:${first.range.start.line + 1}:${first.range.start.character + 1}: ${first.message}` : ' has YAML errors.';
    throw new Refusal(`${shown}${at} A file with YAML errors is never edited: fix it first.`);
  }
  const requirement = parsed.requirements.find((r) => r.id === id);
  if (!requirement) {
    throw new Refusal(`${id} is no longer in ${shown}.`);
  }

  const value = parseFieldValue(field, options.value);
  const invalid = validateRequirementValue(field, value, index.settingsFor(key));
  if (invalid !== undefined) {
    throw new Refusal(invalid);
  }
  const old = requirement.data[field];
  if (sameValue(old, value)) {
    return `${id}: ${field} is already ${showValue(value)} (${shown})`;
  }
  const result = setRequirementField(file.text, id, field, value);
  if (!result.ok) {
    throw new Refusal(result.reason);
  }
  // The core has already re-read the edited text and confirmed that only this value changed.
  const text = applyTextEdits(file.text, result.edits);
  // Atomic, and only if the file still holds the bytes the edit was made on: a killed run or a concurrent writer
  // can never leave a part of either text behind.
  await replaceFileAtomically(key, encodeFileText(text, file.bom), bytes).catch((error: unknown) => {
    if (error instanceof ChangedOnDiskError) {
      throw new Refusal(`${shown} changed on disk while the edit was prepared, so nothing was written. Run the command again.`);
    }
    throw new CliError(`${shown}: ${fsErrorReason(error)}`);
  });
  return `${id}: ${field} ${showValue(old)} → ${showValue(value)} (${shown})`;
}

function checkField(name: string): RequirementField {
  if (name === 'id') {
    throw new Refusal('IDs are not changed with set: other files refer to them.');
  }
  if (!isRequirementField(name)) {
    const editable = REQUIREMENT_FIELDS.filter((f) => f !== 'id');
    const guess = closest(name, editable);
    throw new Refusal(`'${name}' is not a requirement field${guess ? ` (did you mean '${guess}'?)` : ''}. Fields: ${editable.join(', ')}.`);
  }
  return name;
}
