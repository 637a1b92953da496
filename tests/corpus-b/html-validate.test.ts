/** The fixture corpus's site passes html-validate too: what the real corpus passes is not luck of its texts. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';

const site = inject('corpusBSite');
const htmlFiles = (readdirSync(site, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.html'));

describe('the fixture corpus built as a site', () => {
  it('has no html-validate finding on any page', async () => {
    expect(htmlFiles.length).toBeGreaterThan(10);
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const file of htmlFiles) {
      const report = await validator.validateFile(join(site, file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);
});
