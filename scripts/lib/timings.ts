/**
 * Labelled step timings, like console.time: `await timed('parse', () => …)` runs the step and
 * remembers how long it took, so a run can print where its time went.
 */
export interface StepTiming {
  step: string;
  ms: number;
}

export function createTimings() {
  const steps: StepTiming[] = [];
  async function timed<T>(step: string, run: () => T | Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      steps.push({ step, ms: Math.round(performance.now() - started) });
    }
  }
  return { steps, timed };
}
