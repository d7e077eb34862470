import type { Range, RelatedLocation, Severity, Translatable } from '../finding';
import type { ChangeRequest, Requirement } from '../model';
import type { ParsedFile } from '../parsedFile';
import type { Risk } from '../risks/risk';
import type { ProjectSettings } from '../settings';

/** What a rule may ask about the rest of the workspace. */
export interface RuleContext {
  readonly settings: ProjectSettings;
  /** The clock's local date (YYYY-MM-DD) the index judges dates by. */
  readonly today: string;
  requirementsWithId(id: string): readonly Requirement[];
  changeRequestsWithId(id: string): readonly ChangeRequest[];
  /** Whether requirement IDs with this prefix exist (`CR` always does): free text naming one names an ID. */
  isKnownIdPrefix(prefix: string): boolean;
  risksWithId(id: string): readonly Risk[];
  /** For a reqdesk.yaml: which of its project documents exist, as a front end found; undefined until one looked. */
  readonly presentDocuments?: ReadonlySet<string>;
}

/** Its message: English, with the template and arguments to translate it (messages.ts localized()). */
export interface RuleProblem extends Translatable {
  readonly range: Range;
  readonly related?: readonly RelatedLocation[];
}

export interface Rule {
  /** Stable id: the diagnostic code, the key in reqdesk.yaml `rules:`. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One line for documentation and the settings schema. */
  readonly description: string;
  /** 'workspace' rules read other files through the context and are re-run when those change. */
  readonly scope: 'file' | 'workspace';
  check(file: ParsedFile, context: RuleContext): RuleProblem[];
}
