import { escapeHtml } from './htmlText';
import { escapeMarkdown, escapeMarkdownHeading, escapeMarkdownParagraphs } from './markdownText';
import type { DocumentHeader, RequirementData, RequirementField } from './model';

/** One requirements document as the specification lists it. */
export interface SpecificationDocument {
  readonly header: Readonly<DocumentHeader>;
  /** The file as the reader should see it (relative to the workspace or the working folder). */
  readonly path: string;
  readonly requirements: readonly Readonly<RequirementData>[];
}

/** The specification's own words; the extension passes translated ones. Plain text: they are escaped here. */
export interface SpecificationLabels {
  /** The language tag of the words (the HTML page's `lang`). */
  readonly language: string;
  readonly title: string;
  readonly fields: Readonly<Record<RequirementField, string>>;
  readonly customer: string;
  readonly version: string;
  readonly file: string;
  /** A document or requirement without a title. */
  readonly untitled: string;
  readonly noRequirements: string;
}

export const ENGLISH_SPECIFICATION_LABELS: SpecificationLabels = {
  language: 'en',
  title: 'Requirements specification',
  fields: {
    id: 'ID', title: 'Title', description: 'Description', priority: 'Priority', owner: 'Owner', status: 'Status', source: 'Source',
    acceptance: 'Acceptance criteria', links: 'Links', milestone: 'Milestone', due: 'Due', tags: 'Tags', changes: 'Change requests',
  },
  customer: 'Customer',
  version: 'Version',
  file: 'File',
  untitled: '(untitled)',
  noRequirements: 'No requirements.',
};

/** Where each requirement field goes: the heading, the list of short facts, a text of paragraphs, a numbered list. */
const LAYOUT = {
  id: 'heading', title: 'heading', status: 'fact', priority: 'fact', owner: 'fact', milestone: 'fact', due: 'fact', source: 'fact',
  tags: 'fact', links: 'fact', changes: 'fact', description: 'text', acceptance: 'list',
} as const satisfies Record<RequirementField, 'heading' | 'fact' | 'text' | 'list'>;

type FieldOf<P> = { [F in keyof typeof LAYOUT]: (typeof LAYOUT)[F] extends P ? F : never }[keyof typeof LAYOUT];

/** The parts of a requirement, in reading order, independent of the output format. */
interface RequirementParts {
  readonly heading: string;
  readonly facts: readonly (readonly [label: string, value: string])[];
  readonly texts: readonly (readonly [label: string, value: string])[];
  readonly lists: readonly (readonly [label: string, items: readonly string[]])[];
}

interface DocumentParts {
  readonly heading: string;
  readonly facts: readonly (readonly [label: string, value: string])[];
  readonly description: string;
  readonly requirements: readonly RequirementParts[];
}

/** The specification as Markdown: a heading per document and per requirement, every field given; values escaped. */
export function specificationMarkdown(documents: readonly SpecificationDocument[], labels = ENGLISH_SPECIFICATION_LABELS): string {
  const blocks = [`# ${escapeMarkdownHeading(labels.title)}`];
  const facts = (list: DocumentParts['facts']): string => list.map(([label, value]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(value)}`).join('\n');
  for (const document of parts(documents, labels)) {
    blocks.push(`## ${escapeMarkdownHeading(document.heading)}`);
    if (document.facts.length > 0) {
      blocks.push(facts(document.facts));
    }
    if (document.description.trim() !== '') {
      blocks.push(escapeMarkdownParagraphs(document.description));
    }
    for (const requirement of document.requirements) {
      blocks.push(`### ${escapeMarkdownHeading(requirement.heading)}`);
      if (requirement.facts.length > 0) {
        blocks.push(facts(requirement.facts));
      }
      for (const [label, text] of requirement.texts) {
        blocks.push(`**${escapeMarkdown(label)}**`, escapeMarkdownParagraphs(text));
      }
      for (const [label, items] of requirement.lists) {
        blocks.push(`**${escapeMarkdown(label)}**`, items.map((item, i) => `${i + 1}. ${escapeMarkdown(item)}`).join('\n'));
      }
    }
  }
  if (documents.length === 0) {
    blocks.push(escapeMarkdown(labels.noRequirements));
  }
  return `${blocks.join('\n\n')}\n`;
}

/**
 * The specification as one self-contained HTML page: the same parts as the Markdown, every value escaped, and a
 * Content-Security-Policy that lets the page load and run nothing (only its own inline style).
 */
export function specificationHtml(documents: readonly SpecificationDocument[], labels = ENGLISH_SPECIFICATION_LABELS): string {
  const e = escapeHtml;
  const paragraphs = (text: string): string => text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p !== '').map((p) => `<p>${e(p)}</p>`).join('\n');
  const facts = (list: DocumentParts['facts']): string => `<dl>\n${list.map(([label, value]) => `<dt>${e(label)}</dt><dd>${e(value)}</dd>`).join('\n')}\n</dl>`;
  const body: string[] = [`<h1>${e(labels.title)}</h1>`];
  for (const document of parts(documents, labels)) {
    body.push('<section>', `<h2>${e(document.heading)}</h2>`);
    if (document.facts.length > 0) {
      body.push(facts(document.facts));
    }
    if (document.description.trim() !== '') {
      body.push(paragraphs(document.description));
    }
    for (const requirement of document.requirements) {
      body.push('<article>', `<h3>${e(requirement.heading)}</h3>`);
      if (requirement.facts.length > 0) {
        body.push(facts(requirement.facts));
      }
      for (const [label, text] of requirement.texts) {
        body.push(`<h4>${e(label)}</h4>`, paragraphs(text));
      }
      for (const [label, items] of requirement.lists) {
        body.push(`<h4>${e(label)}</h4>`, `<ol>\n${items.map((item) => `<li>${e(item.replace(/\s+/g, ' ').trim())}</li>`).join('\n')}\n</ol>`);
      }
      body.push('</article>');
    }
    body.push('</section>');
  }
  if (documents.length === 0) {
    body.push(`<p>${e(labels.noRequirements)}</p>`);
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="${e(labels.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(labels.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const STYLE = [
  'body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 52rem; margin: 2rem auto; padding: 0 1rem; }',
  'article { border-top: 1px solid #ccc; margin-top: 1.5rem; }',
  'dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }',
  'dt { font-weight: 600; } dd { margin: 0; overflow-wrap: anywhere; }',
  '@media print { article { break-inside: avoid; } }',
].join(' ');

function parts(documents: readonly SpecificationDocument[], labels: SpecificationLabels): DocumentParts[] {
  return documents.map((document) => {
    const { header } = document;
    const facts = ([[labels.customer, header.customer], [labels.version, header.version], [labels.file, document.path]] as const)
      .filter((fact): fact is readonly [string, string] => given(fact[1]));
    return {
      heading: given(header.title) ? header.title : labels.untitled,
      facts,
      description: header.description ?? '',
      requirements: document.requirements.map((data) => requirementParts(data, labels)),
    };
  });
}

function requirementParts(data: Readonly<RequirementData>, labels: SpecificationLabels): RequirementParts {
  const heading = [data.id, data.title].filter(given).join(' · ') || labels.untitled;
  const fieldsOf = <P extends string>(place: P): FieldOf<P>[] =>
    (Object.keys(LAYOUT) as (keyof typeof LAYOUT)[]).filter((f): f is FieldOf<P> => LAYOUT[f] === place);
  const facts = fieldsOf('fact').flatMap((field) => {
    const value = data[field];
    const text = Array.isArray(value) ? value.join(', ') : value;
    return given(text) ? [[labels.fields[field], text] as const] : [];
  });
  const texts = fieldsOf('text').flatMap((field) => (given(data[field]) ? [[labels.fields[field], data[field]] as const] : []));
  const lists = fieldsOf('list').flatMap((field) => {
    const items = (data[field] ?? []).filter(given);
    return items.length > 0 ? [[labels.fields[field], items] as const] : [];
  });
  return { heading, facts, texts, lists };
}

function given(text: string | undefined): text is string {
  return text !== undefined && text.trim() !== '';
}
