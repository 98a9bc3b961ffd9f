// js-yaml 4 ships no types; the toolchain tests only load YAML into plain data.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
