// The HTML reader (linkedom's DOM, Readability), bundled apart (dist/html.js) and loaded on the
// first saved web page (htmlReaderOnDemand.ts): it was about half of each Node bundle, and a
// workspace of Markdown and text sources never needs it. The Word reader (dist/documents.js)
// takes linkedom from here, so the VSIX holds one copy of it.
export { parseHTML } from 'linkedom';
export { extractHtmlArticle, extractSourceArticle } from './htmlSource';
