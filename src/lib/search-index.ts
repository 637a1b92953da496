/**
 * The search index files are encoded at ingest (scripts/analyses/search.ts); the endpoints
 * (pages/search-index*.ts) serve them as they are: compact JSON, fetched by every search.
 */
export function compactJson(body: string) {
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
