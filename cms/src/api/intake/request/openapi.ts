import { toJSONSchema } from 'zod/mini';
import { LOCALES, REFERENCE_PATTERN } from '@cb/domain';
import { FORM_LAYOUTS, INTAKE_SCHEMAS, type IntakeForm } from '@cb/domain/intake';
import { UPLOAD_RULES } from '../attachments/uploads';
import { INTAKE_LIMITS } from './limits';

/**
 * OpenAPI 3.1 description of the intake routes, generated from the very schemas the routes
 * validate with (zod 4's JSON Schema output, as the request sees them: before transforms).
 */

type JsonObject = Record<string, unknown>;

const COMPONENT_NAMES: Record<IntakeForm, string> = {
  'help-request': 'HelpRequest',
  'help-offer': 'HelpOffer',
  'story-submission': 'StorySubmission',
  'project-proposal': 'ProjectProposal',
};

/** Fields every form may send beside its data. */
const ENVELOPE: JsonObject = {
  locale: { type: 'string', enum: [...LOCALES], description: 'The language of the form, and of the messages in the answer.' },
  idempotencyKey: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,100}$', description: 'Same as the Idempotency-Key header.' },
  website: { type: 'string', description: 'The honeypot: people leave it empty.' },
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const errorAnswer = (description: string, headers?: JsonObject) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema: ref('IntakeError') }, 'text/html': { schema: { type: 'string' } } },
});
const htmlPage = (description: string) => ({ description, content: { 'text/html': { schema: { type: 'string' } } } });

function formSchema(form: IntakeForm): JsonObject {
  const { $schema: _dialect, ...schema } = toJSONSchema(INTAKE_SCHEMAS[form], { io: 'input', unrepresentable: 'any' }) as JsonObject;
  const properties = { ...(schema.properties as JsonObject), ...ENVELOPE };
  const files = UPLOAD_RULES[form];
  if (files) {
    const kinds = files.kinds.map((kind) => kind.extension.toUpperCase()).join(', ');
    properties[files.field] = {
      type: 'array',
      maxItems: files.maxFiles,
      items: { type: 'string', contentMediaType: 'application/octet-stream' },
      description: `Multipart only, optional: ${kinds} (known by their bytes), ${files.maxFiles === 1 ? 'one file' : `at most ${files.maxFiles} files`} of at most ${files.maxBytesPerFile / 1024 / 1024} MB.`,
    };
  }
  return { ...schema, properties };
}

function submitOperation(form: IntakeForm): JsonObject {
  const schema = ref(COMPONENT_NAMES[form]);
  return {
    operationId: `submit${COMPONENT_NAMES[form]}`,
    summary: `Submit a ${form.replace('-', ' ')}`,
    description:
      'JSON (the form island) is answered with JSON. A plain form post from a browser (urlencoded or multipart, Accept text/html) ' +
      'is answered with 303 to the thank-you page, or to the form again with the messages (values kept on the server for 30 minutes). ' +
      `Bodies: JSON and urlencoded at most ${INTAKE_LIMITS.textBodyBytes / 1024} KB, multipart at most ${INTAKE_LIMITS.multipartBodyBytes / 1024 / 1024} MB. ` +
      'Posts per client address are limited (INTAKE_RATE_LIMIT_MAX per INTAKE_RATE_LIMIT_WINDOW_SECONDS).',
    parameters: [
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,100}$' },
        description: 'A retry with the same key returns the first answer.',
      },
      { name: 'locale', in: 'query', required: false, schema: { type: 'string', enum: [...LOCALES] } },
    ],
    requestBody: {
      required: true,
      content: {
        'application/json': { schema },
        // Any form may come urlencoded (a browser sends a form without a chosen file that way too).
        'application/x-www-form-urlencoded': { schema },
        'multipart/form-data': { schema },
      },
    },
    responses: {
      '201': { description: 'Stored; the reference to quote on the phone.', content: { 'application/json': { schema: ref('Reference') } } },
      '200': { description: 'A retry of a submission stored before: its reference.', content: { 'application/json': { schema: ref('Reference') } } },
      '303': {
        description: 'A plain form post: to /api/intake/thank-you/{form}?locale=&reference=, or to /api/intake/{form}/attempts/{token}.',
        headers: { Location: { schema: { type: 'string' } } },
      },
      '404': errorAnswer('No such form.'),
      '409': errorAnswer('This idempotency key came with other content before; nothing stored. Send again with a new key.'),
      '411': errorAnswer('A body without a length.'),
      '413': errorAnswer('The body, or an attachment, is too large.'),
      '415': errorAnswer('Neither JSON, nor urlencoded, nor multipart.'),
      '422': errorAnswer('Fields that need another look, or a body that cannot be read; nothing stored.'),
      '429': errorAnswer('Too many posts from this address.', { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } }),
    },
  };
}

function paths(): JsonObject {
  const result: JsonObject = {};
  for (const layout of Object.values(FORM_LAYOUTS)) result[`/api/intake/${layout.path}`] = { post: submitOperation(layout.form) };
  const formPath = { name: 'form', in: 'path', required: true, schema: { type: 'string', enum: Object.values(FORM_LAYOUTS).map((layout) => layout.path) } };
  result['/api/intake/thank-you/{form}'] = {
    get: {
      operationId: 'thankYouPage',
      parameters: [
        formPath,
        { name: 'locale', in: 'query', schema: { type: 'string', enum: [...LOCALES] } },
        { name: 'reference', in: 'query', schema: { type: 'string' } },
      ],
      responses: { '200': htmlPage('The localized thank-you page with the reference.'), '404': htmlPage('No such form.') },
    },
  };
  result['/api/intake/{form}/attempts/{token}'] = {
    get: {
      operationId: 'attemptPage',
      parameters: [formPath, { name: 'token', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { '200': htmlPage('The form again, with the messages and the values kept.'), '404': htmlPage('Unknown or expired: a link to the form.') },
    },
  };
  result['/api/intake/openapi.json'] = {
    get: {
      operationId: 'intakeOpenApi',
      responses: { '200': { description: 'This document.', content: { 'application/json': { schema: { type: 'object' } } } } },
    },
  };
  return result;
}

let document: JsonObject | undefined;

export function intakeOpenApi(): JsonObject {
  document ??= {
    openapi: '3.1.0',
    info: {
      title: 'Connecting Brussels intake',
      version: '1.0.0',
      description: 'The public door of intake: ask for help, offer help, share a story, apply to the project call. Write-only.',
    },
    paths: paths(),
    components: {
      schemas: {
        ...Object.fromEntries(Object.values(FORM_LAYOUTS).map((layout) => [COMPONENT_NAMES[layout.form], formSchema(layout.form)])),
        Reference: { type: 'object', required: ['reference'], properties: { reference: { type: 'string', pattern: REFERENCE_PATTERN.source } } },
        IntakeError: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['status', 'name', 'message', 'fields'],
              properties: {
                status: { type: 'integer' },
                name: { type: 'string' },
                message: { type: 'string' },
                fields: {
                  type: 'object',
                  description: 'One localized message per field path (`email`, `budgetLines.1.amount`); `form` for the post as a whole.',
                  additionalProperties: { type: 'string' },
                },
              },
            },
          },
        },
      },
    },
  };
  return document;
}
