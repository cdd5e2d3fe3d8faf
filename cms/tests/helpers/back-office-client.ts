import * as z from 'zod';
import type { StaffUser } from '../../testing/admin-panel';

export interface BackOfficeAnswer<Body> {
  status: number;
  body: Body;
}

/** A call to the back office's API as a logged-in staff member; its JSON body read through `schema` when the test reads into it. */
export interface StaffApi {
  (user: StaffUser, method: string, route: string, body?: unknown): Promise<BackOfficeAnswer<unknown>>;
  <Schema extends z.ZodType>(user: StaffUser, method: string, route: string, body: unknown, schema: Schema): Promise<BackOfficeAnswer<z.output<Schema>>>;
}

/** The back office's API of the CMS at `cmsUrl`, called with a staff member's admin token, JSON in and out. */
export function staffApiOf(cmsUrl: string): StaffApi {
  async function call(user: StaffUser, method: string, route: string, body?: unknown): Promise<BackOfficeAnswer<unknown>>;
  async function call<Schema extends z.ZodType>(
    user: StaffUser,
    method: string,
    route: string,
    body: unknown,
    schema: Schema,
  ): Promise<BackOfficeAnswer<z.output<Schema>>>;
  async function call(user: StaffUser, method: string, route: string, body?: unknown, schema: z.ZodType = z.unknown()): Promise<BackOfficeAnswer<unknown>> {
    const response = await fetch(`${cmsUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: schema.parse(await response.json().catch(() => undefined)) };
  }
  return call;
}
