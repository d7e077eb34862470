import type { Requirement } from '../../core/model';
import type { ProblemCount } from '../../core/requirementProblems';
import type { GroupBy, RequirementGroup } from '../../core/requirementTree';

/**
 * The elements of the requirements tree. Commands run from the tree receive these: menus key on
 * `contextValue`, and commands read `file` (documents) or `requirement` (requirements).
 */

/** A document when grouping by document: the New Requirement command reads `file` (the index key). */
export class DocumentElement {
  readonly contextValue = 'document';
  readonly file: string;

  constructor(readonly group: RequirementGroup) {
    this.file = group.key;
  }
}

/** A status, owner, priority or milestone group. */
export class ValueGroupElement {
  readonly contextValue = 'requirementGroup';

  constructor(readonly groupBy: Exclude<GroupBy, 'document'>, readonly group: RequirementGroup) {}
}

export type GroupElement = DocumentElement | ValueGroupElement;

export class RequirementElement {
  readonly contextValue = 'requirement';

  constructor(readonly requirement: Requirement, readonly parent: GroupElement, readonly problems: ProblemCount | undefined) {}
}

export type RequirementTreeElement = GroupElement | RequirementElement;
