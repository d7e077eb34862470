import * as vscode from 'vscode';

/**
 * A guided input of several steps, each one input box or quick pick with "step n of m" and a Back button (from
 * step 2 on). Back returns to the previous step with its answer kept; Escape ends the whole input. Built on
 * createInputBox / createQuickPick, since showInputBox and showQuickPick have no buttons.
 */

/** The Back button was pressed. */
export const BACK = Symbol('back');

/** An answer, BACK, or undefined when the user cancelled (Escape). */
export type Answer<T> = T | typeof BACK | undefined;

/** What a step does next: on to the following step, back to the one before, or stop everything. */
export type StepResult = 'next' | 'back' | 'cancel';

export type Step = () => Promise<StepResult>;

/** Where a prompt sits in the flow, for its title bar. */
export interface StepPlace {
  readonly title: string;
  readonly step: number;
  readonly totalSteps: number;
}

/** Runs the steps in order, going back on 'back'; resolves to false when the user cancelled. */
export async function runSteps(steps: readonly Step[]): Promise<boolean> {
  let i = 0;
  while (i < steps.length) {
    const result = await steps[i]();
    if (result === 'cancel') {
      return false;
    }
    i = result === 'back' ? Math.max(0, i - 1) : i + 1;
  }
  return true;
}

/** How an answer moves the flow: BACK goes back, undefined cancels, anything else is kept and goes on. */
export function advance<T>(answer: Answer<T>, keep: (value: T) => void): StepResult {
  if (answer === BACK) {
    return 'back';
  }
  if (answer === undefined) {
    return 'cancel';
  }
  keep(answer);
  return 'next';
}

export interface InputStepOptions {
  readonly prompt: string;
  readonly value?: string;
  readonly placeholder?: string;
  /** A message blocks accepting; checked as the user types and on Enter. */
  readonly validate?: (value: string) => string | undefined;
}

export function inputStep(place: StepPlace, options: InputStepOptions): Promise<Answer<string>> {
  const box = vscode.window.createInputBox();
  box.title = place.title;
  box.step = place.step;
  box.totalSteps = place.totalSteps;
  box.prompt = options.prompt;
  box.value = options.value ?? '';
  box.placeholder = options.placeholder;
  box.ignoreFocusOut = true;
  box.buttons = backButton(place);
  const validate = options.validate ?? ((): undefined => undefined);
  return settle<string>(box, (finish) => [
    box.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish(BACK)),
    box.onDidChangeValue((value) => {
      box.validationMessage = validate(value);
    }),
    box.onDidAccept(() => {
      const message = validate(box.value);
      box.validationMessage = message;
      if (message === undefined) {
        finish(box.value);
      }
    }),
  ]);
}

export interface PickStepOptions<T extends vscode.QuickPickItem> {
  readonly items: readonly T[];
  readonly placeholder: string;
  readonly canPickMany?: boolean;
  /** Items selected (many) or highlighted (one) when the step opens: the earlier answer when going back. */
  readonly selected?: (item: T) => boolean;
  /** A message blocks accepting and replaces the placeholder (quick picks have no validation message). */
  readonly validate?: (picked: readonly T[]) => string | undefined;
}

/** The picked items (one, unless canPickMany). */
export function pickStep<T extends vscode.QuickPickItem>(place: StepPlace, options: PickStepOptions<T>): Promise<Answer<readonly T[]>> {
  const pick = vscode.window.createQuickPick<T>();
  pick.title = place.title;
  pick.step = place.step;
  pick.totalSteps = place.totalSteps;
  pick.placeholder = options.placeholder;
  pick.canSelectMany = options.canPickMany ?? false;
  pick.matchOnDescription = true;
  pick.matchOnDetail = true;
  pick.ignoreFocusOut = true;
  pick.buttons = backButton(place);
  pick.items = options.items;
  const selected = options.selected ? options.items.filter(options.selected) : [];
  if (pick.canSelectMany) {
    pick.selectedItems = selected;
  } else if (selected.length > 0) {
    pick.activeItems = selected.slice(0, 1);
  }
  return settle<readonly T[]>(pick, (finish) => [
    pick.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish(BACK)),
    pick.onDidAccept(() => {
      const picked = pick.canSelectMany ? pick.selectedItems : pick.selectedItems.length > 0 ? pick.selectedItems : pick.activeItems;
      const message = options.validate?.(picked);
      if (message !== undefined) {
        pick.placeholder = message;
        return;
      }
      if (picked.length > 0 || pick.canSelectMany) {
        finish([...picked]);
      }
    }),
  ]);
}

function backButton(place: StepPlace): vscode.QuickInputButton[] {
  return place.step > 1 ? [vscode.QuickInputButtons.Back] : [];
}

/** Shows the input and resolves once: with an answer, BACK, or undefined when it is hidden (Escape). */
function settle<T>(input: vscode.QuickInput, listen: (finish: (answer: Answer<T>) => void) => vscode.Disposable[]): Promise<Answer<T>> {
  return new Promise((resolve) => {
    let done = false;
    const disposables: vscode.Disposable[] = [];
    const finish = (answer: Answer<T>): void => {
      if (done) {
        return;
      }
      done = true;
      disposables.forEach((d) => d.dispose());
      input.dispose();
      resolve(answer);
    };
    disposables.push(...listen(finish), input.onDidHide(() => finish(undefined)));
    input.show();
  });
}
