// A `.wat` import is the module's compiled bytes (the build's wat plugin, scripts/wat.mjs, compiles it); `?raw` its text.
declare module '*.wat' {
  const bytes: Uint8Array;
  export default bytes;
}

// `?raw` is the text itself, for the code panel's WebAssembly tab.
declare module '*.wat?raw' {
  const text: string;
  export default text;
}
