// Vitest's expect is chai's, with the same chains (`to.deep.equal`, `to.match`, …).
export { expect } from 'vitest';
