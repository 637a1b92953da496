/** The SVG id on every page that shows a chain's diagram (unique per chain). */
export const svgId = (chainId: string) => `chain-svg-${chainId}`;
