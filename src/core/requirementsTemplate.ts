import { inlineScalar } from './edit/scalarText';
import type { ProjectSettings } from './settings';

export interface RequirementsTemplateInput {
  readonly prefix: string;
  readonly title: string;
  readonly customer?: string;
  /** Owner of the example requirement; left as a comment when there is none to name. */
  readonly owner?: string;
  /** The example requirement's texts, in the user's language. */
  readonly example: { readonly title: string; readonly description: string; readonly source: string; readonly acceptance: string };
  readonly settings: Pick<ProjectSettings, 'statuses' | 'priorities' | 'idDigits'>;
}

/**
 * A new requirements document: the header and one example requirement whose comments name the vocabulary.
 * Every value the user typed is written as a YAML scalar that reads back as typed ("Acme: Retail" gets quotes).
 */
export function requirementsTemplate(input: RequirementsTemplateInput): string {
  const { settings, example } = input;
  const scalar = (value: string): string => inlineScalar(value, 'block');
  const priority = settings.priorities.includes('medium') ? 'medium' : settings.priorities[Math.floor((settings.priorities.length - 1) / 2)];
  const status = settings.statuses.includes('new') ? 'new' : settings.statuses[0];
  const lines = [
    '# A requirements document: one table of requirements. Every item needs an id and a title;',
    '# ReqDesk checks the rest (owner, priority, status, links) and lists problems in the Problems panel.',
    'document:',
    `  prefix: ${input.prefix}`,
    `  title: ${scalar(input.title)}`,
    ...(input.customer ? [`  customer: ${scalar(input.customer)}`] : []),
    'requirements:',
    `  - id: ${input.prefix}-${'1'.padStart(settings.idDigits, '0')}`,
    `    title: ${scalar(example.title)}`,
    '    description: >',
    `      ${example.description.replace(/\s*\n\s*/g, ' ')}`,
    ...(priority ? [`    priority: ${priority} # ${settings.priorities.join(' | ')}`] : []),
    input.owner ? `    owner: ${scalar(input.owner)} # who is responsible` : '    # owner: who is responsible (a roster id from reqdesk.yaml, when there is one)',
    ...(status ? [`    status: ${status} # ${settings.statuses.join(' | ')}`] : []),
    `    source: ${scalar(example.source)}`,
    '    acceptance:',
    `      - ${scalar(example.acceptance)}`,
  ];
  return `${lines.join('\n')}\n`;
}
