declare module 'virtual:scale.css';
declare module 'virtual:content' {
  /** The validated content model (see scripts/content-asset-plugin.ts), as parsed JSON. */
  export function loadBuiltContent(): Promise<unknown>;
}
declare module 'virtual:content-data' {
  const content: unknown;
  export default content;
}
