import type { z } from 'astro/zod';

/** Zod issues as lines a person can act on: `- headings.chapter: …`. */
export function formatZodIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`).join('\n');
}
