// Types for the parts of Framework's standard library the exported modules in src/embed/ use.
// Framework resolves "observablehq:stdlib" at build time; it ships no type declarations.
declare module "observablehq:stdlib" {
  export interface FileAttachmentHandle {
    name: string;
    url(): Promise<string>;
    json(): Promise<unknown>;
  }
  export function FileAttachment(path: string): FileAttachmentHandle;
  export function resize(render: (width: number, height: number) => Node | Promise<Node>): HTMLElement;
}

// Exported modules import Plot from Framework's npm cache: Framework 1.13.4 cannot render an exported
// module whose bare (node_modules) imports have dependencies of their own (it looks up
// "d3@7.9.2/index.js" as a package name), so src/embed/ uses npm: imports.
declare module "npm:@observablehq/plot" {
  export * from "@observablehq/plot";
}
