import { applyTextEdits } from '../core/edit/textEdit';
import { FIELD_EDIT_MESSAGES, fieldEditTarget, planFieldEdit } from '../core/edit/fieldEditPlan';
import { phrase } from '../core/messages';
import { isRequirementField, REQUIREMENT_FIELDS, type RequirementField } from '../core/model';
import { closest } from '../core/schemaValidator';
import type { CliIo } from './cliIo';
import type { SetCommandLine } from './commandLine';
import { readEditedFile, writeEditedFile } from './editedFile';
import { parseFieldValue, showValue } from './requirementChange';
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
  const scope = { where: options.paths.length > 0 ? options.paths.join(', ') : phrase(FIELD_EDIT_MESSAGES.theCurrentFolder), display: (file: string) => workspace.display(file) };
  const target = fieldEditTarget(index, id, scope);
  if (!target.ok) {
    throw new Refusal(target.refusal.message);
  }
  const key = target.file;
  const shown = workspace.display(key);

  const edited = await readEditedFile(key, shown);
  const file = edited.text;
  if (!file.problem) {
    index.update(key, file.text, { kind: 'requirements', byteSize: edited.bytes.length });
  }
  const value = parseFieldValue(field, options.value);
  const plan = planFieldEdit(index, key, file, { id, field, value }, scope);
  if (!plan.ok) {
    throw new Refusal(plan.refusal.message);
  }
  if (plan.edits.length === 0) {
    return `${id}: ${field} is already ${showValue(value)} (${shown})`;
  }
  // The core has already re-read the edited text and confirmed that only this value changed.
  const text = applyTextEdits(file.text, plan.edits);
  await writeEditedFile(key, shown, edited, text, (reason) => new Refusal(reason));
  return `${id}: ${field} ${showValue(plan.old)} → ${showValue(value)} (${shown})`;
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
