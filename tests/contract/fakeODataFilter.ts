/**
 * The `$filter` subset the fake SharePoint understands, evaluated the way SharePoint Online evaluates it on list
 * items: comparisons `Field eq|ne|ge|gt|le|lt literal` joined with `and` / `or` and parentheses. Literals: strings
 * in single quotes (quotes doubled), `datetime'…'`, integers, true/false. Text comparisons ignore case (SharePoint's
 * SQL collation is case-insensitive), dates compare as instants. Anything else is a syntax error (the fake answers 400).
 */
export type ComparisonOperator = 'eq' | 'ne' | 'ge' | 'gt' | 'le' | 'lt';

export type FilterNode =
  | { kind: 'compare'; field: string; op: ComparisonOperator; value: string | number | boolean; isDate: boolean }
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode };

type Token = { type: 'ident' | 'string' | 'datetime' | 'number' | 'bool' | 'lparen' | 'rparen'; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ') {
      i++;
    } else if (c === '(' || c === ')') {
      tokens.push({ type: c === '(' ? 'lparen' : 'rparen', text: c });
      i++;
    } else if (c === "'" || text.startsWith("datetime'", i)) {
      const isDate = c !== "'";
      let j = i + (isDate ? 9 : 1);
      let value = '';
      for (;;) {
        if (j >= text.length) throw new Error(`Unterminated string in ${text}`);
        if (text[j] === "'" && text[j + 1] === "'") {
          value += "'";
          j += 2;
        } else if (text[j] === "'") {
          j++;
          break;
        } else {
          value += text[j++];
        }
      }
      tokens.push({ type: isDate ? 'datetime' : 'string', text: value });
      i = j;
    } else {
      const match = /^(-?\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i));
      if (!match) throw new Error(`Unexpected ${c} in ${text}`);
      const word = match[1];
      tokens.push({ type: /^-?\d/.test(word) ? 'number' : word === 'true' || word === 'false' ? 'bool' : 'ident', text: word });
      i += word.length;
    }
  }
  return tokens;
}

const OPERATORS: readonly ComparisonOperator[] = ['eq', 'ne', 'ge', 'gt', 'le', 'lt'];

/** Parses a `$filter`; throws on anything outside the subset. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];
  const next = (): Token => {
    const token = tokens[position++];
    if (!token) throw new Error(`Unexpected end of ${text}`);
    return token;
  };
  const primary = (): FilterNode => {
    const token = next();
    if (token.type === 'lparen') {
      const inner = orExpression();
      if (next().type !== 'rparen') throw new Error(`Missing ) in ${text}`);
      return inner;
    }
    if (token.type !== 'ident') throw new Error(`Expected a field in ${text}`);
    const op = next();
    if (op.type !== 'ident' || OPERATORS.indexOf(op.text as ComparisonOperator) < 0) throw new Error(`Expected an operator in ${text}`);
    const literal = next();
    let value: string | number | boolean;
    if (literal.type === 'string' || literal.type === 'datetime') value = literal.text;
    else if (literal.type === 'number') value = Number(literal.text);
    else if (literal.type === 'bool') value = literal.text === 'true';
    else throw new Error(`Expected a literal in ${text}`);
    if (literal.type === 'datetime' && Number.isNaN(Date.parse(literal.text))) throw new Error(`Bad datetime in ${text}`);
    return { kind: 'compare', field: token.text, op: op.text as ComparisonOperator, value, isDate: literal.type === 'datetime' };
  };
  const andExpression = (): FilterNode => {
    let left = primary();
    while (peek()?.type === 'ident' && peek()?.text === 'and') {
      position++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };
  const orExpression = (): FilterNode => {
    let left = andExpression();
    while (peek()?.type === 'ident' && peek()?.text === 'or') {
      position++;
      left = { kind: 'or', left, right: andExpression() };
    }
    return left;
  };
  const tree = orExpression();
  if (position !== tokens.length) throw new Error(`Unexpected ${tokens[position].text} in ${text}`);
  return tree;
}

/** Every field the filter names. */
export function filterFields(node: FilterNode): string[] {
  return node.kind === 'compare' ? [node.field] : [...filterFields(node.left), ...filterFields(node.right)];
}

function compare(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether an item (its field values by name) matches. */
export function matchesFilter(node: FilterNode, valueOf: (field: string) => unknown): boolean {
  if (node.kind !== 'compare') {
    return node.kind === 'and' ? matchesFilter(node.left, valueOf) && matchesFilter(node.right, valueOf) : matchesFilter(node.left, valueOf) || matchesFilter(node.right, valueOf);
  }
  return matchesComparison(node, valueOf);
}

function matchesComparison(node: Extract<FilterNode, { kind: 'compare' }>, valueOf: (field: string) => unknown): boolean {
  const actual = valueOf(node.field);
  if (actual === null || actual === undefined) return node.op === 'ne';
  let order: number;
  if (node.isDate) {
    const time = Date.parse(String(actual));
    if (Number.isNaN(time)) return false;
    order = compare(time, Date.parse(String(node.value)));
  } else if (typeof node.value === 'string') {
    if (typeof actual !== 'string') return false;
    order = compare(actual.toLowerCase(), node.value.toLowerCase());
  } else if (typeof node.value === 'number') {
    // Yes/No columns compare with 1 / 0 (odataLiteral writes booleans that way).
    const number = typeof actual === 'boolean' ? (actual ? 1 : 0) : actual;
    if (typeof number !== 'number') return false;
    order = compare(number, node.value);
  } else {
    if (typeof actual !== 'boolean') return false;
    order = actual === node.value ? 0 : 1;
    if (node.op !== 'eq' && node.op !== 'ne') return false;
  }
  switch (node.op) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'ge':
      return order >= 0;
    case 'gt':
      return order > 0;
    case 'le':
      return order <= 0;
    default:
      return order < 0;
  }
}
