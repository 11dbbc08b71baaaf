// The request body limit, in place of yoga's own: yoga streams every body through a TransformStream and a
// stream pipeline to count its bytes, ~50 us of CPU per request here (a pipeline, an AbortController and a
// DOMException each time). A body that declares its Content-Length needs no counting: Node's HTTP parser reads
// exactly that many bytes. Only a body without one (chunked, or a Request built in process) is counted as read.
import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";

const contentLengthPattern = /^\d+$/;

export function useRequestBodyLimit(limitBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get("content-length");
      if (declared != null) {
        // One non-negative integer only: comma-joined values are a request-smuggling attempt.
        if (!contentLengthPattern.test(declared))
          throw bodyError(400, "BAD_REQUEST", "Content-Length header is invalid.");
        if (Number(declared) > limitBytes) throw tooLarge(limitBytes);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (original) => {
        const body = await readAtMost(original.body!, limitBytes);
        return parse(
          new fetchAPI.Request(original.url, {
            method: original.method,
            headers: original.headers,
            signal: original.signal,
            body,
          }),
        );
      });
    },
  };
}

async function readAtMost(body: ReadableStream<Uint8Array>, limitBytes: number): Promise<ArrayBuffer> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const whole = Buffer.concat(chunks);
  return whole.buffer.slice(whole.byteOffset, whole.byteOffset + whole.byteLength) as ArrayBuffer;
}

/** The refusal of a body over the limit, in the same words on every transport. */
export function tooLargeMessage(limitBytes: number): string {
  return `Request body too large: at most ${limitBytes} bytes are accepted.`;
}

function tooLarge(limitBytes: number): GraphQLError {
  return bodyError(413, "REQUEST_ENTITY_TOO_LARGE", tooLargeMessage(limitBytes));
}

// No apiCode: GenAuth has none for transport errors, and the envelope's apiCode is optional.
function bodyError(status: number, code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, statusCode: status, http: { status } } });
}
