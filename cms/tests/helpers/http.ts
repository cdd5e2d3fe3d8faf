/** The JSON body of a response, typed by what the test expects to find in it. */
export async function readJson<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

export interface StrapiDocument {
  documentId: string;
  locale?: string;
  [field: string]: unknown;
}

export interface StrapiList {
  data: StrapiDocument[];
  meta: { pagination: { total: number } };
}
