/** An error in a source that a person must fix: names the file, the line and what is wrong. */
export class IngestError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'IngestError';
  }
}
