/**
 * Debian's headless Chromium, driven by playwright-core: the build draws the structure diagrams
 * with it and the browser tests use it. One launch configuration for both.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a closed network and a root user: no sandbox, no background connections. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(purpose: string): Promise<Browser> {
  try {
    return await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  } catch (error) {
    throw new Error(`${purpose} needs Chromium at ${chromiumPath} and CJK fonts: \`apt-get install chromium fonts-noto-cjk\`, or set CHROMIUM_PATH.\n${(error as Error).message}`, {
      cause: error,
    });
  }
}
