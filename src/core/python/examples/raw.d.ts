// Example programs are plain .py files, inlined as text by the bundler.
declare module '*.py?raw' {
  const source: string;
  export default source;
}
