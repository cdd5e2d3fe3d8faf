/**
 * A small reader of iCalendar (RFC 5545) text for the tests: checks the line rules (CRLF endings, at most
 * 75 octets, folded lines start with a space), unfolds, and returns the components with their properties.
 */

export interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

export interface Component {
  type: string;
  properties: Property[];
  components: Component[];
}

export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  lines.forEach((line, index) => {
    if (line.includes('\n') || line.includes('\r')) problems.push(`line ${index + 1}: a bare line break`);
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`line ${index + 1}: ${octets} octets`);
  });
  return problems;
}

export function parseICalendar(text: string): Component {
  const unfolded = text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const root: Component = { type: 'ROOT', properties: [], components: [] };
  const stack: Component[] = [root];
  for (const line of unfolded) {
    const property = parseProperty(line);
    const current = stack.at(-1)!;
    if (property.name === 'BEGIN') {
      const component: Component = { type: property.value, properties: [], components: [] };
      current.components.push(component);
      stack.push(component);
    } else if (property.name === 'END') {
      if (current.type !== property.value) throw new Error(`END:${property.value} closes ${current.type}`);
      stack.pop();
    } else current.properties.push(property);
  }
  if (stack.length !== 1) throw new Error(`${stack.at(-1)!.type} is never closed`);
  const [calendar] = root.components;
  if (!calendar || root.components.length !== 1) throw new Error('not one VCALENDAR');
  return calendar;
}

function parseProperty(line: string): Property {
  const colon = line.search(/:(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  if (colon < 0) throw new Error(`no value in "${line}"`);
  const [name = '', ...params] = line.slice(0, colon).split(';');
  return { name, params: Object.fromEntries(params.map((param) => param.split('=') as [string, string])), value: line.slice(colon + 1) };
}

/** A TEXT value as written, unescaped. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_match, character: string) => (character.toLowerCase() === 'n' ? '\n' : character));
}

export function valueOf(component: Component, name: string): string | undefined {
  return component.properties.find((property) => property.name === name)?.value;
}

export function propertyOf(component: Component, name: string): Property | undefined {
  return component.properties.find((property) => property.name === name);
}
