/**
 * Every built page is valid, accessible HTML by html-validate's recommended rules, with the
 * project's configuration (.htmlvalidate.json, which turns no rule off).
 */
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlPages, pathOf } from '../support/dist.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
let pages: string[] = [];

beforeAll(async () => {
  pages = await htmlPages();
});

describe('html-validate over the built site', () => {
  it('applies the project configuration, which reports a labelled list and a repeated unnamed landmark', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><main><aside aria-label="专栏"><p>a</p></aside><aside aria-label="专栏"><p>b</p></aside><ol aria-label="列表"><li>c</li></ol></main></body></html>',
      'inline.html',
    );
    const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(rules).toContain('aria-label-misuse');
    expect(rules).toContain('unique-landmark');
  });

  it('finds nothing to report on any page', async () => {
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${pathOf(file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
