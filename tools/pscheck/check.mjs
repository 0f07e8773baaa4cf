// PowerShell syntax check without PowerShell: parses each file given on the command line with
// tree-sitter-powershell (WASM) and prints file:line:column for every syntax error.
// Exit 0: all files parse; 1: syntax errors; 2: the parser could not be set up.
// Usage: node --liftoff-only check.mjs [--self-test] <file>...
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Parser, Language } from 'web-tree-sitter';

const require = createRequire(import.meta.url);

async function createParser() {
  await Parser.init();
  const grammar = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  const parser = new Parser();
  parser.setLanguage(grammar);
  return parser;
}

// An ERROR or MISSING node is an error. A node whose hasError is set while none of its children
// has one hides a missing token that walking the children would not find: report it too.
function findErrors(node, found) {
  if (node.isError || node.isMissing) {
    const what = node.isMissing ? `missing ${node.type}` : 'unexpected input';
    found.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, what });
    return;
  }
  if (!node.hasError) return;
  const children = node.children.filter((child) => child !== null);
  const erroneous = children.filter((child) => child.hasError || child.isError || child.isMissing);
  if (erroneous.length === 0) {
    found.push({ line: node.startPosition.row + 1, column: node.startPosition.column + 1, what: `incomplete ${node.type}` });
    return;
  }
  for (const child of erroneous) findErrors(child, found);
}

function errorsIn(parser, text) {
  const tree = parser.parse(text);
  const found = [];
  findErrors(tree.rootNode, found);
  tree.delete();
  return found;
}

// The check must be able to fail: a parser that accepts everything would pass every file.
const brokenSnippet = 'function Broken {\n  if ($true) {\n    Write-Output "unclosed"\n';
const validSnippet = "function Valid {\n    param([string] $Name)\n    Write-Output \"Hello, $Name\"\n}\nValid -Name 'x'\n";

function selfTest(parser) {
  const broken = errorsIn(parser, brokenSnippet);
  const valid = errorsIn(parser, validSnippet);
  if (broken.length === 0) {
    console.error('pscheck self-test FAILED: a known-broken snippet was accepted');
    return false;
  }
  if (valid.length !== 0) {
    console.error(`pscheck self-test FAILED: a valid snippet was rejected at ${valid[0].line}:${valid[0].column}`);
    return false;
  }
  console.log(`pscheck self-test passed (broken snippet reported at ${broken[0].line}:${broken[0].column})`);
  return true;
}

const args = process.argv.slice(2);
let parser;
try {
  parser = await createParser();
} catch (error) {
  console.error(`pscheck: cannot load the PowerShell grammar: ${error.message}`);
  process.exit(2);
}
let failed = false;
if (args[0] === '--self-test') {
  args.shift();
  if (!selfTest(parser)) process.exit(1);
}
for (const file of args) {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  for (const error of errorsIn(parser, text)) {
    console.log(`${file}:${error.line}:${error.column}: syntax error: ${error.what}`);
    failed = true;
  }
}
console.log(`pscheck: ${args.length} file(s) checked${failed ? ', syntax errors found' : ', no syntax errors'}`);
process.exit(failed ? 1 : 0);
