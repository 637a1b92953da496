/**
 * What detection tells the person adding a source. `check` is a guess they should confirm, `missing`
 * a required field it could not find (the command refuses until a flag gives it), `info` what it saw.
 */
export interface Finding {
  severity: 'info' | 'check' | 'missing';
  /** The settings field or topic it is about: `headings`, `jurisdiction`, `title` … */
  topic: string;
  message: string;
}
