import { ACTIVITY_TIME_RULES, type ActivityTimeRule } from './activities/recurrence.js';

/**
 * What a web address, an email address, a phone number and a name must look like, written once:
 * the intake forms, the CMS (before it stores public content) and the site's content loader all
 * ask these functions, so the CMS never stores what the site would refuse to build.
 */

/** The longest email address and phone number anyone types by hand. */
export const EMAIL_MAX_LENGTH = 200;
export const PHONE_MAX_LENGTH = 30;
export const WEB_ADDRESS_MAX_LENGTH = 300;

/** Addresses as people write them: no quoted parts, no IP literals, a dotted domain with a letter TLD. */
export const EMAIL_PATTERN = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/** A phone number as people write it in Belgium or abroad: 02 555 01 23, +32 470 12 34 56, 0470/12.34.56. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 ./()-]{6,}[0-9]$/;

export function isEmailAddress(text: string): boolean {
  return text.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(text);
}

export function isPhoneNumber(text: string): boolean {
  return text.length <= PHONE_MAX_LENGTH && PHONE_PATTERN.test(text);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Spaces, control and format characters have no place in an address someone clicks. */
const NOT_IN_AN_ADDRESS = /[\s\p{Cc}\p{Cf}]/u;

/**
 * A web address an editor typed, as the site links to it: `https://…`, `http://…`, or a bare
 * `example.be/…` (https is assumed). Anything else (`javascript:`, `data:`, `mailto:`, spaces,
 * credentials, a host without a dot) is not a web address: undefined.
 */
export function webAddress(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > WEB_ADDRESS_MAX_LENGTH || NOT_IN_AN_ADDRESS.test(trimmed)) return undefined;
  const bare = !SCHEME.test(trimmed);
  if (bare && !/^[\p{L}\p{N}]/u.test(trimmed)) return undefined;
  const candidate = bare ? `https://${trimmed}` : trimmed;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  const web = url.protocol === 'http:' || url.protocol === 'https:';
  const plainHost = url.username === '' && url.password === '' && /^[^.]+(\.[^.]+)+$/.test(url.hostname);
  return web && plainHost ? url.href : undefined;
}

/**
 * A link inside rich text: a web address, a mail or phone link, a path on the site itself or a
 * place on the same page (`#…`).
 * Returns the link as the site writes it, or undefined.
 */
export function linkTarget(text: string): string | undefined {
  const trimmed = text.trim();
  if (NOT_IN_AN_ADDRESS.test(trimmed)) return undefined;
  if (/^\/(?![/\\])/.test(trimmed) || /^#[\w-]*$/.test(trimmed)) return trimmed;
  if (/^mailto:/i.test(trimmed)) return isEmailAddress(trimmed.slice('mailto:'.length)) ? trimmed : undefined;
  if (/^tel:/i.test(trimmed)) return isPhoneNumber(trimmed.slice('tel:'.length)) ? trimmed : undefined;
  return webAddress(trimmed);
}

/** What a name may not be or contain; undefined when it is a name. */
export type NameProblem = 'address' | 'line-break' | 'hidden-characters' | 'invisible';

/**
 * What reads as a dot in an address: the full stop, the dots browsers take for one in a host name
 * (fullwidth, ideographic, halfwidth ideographic) and the ones that become a full stop on
 * normalisation (one dot leader, small full stop).
 */
const DOT = '[.\\uFF0E\\u3002\\uFF61\\u2024\\uFE52]';
/** A letter with its accents: what a host name or a top-level domain is made of. */
const LETTER = '\\p{L}\\p{M}*';
/**
 * Anything that reads as an address, whatever the top-level domain: a dot between a letter or digit
 * and two letters or a digit (`label.tld`, `217.160.0.1`; an initial such as `J.R.R.` has one letter
 * after each dot), a slash of any kind (`://`, paths), and an email address written with an at sign or
 * spelled out (`jan(at)evil`, `jan at evil dot be`).
 */
const ADDRESS_LIKE = [
  new RegExp(`[\\p{L}\\p{M}\\p{N}]${DOT}(?:(?:${LETTER}){2}|\\p{N})`, 'u'),
  /[/\\\uFF0F\uFF3C]/u,
  /[\p{L}\p{M}\p{N}_+-]\s*[@\uFF20\uFE6B]\s*[\p{L}\p{N}]/u,
  /[\p{L}\p{M}\p{N}]\s*[([{<]\s*(?:at|dot|punt|point)\s*[)\]}>]\s*[\p{L}\p{N}]/iu,
  /\bat\s+[\p{L}\p{M}\p{N}-]+\s+(?:dot|punt|point)\s+\p{L}{2,}/iu,
];
/** Line and paragraph breaks, whatever their spelling. */
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/u;
/**
 * The invisible characters names do need: a variation selector right after what it varies (emoji ❤️,
 * ideographic and Mongolian variants), and the two joiners (U+200C, U+200D) between visible
 * characters, which are letters' business in Persian, Indic scripts and emoji sequences. One selector
 * at a time, so that a row of them cannot carry a hidden text.
 */
const NEEDED_INVISIBLE =
  /(?<=[\p{L}\p{M}\p{N}\p{S}])[\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}](?![\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}])|(?<=[\p{L}\p{M}\p{N}\p{S}\uFE0F])[\u200C\u200D](?=[\p{L}\p{M}\p{N}\p{S}])/gu;
/**
 * Control, format and private characters and every character Unicode says to show as nothing: bidi
 * overrides and isolates, marks that flip direction, zero-width spaces, soft hyphens, the combining
 * grapheme joiner, tag characters, Hangul fillers.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;
/** Characters that show nothing: spaces, marks, joiners, and the fillers that look like a space. */
const SHOWS_NOTHING = /[\s\p{Z}\p{M}\u115F\u1160\u3164\uFFA0\u2800]|\u200C|\u200D/gu;

/** Names are names: of a person or an organisation, never a link, a second line, or hidden text. */
export function nameProblem(name: string): NameProblem | undefined {
  if (LINE_BREAK.test(name)) return 'line-break';
  if (name.replace(SHOWS_NOTHING, '') === '') return 'invisible';
  if (HIDDEN.test(name.replace(NEEDED_INVISIBLE, ''))) return 'hidden-characters';
  const normalised = name.normalize('NFKC');
  if (ADDRESS_LIKE.some((pattern) => pattern.test(name) || pattern.test(normalised))) return 'address';
  return undefined;
}

export const isName = (name: string): boolean => nameProblem(name) === undefined;

/** The kinds of value public content is checked for, by the CMS on save and by the site's loader. */
export type ContentRule = 'web-address' | 'email' | 'phone' | 'link';

/** Each rule in English, for the site build's output and logs; editors read it in their language by its code (ValueRule, below). */
export const CONTENT_RULE_MESSAGES: Record<ContentRule, string> = {
  'web-address': 'must be a web address that starts with https:// or http://, without spaces, for example https://www.example.be',
  email: 'must be an email address, for example info@example.be',
  phone: 'must be a phone number of digits, spaces and . / ( ) -, for example 02 555 01 23 or +32 470 12 34 56',
  link: 'has a link that is not a web address (https://…), a mail link (mailto:…), a phone link (tel:…) or a page of this site (/…)',
};

/** Whether a value passes its rule; empty values are for the `required` setting to judge. */
export function followsContentRule(rule: ContentRule, value: string): boolean {
  switch (rule) {
    case 'web-address':
      return webAddress(value) !== undefined;
    case 'email':
      return isEmailAddress(value.trim());
    case 'phone':
      return isPhoneNumber(value.trim());
    case 'link':
      return linkTarget(value) !== undefined;
  }
}

/** Every link url in Strapi "blocks" rich text, however deeply nested (lists in lists). */
export function linksInBlocks(blocks: unknown): string[] {
  if (Array.isArray(blocks)) return blocks.flatMap(linksInBlocks);
  if (blocks === null || typeof blocks !== 'object') return [];
  const node = blocks as { type?: unknown; url?: unknown; children?: unknown };
  const own = node.type === 'link' ? [typeof node.url === 'string' ? node.url : ''] : [];
  return [...own, ...linksInBlocks(node.children)];
}

// ---------------------------------------------------------------------------------------------
// Rich text ("blocks"): the shapes the site renders, checked by the CMS on save and by the site's loader.

/** What is wrong with one node of rich text. */
export type BlockRule =
  | 'node-type'
  | 'text'
  | 'mark'
  | 'children'
  | 'heading-level'
  | 'list-format'
  | 'indent-level'
  | 'image'
  | 'image-url'
  | 'image-size'
  | 'image-alt'
  | 'code-language'
  | 'link';

export interface BlockProblem {
  /** Where in the field: indexes and keys, never the value (`['3', 'image', 'width']`). */
  path: string[];
  rule: BlockRule;
}

/** Each rich-text rule in English, for the site build's output and logs (editors read them by code, as `rich-text` or `link`). */
export const BLOCK_RULE_MESSAGES: Record<BlockRule, string> = {
  'node-type': 'has a kind of block the site cannot show',
  text: 'has a text that is not text',
  mark: 'has a text style (bold, italic, ...) that is neither on nor off',
  children: 'has a block without its content',
  'heading-level': 'has a heading whose level is not 1 to 6',
  'list-format': 'has a list that is neither numbered nor bulleted',
  'indent-level': 'has a list indented by something other than 0, 1, 2, ...',
  image: 'has an image without its file',
  'image-url': 'has an image without an address',
  'image-size': 'has an image whose width or height is not a whole number above 0',
  'image-alt': 'has an image whose alternative text is not text',
  'code-language': 'has a code block whose language is not text',
  link: CONTENT_RULE_MESSAGES.link,
};

const TEXT_MARKS = ['bold', 'italic', 'underline', 'strikethrough', 'code'] as const;
const HEADING_LEVELS: readonly unknown[] = [1, 2, 3, 4, 5, 6];
const LIST_FORMATS: readonly unknown[] = ['ordered', 'unordered'];
const INLINE_TYPES = new Set(['text', 'link']);

type BlockNode = Record<string, unknown>;
const isBlockNode = (value: unknown): value is BlockNode => value !== null && typeof value === 'object' && !Array.isArray(value);
const problem = (path: string[], rule: BlockRule): BlockProblem[] => [{ path, rule }];
const isPositiveWhole = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 0;
const isOptionalString = (value: unknown) => value === undefined || typeof value === 'string';

/** Every way Strapi "blocks" rich text breaks the shapes the site renders; empty when it renders. */
export function blockProblems(blocks: unknown): BlockProblem[] {
  if (!Array.isArray(blocks)) return problem([], 'children');
  return blocks.flatMap((block, index) => topLevelProblems(block, [String(index)]));
}

function topLevelProblems(block: unknown, path: string[]): BlockProblem[] {
  if (!isBlockNode(block)) return problem(path, 'node-type');
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return inlineChildrenProblems(block.children, path);
    case 'heading':
      return [...(HEADING_LEVELS.includes(block.level) ? [] : problem([...path, 'level'], 'heading-level')), ...inlineChildrenProblems(block.children, path)];
    case 'code':
      return [...(isOptionalString(block.language) ? [] : problem([...path, 'language'], 'code-language')), ...inlineChildrenProblems(block.children, path)];
    case 'image':
      return [...imageProblems(block.image, [...path, 'image']), ...(block.children === undefined ? [] : inlineChildrenProblems(block.children, path))];
    case 'list':
      return listProblems(block, path);
    default:
      return problem([...path, 'type'], 'node-type');
  }
}

function imageProblems(image: unknown, path: string[]): BlockProblem[] {
  if (!isBlockNode(image)) return problem(path, 'image');
  return [
    ...(typeof image.url === 'string' && image.url !== '' ? [] : problem([...path, 'url'], 'image-url')),
    ...(['width', 'height'] as const).flatMap((side) => (isPositiveWhole(image[side]) ? [] : problem([...path, side], 'image-size'))),
    ...(image.alternativeText === null || isOptionalString(image.alternativeText) ? [] : problem([...path, 'alternativeText'], 'image-alt')),
  ];
}

function listProblems(list: BlockNode, path: string[]): BlockProblem[] {
  const indent = list.indentLevel;
  const own = [
    ...(LIST_FORMATS.includes(list.format) ? [] : problem([...path, 'format'], 'list-format')),
    ...(indent === undefined || (typeof indent === 'number' && Number.isInteger(indent) && indent >= 0)
      ? []
      : problem([...path, 'indentLevel'], 'indent-level')),
  ];
  if (!Array.isArray(list.children)) return [...own, ...problem([...path, 'children'], 'children')];
  const items = list.children.flatMap((child, index) => {
    const at = [...path, 'children', String(index)];
    if (isBlockNode(child) && child.type === 'list') return listProblems(child, at);
    if (isBlockNode(child) && child.type === 'list-item') return inlineChildrenProblems(child.children, at);
    return problem(isBlockNode(child) ? [...at, 'type'] : at, 'node-type');
  });
  return [...own, ...items];
}

function inlineChildrenProblems(children: unknown, path: string[]): BlockProblem[] {
  if (!Array.isArray(children)) return problem([...path, 'children'], 'children');
  return children.flatMap((child, index) => inlineProblems(child, [...path, 'children', String(index)], true));
}

function inlineProblems(node: unknown, path: string[], linkAllowed: boolean): BlockProblem[] {
  if (!isBlockNode(node)) return problem(path, 'node-type');
  if (!INLINE_TYPES.has(node.type as string) || (node.type === 'link' && !linkAllowed)) return problem([...path, 'type'], 'node-type');
  if (node.type === 'text') {
    return [
      ...(typeof node.text === 'string' ? [] : problem([...path, 'text'], 'text')),
      ...TEXT_MARKS.flatMap((mark) => (node[mark] === undefined || typeof node[mark] === 'boolean' ? [] : problem([...path, mark], 'mark'))),
    ];
  }
  const url = typeof node.url === 'string' ? node.url : '';
  const linkProblems = followsContentRule('link', url) ? [] : problem([...path, 'url'], 'link');
  if (!Array.isArray(node.children)) return [...linkProblems, ...problem([...path, 'children'], 'children')];
  return [...linkProblems, ...node.children.flatMap((child, index) => inlineProblems(child, [...path, 'children', String(index)], false))];
}

// ---------------------------------------------------------------------------------------------
// Refusals by code: the CMS on save and the site's build say why a value is refused with one of
// these, and each reader words it in its own language (the English messages above are for logs and
// the build's output).

/**
 * Why a public value is refused: a rule above, one of an activity's dates and hours, empty while
 * required, a document the site needs in every language not published in one, or anything else.
 */
export type ValueRule = ContentRule | 'rich-text' | ActivityTimeRule | 'required' | 'not-published' | 'other';

export const VALUE_RULES: readonly ValueRule[] = [
  'web-address',
  'email',
  'phone',
  'link',
  'rich-text',
  ...ACTIVITY_TIME_RULES,
  'required',
  'not-published',
  'other',
];

export const isValueRule = (value: unknown): value is ValueRule => VALUE_RULES.some((rule) => rule === value);

/** A rich-text problem as a value rule: a bad link is a link, anything else a shape the site cannot show. */
export const valueRuleOfBlock = (rule: BlockRule): ValueRule => (rule === 'link' ? 'link' : 'rich-text');
