/** A form posted to a signed link's page, as the body parser left it: its fields, or none. */
export function postedFields(request: { body?: unknown }): Record<string, unknown> {
  const body = request.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

/** A field's value as posted; a field sent more than once counts with its last value. */
export function lastValue(value: unknown): string | undefined {
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : undefined;
}
