import packageJson from '../../package.json';

/** The tool's version, from package.json (bundled in by esbuild). */
export const VERSION: string = packageJson.version;
