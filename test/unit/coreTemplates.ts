import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * Finds the core's message templates the way l10n.test.ts finds vscode.l10n.t messages: with TypeScript's parser,
 * in every `defineMessages({ … })` call under src/core (the marker src/core/messages.ts provides).
 */

const ROOT = path.join(__dirname, '../../..');
const CORE = path.join(ROOT, 'src/core');

/** One template of a defineMessages({…}) in the core, or why it cannot be read. */
export interface CoreTemplate {
  readonly file: string;
  readonly line: number;
  readonly template?: string;
  readonly problem?: string;
}

function literalText(node: ts.Expression | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** The values of every `defineMessages({ … })` call in one source text. */
export function scanDefineMessages(file: string, text: string): CoreTemplate[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const found: CoreTemplate[] = [];
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineMessages') {
      const argument = node.arguments[0];
      if (!argument || !ts.isObjectLiteralExpression(argument)) {
        found.push({ file, line: lineOf(node), problem: 'defineMessages takes an object literal' });
      } else {
        for (const property of argument.properties) {
          const template = ts.isPropertyAssignment(property) ? literalText(property.initializer) : undefined;
          found.push(template === undefined
            ? { file, line: lineOf(property), problem: `${property.getText()} is not a string literal` }
            : { file, line: lineOf(property), template });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every template the core defines, with where. */
export function coreTemplates(): CoreTemplate[] {
  return sourceFiles(CORE).sort().flatMap((file) =>
    scanDefineMessages(path.relative(ROOT, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')));
}
