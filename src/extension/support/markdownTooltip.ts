import * as vscode from 'vscode';
import { escapeMarkdown, escapeMarkdownParagraphs } from '../../core/markdownText';

/**
 * Builds a tooltip from plain strings. Everything, including our own translated labels, is escaped: user
 * text in a requirement must never become a link, HTML or a command. Trust and HTML are off as a second fence.
 */
export class MarkdownTooltip {
  private readonly blocks: string[] = [];

  /** `**ID** title` */
  heading(id: string, title: string | undefined): this {
    this.blocks.push([`**${escapeMarkdown(id)}**`, title ? escapeMarkdown(title) : ''].filter(Boolean).join(' '));
    return this;
  }

  /** `Label: value · Label: value`, skipping empty values. */
  facts(facts: readonly (readonly [label: string, value: string | number | undefined])[]): this {
    const line = facts
      .filter(([, value]) => value !== undefined && String(value).trim() !== '')
      .map(([label, value]) => `${escapeMarkdown(label)}: ${escapeMarkdown(String(value))}`)
      .join(' · ');
    if (line) {
      this.blocks.push(line);
    }
    return this;
  }

  /** A labelled block of free text, paragraphs kept. */
  text(label: string | undefined, text: string | undefined): this {
    const body = text ? escapeMarkdownParagraphs(text) : '';
    if (body) {
      this.blocks.push(label ? `*${escapeMarkdown(label)}*\n\n${body}` : body);
    }
    return this;
  }

  list(label: string, items: readonly string[] | undefined): this {
    const lines = (items ?? []).map(escapeMarkdown).filter(Boolean).map((item) => `- ${item}`);
    if (lines.length > 0) {
      this.blocks.push(`*${escapeMarkdown(label)}*\n\n${lines.join('\n')}`);
    }
    return this;
  }

  build(): vscode.MarkdownString {
    const markdown = new vscode.MarkdownString(this.blocks.join('\n\n'), false);
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    return markdown;
  }
}
