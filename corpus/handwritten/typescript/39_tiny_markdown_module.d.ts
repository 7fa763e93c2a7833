// Type definitions for tiny-markdown 2.4
// Hand-written because the package ships no types.

declare module 'tiny-markdown' {
  export interface Token {
    type: 'heading' | 'paragraph' | 'code' | 'list' | 'blockquote' | 'hr' | 'html' | 'text';
    raw: string;
    depth?: number;
    lang?: string;
    ordered?: boolean;
    items?: Token[];
    children?: Token[];
  }

  export interface RendererHooks {
    heading?(text: string, level: 1 | 2 | 3 | 4 | 5 | 6, slug: string): string;
    code?(code: string, lang: string | undefined): string;
    link?(href: string, title: string | null, text: string): string;
    image?(src: string, alt: string, title: string | null): string;
  }

  export interface Options {
    /** Allow raw HTML in the input. Default: false */
    html?: boolean;
    /** Convert single newlines to <br>. Default: false */
    breaks?: boolean;
    /** GitHub-style tables, strikethrough and task lists. Default: true */
    gfm?: boolean;
    highlight?: (code: string, lang: string) => string | Promise<string>;
    renderer?: RendererHooks;
    sanitize?: boolean | ((html: string) => string);
  }

  export class Parser {
    constructor(options?: Options);
    lex(src: string): Token[];
    render(tokens: Token[]): string;
    use(plugin: Plugin): this;
  }

  export type Plugin = (parser: Parser, options: Readonly<Options>) => void;

  export function parse(src: string, options?: Options): string;
  export function parse(src: string, options: Options & { async: true }): Promise<string>;

  export function parseInline(src: string, options?: Omit<Options, 'breaks'>): string;

  export const version: string;

  const md: {
    parse: typeof parse;
    parseInline: typeof parseInline;
    Parser: typeof Parser;
  };
  export default md;
}

declare module 'tiny-markdown/plugins/footnotes' {
  import type { Plugin } from 'tiny-markdown';
  const footnotes: Plugin;
  export = footnotes;
}
