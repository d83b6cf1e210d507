// A `.wat` import is the module's compiled bytes (the build's wat plugin, scripts/wat.mjs, compiles it).
declare module '*.wat' {
  const bytes: Uint8Array;
  export default bytes;
}
