/** vitest globalSetup for e2e: serves the built site and hands its URL to the tests. */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDirectory } from '../../scripts/lib/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const { server, url } = await serveDirectory('dist');
  project.provide('siteUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
