import type { APIRoute, GetStaticPaths } from 'astro';
import { readSourceTexts } from '../../../lib/collections.ts';

export const getStaticPaths = (async () => (await readSourceTexts()).map((text) => ({ params: { text: text.id }, props: { text: text.text } }))) satisfies GetStaticPaths;

/** A source text exactly as the site was built from it (UTF-8, no BOM, LF): the file every `line` of the data counts in. */
export const GET: APIRoute = ({ props }) => new Response((props as { text: string }).text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
