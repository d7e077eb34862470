import type { IndexChange } from './workspaceIndex';

/** Index changes merged as they come: every file any of them names, and each kind that any of them read. */
export class GatheredChange {
  private readonly files = new Set<string>();
  private requirements = false;
  private changeRequests = false;
  private settings = false;
  private records = false;
  private risks = false;

  add(change: IndexChange): void {
    for (const file of change.files) {
      this.files.add(file);
    }
    this.requirements ||= change.requirements;
    this.changeRequests ||= change.changeRequests;
    this.settings ||= change.settings;
    this.records ||= change.records;
    this.risks ||= change.risks;
  }

  /** Whether the changes gathered name nothing (a release with nothing held). */
  get empty(): boolean {
    return this.files.size === 0 && !this.requirements && !this.changeRequests && !this.settings && !this.records && !this.risks;
  }

  change(): IndexChange {
    return { files: this.files, requirements: this.requirements, changeRequests: this.changeRequests, settings: this.settings, records: this.records, risks: this.risks };
  }
}
