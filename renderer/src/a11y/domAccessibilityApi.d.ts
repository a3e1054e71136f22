// dom-accessibility-api (through @testing-library/dom) ships types its package "exports" do not point to.
declare module 'dom-accessibility-api' {
  /** The accessible name per the W3C accname spec, as a screen reader computes it. */
  export function computeAccessibleName(root: Element): string;
}
