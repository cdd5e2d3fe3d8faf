import { createRequire } from 'node:module';

type TransformDone = (error?: Error | null) => void;
interface MultipartParserPrototype {
  _transform(this: unknown, buffer: Buffer, encoding: BufferEncoding, done: TransformDone): number;
  [PATCHED]?: true;
}

const PATCHED = Symbol.for('connecting-brussels.multipart-stall');

/**
 * formidable 2 (Strapi's body parser, through koa-body 6) stops reading a multipart body at a character a part's
 * header may not hold (a line break inside a file name, a dot in a header's name) without telling anyone: its parser
 * returns without calling back, so the request waits for an answer until the connection times out, on every route.
 * Such a stop is made an error of the parser, which formidable turns into a refusal of the body (a 400, see
 * body-errors.ts). Remove once Strapi's body parser has a formidable that refuses malformed headers itself.
 */
export function refuseStalledMultipartBodies(): void {
  // formidable as Strapi's body parser finds it: koa-body's own dependency.
  const fromKoaBody = createRequire(createRequire(__filename).resolve('koa-body'));
  const { prototype } = fromKoaBody('formidable/src/parsers/Multipart.js') as { prototype: MultipartParserPrototype };
  if (prototype[PATCHED]) return;
  const transform = prototype._transform;
  prototype._transform = function (buffer, encoding, done) {
    let called = false;
    const read = transform.call(this, buffer, encoding, (error) => {
      called = true;
      done(error);
    });
    if (!called) done(Object.assign(new Error(`A multipart body's part header is malformed (at byte ${read})`), { httpCode: 400 }));
    return read;
  };
  prototype[PATCHED] = true;
}
