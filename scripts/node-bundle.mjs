// How the Node bundles keep the document readers out (scripts/build.mjs), apart so that the check
// can be tested (test/unit/scripts/nodeBundle.test.ts). The PDF and Word readers (pdf.js, mammoth)
// are dist/documents.js, the HTML reader (linkedom, Readability) dist/html.js: each is loaded on
// the first source that needs it, by a `require` of its entry module, which these bundles leave to
// run time. The extension, the CLI and the source worker share both.

/** The entry modules of the bundles apart, and the file each becomes in dist/. */
const APART = [
  { module: './documentReaders', file: './documents.js' },
  { module: './htmlReader', file: './html.js' },
];

/** Each `require` or import of an apart reader's entry is left as a `require` of its bundle. */
export const readersApart = {
  name: 'readers-apart',
  setup(b) {
    for (const { module, file } of APART) {
      const filter = new RegExp(`^${module.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
      b.onResolve({ filter }, (args) => (/[\\/]src[\\/]node[\\/][^\\/]+$/.test(args.importer) ? { path: file, external: true } : undefined));
    }
  },
};

// What only the bundles apart may hold: the readers' packages, and the modules that use them.
const READERS = /node_modules\/(?:linkedom|@mozilla\/readability|cssom[^/]*|htmlparser2|pdfjs-dist|mammoth|jszip)\/|src\/node\/(?:htmlSource|docxSource|pdfSource)\.ts$/;

/** The inputs of a built bundle (its esbuild result, built with `metafile: true`) that are a reader's. */
export function readerInputs(metafile) {
  return Object.keys(metafile.inputs).filter((input) => READERS.test(input)).sort();
}

/** Throws when a Node bundle holds a reader's code, naming it, instead of shipping it twice. */
export function checkReadersApart(result, file = 'the bundle') {
  const inputs = readerInputs(result.metafile);
  if (inputs.length > 0) throw new Error(`${file} holds ${inputs.join(', ')}: the readers are loaded from dist/documents.js and dist/html.js (scripts/node-bundle.mjs)`);
  return result;
}
