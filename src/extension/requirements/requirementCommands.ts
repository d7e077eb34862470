import type * as vscode from 'vscode';
import type { ProblemTotals } from '../../core/problemTotals';
import type { IndexView } from '../../core/indexView';
import { registerCommands } from '../support/commandRegistry';
import { goToRequirementCommand } from './goToRequirementCommand';
import { newRequirementCommand } from './newRequirementCommand';
import { newRequirementsFileCommand } from './newRequirementsFileCommand';
import { problemsSummaryCommand } from '../problems/problemsSummaryCommand';
import { setFieldCommands } from './setFieldCommands';
import { linkReviewCommands } from '../trace/linkReviewCommands';

/** The commands that create and edit requirements, find them and summarise their problems. */
export function registerRequirementCommands(index: IndexView, problems: ProblemTotals): vscode.Disposable {
  return registerCommands([
    newRequirementsFileCommand(index),
    newRequirementCommand(index),
    ...setFieldCommands(index),
    ...linkReviewCommands(index),
    goToRequirementCommand(index),
    problemsSummaryCommand(index, problems),
  ]);
}
