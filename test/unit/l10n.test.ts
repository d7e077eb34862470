import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { PARSE_RULES, RULES } from '../../src/core/rules/ruleRegistry';
import { coreTemplates, scanDefineMessages } from './coreTemplates';

// Every user-facing string has a Simplified Chinese translation, and no translation is left over:
// - package.json's %key% titles ↔ package.nls.json ↔ package.nls.zh-cn.json;
// - the messages of vscode.l10n.t(…) in src/extension ↔ l10n/bundle.l10n.zh-cn.json;
// - the templates of the core's messages (defineMessages({…}) in src/core, shown through rangeConversion's
//   localizedMessage) ↔ the same bundle.
// The sources are read with TypeScript's parser rather than a regex, so escapes ('it\'s', "…"), calls that span
// lines, template literals without substitutions and l10n.t in comments are all seen the way the compiler sees them.

const ROOT = path.join(__dirname, '../../..');
const SOURCES = path.join(ROOT, 'src/extension');

/**
 * Calls whose message is not a literal: `file` (relative to the repository), the argument's source text, and where
 * the messages it can be come from, so that their translations are checked all the same. Keep this short: a
 * literal message is what translators and this test see best.
 */
const NON_LITERAL_EXCEPTIONS: readonly NonLiteralException[] = [
  {
    file: 'src/extension/problems/problemsSummaryCommand.ts',
    argument: 'description',
    why: "a rule's description: the core's RULES[].description or PARSE_RULES[].description (English, the core has no vscode.l10n)",
    messages: () => [...RULES.map((rule) => rule.description), ...PARSE_RULES.map((rule) => rule.description)],
  },
  {
    file: 'src/extension/support/rangeConversion.ts',
    argument: 'template',
    why: "a core message's template (and those of its phrase arguments): every defineMessages({…}) in src/core",
    messages: () => coreTemplates().flatMap((t) => (t.template === undefined ? [] : [t.template])),
  },
];

interface NonLiteralException {
  readonly file: string;
  readonly argument: string;
  readonly why: string;
  /** The messages the argument can hold, given the file's text. */
  readonly messages: (text: string) => readonly string[];
}

type Strings = Readonly<Record<string, unknown>>;

function readJson(relative: string): Strings {
  return JSON.parse(fs.readFileSync(path.join(ROOT, relative), 'utf8')) as Strings;
}

/** One `l10n.t(…)` in the sources: its message key, or why it has none. */
interface L10nCall {
  readonly file: string;
  readonly line: number;
  readonly key?: string;
  readonly problem?: string;
  readonly argument: string;
}

/** The `*.l10n.t` property access, as in `vscode.l10n.t` or `l10n.t` (a named import of l10n). */
function isL10nT(node: ts.Node): node is ts.PropertyAccessExpression {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 't') {
    return false;
  }
  const target = node.expression;
  return (ts.isIdentifier(target) && target.text === 'l10n') || (ts.isPropertyAccessExpression(target) && target.name.text === 'l10n');
}

function literalText(node: ts.Expression | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

/** The key VS Code looks the message up by: `message`, or `message/comment` for the object form with a comment. */
function messageKey(argument: ts.Expression | undefined): string | undefined {
  const literal = literalText(argument);
  if (literal !== undefined || !argument || !ts.isObjectLiteralExpression(argument)) {
    return literal;
  }
  const property = (name: string): ts.Expression | undefined => argument.properties
    .find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText() === name)?.initializer;
  const message = literalText(property('message'));
  const comment = property('comment');
  if (message === undefined || !comment) {
    return message;
  }
  const parts = ts.isArrayLiteralExpression(comment) ? comment.elements.map((e) => literalText(e)) : [literalText(comment)];
  return parts.every((p): p is string => p !== undefined) ? `${message}/${parts.join('')}` : undefined;
}

/** Every use of l10n.t in one source text. */
function scanL10nCalls(file: string, text: string): L10nCall[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const calls: L10nCall[] = [];
  const visit = (node: ts.Node): void => {
    if (isL10nT(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      const call = node.parent;
      if (ts.isCallExpression(call) && call.expression === node) {
        const argument = call.arguments[0];
        const key = messageKey(argument);
        calls.push(key === undefined
          ? { file, line, argument: argument?.getText() ?? '', problem: 'the message is not a string literal' }
          : { file, line, argument: argument.getText(), key });
      } else {
        calls.push({ file, line, argument: '', problem: 'l10n.t is used other than called, so its messages cannot be checked' });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return calls;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** `{0}`, `{1}`…: the arguments a message shows; a translation must show the same ones. */
function placeholders(text: string): string[] {
  return [...new Set(text.match(/\{\d+\}/g) ?? [])].sort();
}

/** `(command:reqdesk.x)` links in markdown strings: a translation must keep them working. */
function commandLinks(text: string): string[] {
  return (text.match(/\(command:[^)]+\)/g) ?? []).sort();
}

function emptyValues(strings: Strings): string[] {
  return Object.entries(strings).filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
}

describe('localization', () => {
  describe('the l10n.t scanner', () => {
    it('reads quotes, escapes, template literals, multi-line calls and the object form', () => {
      const text = [
        "vscode.l10n.t('single {0}', x);",
        'vscode.l10n.t("double \\"quoted\\"");',
        "l10n.t('it\\'s');",
        'vscode.l10n.t(`template without substitutions`);',
        'vscode.l10n.t(\n  \'across\' +\n  \'lines\');',
        "vscode.l10n.t(\n  'spans lines',\n  count);",
        "vscode.l10n.t({ message: 'with comment', args: [], comment: ['for ', 'translators'] });",
        "// vscode.l10n.t('in a comment')",
        'vscode.l10n.t(`with ${x}`);',
        'const t = vscode.l10n.t;',
      ].join('\n');
      const calls = scanL10nCalls('sample.ts', text);
      assert.deepEqual(calls.filter((c) => c.key !== undefined).map((c) => c.key), [
        'single {0}', 'double "quoted"', "it's", 'template without substitutions', 'spans lines', 'with comment/for translators',
      ]);
      assert.deepEqual(calls.filter((c) => c.problem).map((c) => c.line), [5, 13, 14]);
    });
  });

  describe('the defineMessages scanner', () => {
    it('reads the string values of defineMessages({…}) and reports any other value', () => {
      const text = [
        'export const A = defineMessages({',
        "  one: 'one {0}',",
        '  /** a comment */',
        '  two: "two",',
        '  three: `three`,',
        '  four: other,',
        '});',
        "const b = { five: 'not a template' };",
        'defineMessages(b);',
      ].join('\n');
      const found = scanDefineMessages('sample.ts', text);
      assert.deepEqual(found.filter((t) => t.template !== undefined).map((t) => t.template), ['one {0}', 'two', 'three']);
      assert.deepEqual(found.filter((t) => t.problem).map((t) => t.line), [6, 9]);
    });
  });

  describe("the core's message templates", () => {
    const templates = coreTemplates();

    it('finds them in src/core, each a string literal', () => {
      assert.ok(templates.length > 50, `only ${templates.length} templates found: is the scanner looking in the right place?`);
      assert.deepEqual(templates.filter((t) => t.problem).map((t) => `${t.file}:${t.line}: ${t.problem}`), []);
    });

    it('defines each template once, so that one translation serves every use', () => {
      const seen = new Map<string, string>();
      const repeated: string[] = [];
      for (const t of templates) {
        const first = seen.get(t.template ?? '');
        if (first !== undefined) {
          repeated.push(`${JSON.stringify(t.template)}: ${first} and ${t.file}:${t.line}`);
        }
        seen.set(t.template ?? '', `${t.file}:${t.line}`);
      }
      assert.deepEqual(repeated, []);
    });
  });

  describe('package.json contributions (package.nls)', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const english = readJson('package.nls.json');
    const chinese = readJson('package.nls.zh-cn.json');
    const used = new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((m) => m[1]));

    it('has an English string for every %key% in package.json', () => {
      assert.ok(used.size > 10, 'package.json uses %key% strings');
      assert.deepEqual([...used].filter((key) => !(key in english)), []);
    });

    it('has no English string that package.json does not use', () => {
      assert.deepEqual(Object.keys(english).filter((key) => !used.has(key)), []);
    });

    it('translates every English string, and nothing else, into non-empty Chinese', () => {
      assert.deepEqual(Object.keys(english).filter((key) => !(key in chinese)), [], 'missing in package.nls.zh-cn.json');
      assert.deepEqual(Object.keys(chinese).filter((key) => !(key in english)), [], 'stale in package.nls.zh-cn.json');
      assert.deepEqual(emptyValues(english), [], 'empty in package.nls.json');
      assert.deepEqual(emptyValues(chinese), [], 'empty in package.nls.zh-cn.json');
    });

    it('keeps the command links of the English strings', () => {
      const broken = Object.keys(english).filter((key) =>
        commandLinks(String(english[key])).join() !== commandLinks(String(chinese[key] ?? '')).join());
      assert.deepEqual(broken, []);
    });
  });

  describe('vscode.l10n.t messages (l10n/bundle.l10n.zh-cn.json)', () => {
    const texts = new Map(sourceFiles(SOURCES).sort().map((file) =>
      [path.relative(ROOT, file).split(path.sep).join('/'), fs.readFileSync(file, 'utf8')] as const));
    const calls = [...texts].flatMap(([file, text]) => scanL10nCalls(file, text));
    const exceptionOf = (call: L10nCall): NonLiteralException | undefined =>
      NON_LITERAL_EXCEPTIONS.find((e) => e.file === call.file && e.argument === call.argument);
    const bundle = readJson('l10n/bundle.l10n.zh-cn.json');
    const keys = new Set(calls.flatMap((c) => {
      const exception = c.problem ? exceptionOf(c) : undefined;
      return c.key !== undefined ? [c.key] : exception ? exception.messages(texts.get(c.file) ?? '') : [];
    }));
    const where = (key: string): string => calls.filter((c) => c.key === key).map((c) => `${c.file}:${c.line}`).join(', ') || 'an exception';

    it('finds the messages in src/extension', () => {
      assert.ok(keys.size > 10, `only ${keys.size} messages found: is the scanner looking in the right place?`);
    });

    it('has no exception that no longer matches a call', () => {
      const unused = NON_LITERAL_EXCEPTIONS.filter((e) => !calls.some((c) => c.problem && exceptionOf(c) === e));
      assert.deepEqual(unused.map((e) => `${e.file}: ${e.argument}`), []);
    });

    it('passes only string literals as messages (or a documented exception)', () => {
      const problems = calls
        .filter((c) => c.problem && !exceptionOf(c))
        .map((c) => `${c.file}:${c.line}: ${c.problem}${c.argument ? `: ${c.argument}` : ''}`);
      assert.deepEqual(problems, []);
    });

    it('has a non-empty Chinese translation of every message', () => {
      const missing = [...keys].filter((key) => typeof bundle[key] !== 'string' || String(bundle[key]).trim() === '');
      assert.deepEqual(missing.map((key) => `${JSON.stringify(key)} (${where(key)})`), []);
    });

    it('has no translation of a message the sources no longer use', () => {
      assert.deepEqual(Object.keys(bundle).filter((key) => !keys.has(key)), []);
    });

    it('keeps the {0} placeholders of every message', () => {
      const broken = [...keys].filter((key) => key in bundle && placeholders(key).join() !== placeholders(String(bundle[key])).join());
      assert.deepEqual(broken.map((key) => `${JSON.stringify(key)} → ${JSON.stringify(bundle[key])}`), []);
    });
  });
});
