// A .svelte component as plain TypeScript, good enough for TypeScript to resolve what each
// expression refers to (not to type-check the component): the module and instance scripts as they
// are, then the template as a function in which every expression is a statement, `{#if}` an if,
// `{#each}` a for-of (so the item has its type), `{@const}` a const and `{#snippet}` a function.
import { parse } from 'svelte/compiler';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const isNode = (x: unknown): x is Node =>
  typeof x === 'object' && x !== null && typeof (x as Node).type === 'string';

// Template vocabulary (anything else with a `type` is a JavaScript expression or pattern).
// prettier-ignore
const TEMPLATE = new Set([
  'Fragment', 'Text', 'Comment', 'ExpressionTag', 'HtmlTag', 'ConstTag', 'DebugTag', 'RenderTag',
  'AttachTag', 'IfBlock', 'EachBlock', 'AwaitBlock', 'KeyBlock', 'SnippetBlock', 'RegularElement',
  'Component', 'SvelteElement', 'SvelteComponent', 'SvelteSelf', 'SvelteWindow', 'SvelteHead',
  'SvelteBody', 'SvelteDocument', 'SvelteFragment', 'SvelteBoundary', 'SvelteOptions',
  'TitleElement', 'SlotElement', 'Attribute', 'SpreadAttribute', 'BindDirective', 'OnDirective',
  'ClassDirective', 'StyleDirective', 'UseDirective', 'TransitionDirective', 'AnimateDirective',
  'LetDirective',
]);

export function svelteToTs(source: string): string {
  const ast = parse(source, { modern: true }) as unknown as {
    module: { content: Node } | null;
    instance: { content: Node } | null;
    fragment: Node;
  };
  const slice = (n: Node) => source.slice(n.start, n.end);
  const out: string[] = [];
  for (const script of [ast.module, ast.instance]) if (script) out.push(slice(script.content));

  const fragment = (f: unknown): void => {
    if (isNode(f)) for (const n of f.nodes as Node[]) node(n);
  };
  const node = (n: Node): void => {
    switch (n.type) {
      case 'IfBlock':
        out.push(`if (${slice(n.test as Node)}) {`);
        fragment(n.consequent);
        out.push('} else {');
        fragment(n.alternate);
        out.push('}');
        return;
      case 'EachBlock': {
        out.push(
          `for (const ${n.context ? slice(n.context as Node) : '_'} of ${slice(n.expression as Node)}) {`,
        );
        if (n.index) out.push(`const ${n.index as string} = 0;`);
        if (n.key) out.push(`(${slice(n.key as Node)});`);
        fragment(n.body);
        out.push('}');
        fragment(n.fallback);
        return;
      }
      case 'ConstTag':
        out.push(`${slice(n.declaration as Node)};`);
        return;
      case 'SnippetBlock': {
        const params = n.parameters as Node[];
        const list = params.length ? source.slice(params[0]!.start, params.at(-1)!.end) : '';
        out.push(`function ${slice(n.expression as Node)}(${list}) {`);
        fragment(n.body);
        out.push('}');
        return;
      }
      case 'AwaitBlock':
        out.push(`{ const __awaited = await ${slice(n.expression as Node)};`);
        fragment(n.pending);
        if (n.value) out.push(`{ const ${slice(n.value as Node)} = __awaited;`);
        fragment(n.then);
        if (n.value) out.push('}');
        out.push('}');
        if (n.error) out.push(`{ const ${slice(n.error as Node)}: unknown = undefined;`);
        fragment(n.catch);
        if (n.error) out.push('}');
        return;
    }
    // Any other node: its expressions become statements, its template children are walked.
    for (const value of Object.values(n)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (!isNode(child)) continue;
        if (TEMPLATE.has(child.type)) node(child);
        else out.push(`(${slice(child)});`);
      }
    }
  };
  out.push('async function __template() {');
  fragment(ast.fragment);
  out.push('}');
  out.push('export default {} as never;');
  return out.join('\n');
}
