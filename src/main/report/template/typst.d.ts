// A Typst file imported as text (Vite's ?raw suffix; scripts/raw-import.mjs under tsx).
declare module '*.typ?raw' {
  const text: string;
  export default text;
}
