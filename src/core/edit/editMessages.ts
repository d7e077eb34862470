import { defineMessages } from '../messages';

/**
 * Why an edit of a file is refused. {0} is mostly a place in the file (pathLabel: "requirements › item 4 ›
 * status"); YAML syntax (`? key`, *alias, &anchor) stays as it is in every language.
 */
export const EDIT_MESSAGES = defineMessages({
  pathTop: 'the top level of the file',
  /** {0}: a list item's position from 1. */
  pathItem: 'item {0}',
  /** {0}: the path so far, {1}: the next key or item. */
  pathStep: '{0} › {1}',
  describedMapping: 'a mapping',
  /** {0}: the value as written. */
  describedScalar: "a single value ('{0}')",
  emptyPath: 'An edit needs the path of a value inside the file; the path is empty.',
  /** {0}: a place, {1}: what is there (a list, empty…), {2}: a key. */
  notAMapping: "The value at {0} is {1}, not a mapping: it has no key '{2}'.",
  /** {1}: a position from 1, {2}: how many items the list has. */
  noSuchItem: 'The value at {0} has no item {1} (it has {2}).',
  notAListNoItem: 'The value at {0} is {1}, not a list: it has no item {2}.',
  /** {1}: the alias or anchor name. */
  alias: 'The value at {0} is an alias (*{1}) of a value written elsewhere in the file: editing it would change that value and every other alias of it. Edit the file by hand.',
  anchor: 'The value at {0} has an anchor (&{1}): aliases (*{1}) elsewhere in the file repeat it, so editing it would change them too. Edit the file by hand.',
  onlyKeysRemoved: 'Only keys of a mapping can be removed; {0} is a list item.',
  notAListAppend: 'The value at {0} is {1}, not a list: nothing can be appended to it.',
  noListForItem: 'There is no list at {0}, so it has no item {1} to set.',
  keyWithoutValue: 'The key is written without a value node (`? key` or `{ key }`), which ReqDesk does not edit. Edit the file by hand.',
  explicitKey: "The key {0} is written in a form ReqDesk does not edit (an explicit '? key'). Edit the file by hand.",
  yamlErrors: 'The file has YAML errors, so ReqDesk does not edit it: fix them first.',
  /** {0}: a line number, {1}: the first YAML error. */
  yamlErrorsAt: 'The file has YAML errors, so ReqDesk does not edit it: fix them first. Line {0}: {1}',
  unverifiable: 'ReqDesk could not write this change without altering other parts of the file, so it left the file unchanged. Make this change by hand.',
  /** {0}: a requirement ID. */
  noRequirementInFile: 'No requirement with ID {0} in this file.',
  /** {1}: how many times, {2}: their positions in requirements. */
  idTwiceInFile: 'The ID {0} occurs {1} times in this file (items {2} of requirements): make the IDs unique before editing.',
  idExists: 'The file already has a requirement with ID {0}.',
  /** {0}: a risk ID. */
  riskExists: 'The file already has a risk with ID {0}.',
  /** {0}: a position from 1, {1}: the list (requirements, affects), {2}: the ID expected there. */
  itemChanged: 'Item {0} of {1} is no longer {2}: the file changed. Try again.',
  /** {0}: a requirement ID, {1}: the list item expected, {2}: its position from 1, {3}: the list field. */
  listItemChanged: '{0} no longer has {1} as item {2} of {3}: the file changed. Try again.',
});
