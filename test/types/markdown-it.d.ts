// The little of markdown-it's API the tests use (the package ships no types).
declare module 'markdown-it' {
  interface Options {
    html?: boolean;
    linkify?: boolean;
  }
  interface MarkdownIt {
    render(markdown: string): string;
    validateLink: (url: string) => boolean;
  }
  const MarkdownIt: new (options?: Options) => MarkdownIt;
  export default MarkdownIt;
}
