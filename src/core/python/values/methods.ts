// Installs the built-in types' methods and constructors into their PyTypes, once, on first import.
// Single-threaded: runs at module load only.
import './strMethods.ts';
import './listMethods.ts';
import './dictMethods.ts';
import './builtins.ts';
