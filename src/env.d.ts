declare module 'virtual:scale.css';
declare module 'virtual:content' {
  export function loadRawContent(): Promise<unknown>;
}
