// Which message keys the code in src/ reaches, as TypeScript resolves them: every property access,
// destructuring and element access is followed to the key it names in a catalogue, through any
// alias or function parameter, in .ts files and in .svelte components (see svelte-ts.ts). An
// element access with a computed key (`t.status[s]`) reaches the members of the key's union type;
// one whose key TypeScript only knows as `string` is reported as unresolved, since the test could
// not tell which keys it uses. Enumerating an object (Object.entries/keys/values) reaches all of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { svelteToTs } from './svelte-ts';

/** A message catalogue: the file, the variable, and whose shape it takes (value or type). */
export interface Catalogue {
  file: string;
  variable: string;
}

export interface Usage {
  /** Leaf key paths per catalogue file, e.g. 'board.menu.back'. */
  leaves: Map<string, string[]>;
  unused: string[];
  unresolved: string[];
  /** TypeScript syntax errors in the converted components (a bug in svelte-ts.ts). */
  syntaxErrors: string[];
}

const ENUMERATE = new Set(['Object.entries', 'Object.keys', 'Object.values']);

export function findUsage(root: string, catalogues: Catalogue[]): Usage {
  const src = join(root, 'src');
  const files = (readdirSync(src, { recursive: true }) as string[]).map((f) => join(src, f));
  // A component X.svelte is seen as X.svelte.ts, so imports of './X.svelte' resolve to it.
  const virtual = new Map(
    files
      .filter((f) => f.endsWith('.svelte'))
      .map((f) => [`${f}.ts`, svelteToTs(readFileSync(f, 'utf8'))]),
  );
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    strict: true,
    noUncheckedIndexedAccess: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists(f);
  host.readFile = (f) => virtual.get(f) ?? readFile(f);
  host.getSourceFile = (f, lang, ...rest) => {
    const text = virtual.get(f);
    return text === undefined
      ? getSourceFile(f, lang, ...rest)
      : ts.createSourceFile(f, text, lang);
  };
  const rootNames = [
    ...files.filter((f) => f.endsWith('.ts')),
    ...virtual.keys(),
    join(root, 'node_modules/svelte/types/index.d.ts'), // the runes ($state, $derived, $props)
  ];
  const program = ts.createProgram({ rootNames, options, host });
  const checker = program.getTypeChecker();
  const where = (n: ts.Node) => {
    const sf = n.getSourceFile();
    return `${relative(root, sf.fileName)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
  };

  // Every key of every catalogue (object literal properties, or type literal members), its path.
  const path = new Map<ts.Node, string>();
  const leafOf = new Map<ts.Node, ts.Node[]>(); // a key → the leaves at or under it
  const leaves = new Map<string, string[]>();
  for (const { file, variable } of catalogues) {
    const sf = program.getSourceFile(join(root, file));
    if (!sf) throw new Error(`${file} is not part of the program`);
    const found: string[] = [];
    const walk = (shape: ts.Node, prefix: string): ts.Node[] => {
      const members = ts.isObjectLiteralExpression(shape)
        ? shape.properties
        : ts.isTypeLiteralNode(shape)
          ? shape.members
          : [];
      return members.flatMap((m) => {
        if (!m.name) return [];
        const key = `${prefix}${m.name.getText().replace(/^['"]|['"]$/g, '')}`;
        const inner = ts.isPropertyAssignment(m)
          ? skipSatisfies(m.initializer)
          : ts.isPropertySignature(m)
            ? m.type
            : undefined;
        const nested =
          inner && (ts.isObjectLiteralExpression(inner) || ts.isTypeLiteralNode(inner));
        path.set(m, key);
        const under = nested ? walk(inner, `${key}.`) : [m];
        if (!nested) found.push(key);
        leafOf.set(m, under);
        return under;
      });
    };
    const decl = findVariable(sf, variable);
    walk(shapeOf(decl), '');
    leaves.set(file, found);
  }

  const used = new Set<ts.Node>();
  const catalogueKeys = (symbol: ts.Symbol | undefined): ts.Node[] =>
    symbol
      ? checker
          .getRootSymbols(symbol)
          .flatMap((s) => (s.declarations ?? []).filter((d) => path.has(d)))
      : [];
  const reach = (symbol: ts.Symbol | undefined) => {
    for (const d of catalogueKeys(symbol)) for (const leaf of leafOf.get(d)!) used.add(leaf);
  };
  const isCatalogueObject = (type: ts.Type) =>
    checker
      .getNonNullableType(type)
      .getProperties()
      .some((p) => catalogueKeys(p).length > 0);
  const unresolved: string[] = [];

  const visit = (n: ts.Node): void => {
    if (ts.isPropertyAccessExpression(n)) reachOne(checker.getSymbolAtLocation(n.name));
    else if (ts.isElementAccessExpression(n)) {
      const object = checker.getNonNullableType(checker.getTypeAtLocation(n.expression));
      if (isCatalogueObject(object)) {
        const key = checker.getTypeAtLocation(n.argumentExpression);
        for (const k of key.isUnion() ? key.types : [key]) {
          if (k.isStringLiteral() || k.isNumberLiteral())
            reachOne(checker.getPropertyOfType(object, String(k.value)));
          else if (!(k.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)))
            unresolved.push(`${where(n)} ${n.getText()}: key of type ${checker.typeToString(k)}`);
        }
      }
    } else if (ts.isBindingElement(n) && ts.isObjectBindingPattern(n.parent)) {
      const object = checker.getTypeAtLocation(n.parent);
      if (n.dotDotDotToken) {
        if (isCatalogueObject(object)) unresolved.push(`${where(n)} ...rest of messages`);
      } else {
        const name = (n.propertyName ?? n.name).getText();
        reachOne(checker.getPropertyOfType(object, name));
      }
    } else if (ts.isSpreadAssignment(n) || ts.isSpreadElement(n)) {
      if (isCatalogueObject(checker.getTypeAtLocation(n.expression)))
        unresolved.push(`${where(n)} spread of messages`);
    } else if (ts.isCallExpression(n) && ENUMERATE.has(n.expression.getText())) {
      const arg = n.arguments[0];
      if (arg) for (const p of checker.getTypeAtLocation(arg).getProperties()) reach(p);
    }
    ts.forEachChild(n, visit);
  };
  // Reaching a key reaches only that key when it is a leaf; an object reached as a whole (passed
  // on, say) does not count for its leaves: they must be reached themselves.
  const reachOne = (symbol: ts.Symbol | undefined) => {
    for (const d of catalogueKeys(symbol))
      if (leafOf.get(d)!.length === 1 && leafOf.get(d)![0] === d) used.add(d);
  };

  const syntaxErrors: string[] = [];
  for (const sf of program.getSourceFiles()) {
    if (
      !sf.fileName.startsWith(src + '/') ||
      catalogues.some((c) => sf.fileName === join(root, c.file))
    )
      continue;
    for (const d of program.getSyntacticDiagnostics(sf))
      syntaxErrors.push(
        `${relative(root, sf.fileName)}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
      );
    visit(sf);
  }

  const unused = [...path.entries()]
    .filter(([node]) => leafOf.get(node)!.includes(node) && !used.has(node))
    .map(([node, key]) => `${relative(root, node.getSourceFile().fileName)}: ${key}`);
  return { leaves, unused, unresolved, syntaxErrors };
}

function skipSatisfies(e: ts.Expression): ts.Expression {
  return ts.isSatisfiesExpression(e) || ts.isAsExpression(e) ? skipSatisfies(e.expression) : e;
}

function findVariable(sf: ts.SourceFile, name: string): ts.VariableDeclaration {
  for (const s of sf.statements)
    if (ts.isVariableStatement(s))
      for (const d of s.declarationList.declarations) if (d.name.getText() === name) return d;
  throw new Error(`${sf.fileName} declares no ${name}`);
}

/** The literal that gives the catalogue its keys: the value, or the type literal it is typed by. */
function shapeOf(d: ts.VariableDeclaration): ts.Node {
  let typeLiteral: ts.Node | undefined;
  d.type?.forEachChild(function find(n) {
    if (!typeLiteral && ts.isTypeLiteralNode(n)) typeLiteral = n;
    else n.forEachChild(find);
  });
  if (typeLiteral) return typeLiteral;
  if (d.initializer) return skipSatisfies(d.initializer);
  throw new Error(`${d.name.getText()} has no value`);
}
