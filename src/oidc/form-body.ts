// An OAuth request's parameters: the form body whatever its Content-Type says (GenAuth's Node SDK sends some
// token requests without one), merged over nothing else. RFC 6749 3.1/3.2: a parameter sent twice is an error,
// and so is a body that is too large to be a token request.
import { InvalidInputError } from "../identity/errors.ts";

const maxFormBytes = 16 * 1024;

export async function formParams(request: Request): Promise<URLSearchParams> {
  const text = request.method === "GET" || request.method === "HEAD" ? "" : await request.text();
  if (text.length > maxFormBytes)
    throw new InvalidInputError("body", "input.tooLong", { field: "body", max: maxFormBytes });
  const params = new URLSearchParams(text);
  const seen = new Set<string>();
  for (const name of params.keys()) {
    if (seen.has(name)) throw new InvalidInputError(name, "oauth.repeatedParameter", { field: name });
    seen.add(name);
  }
  return params;
}

/** The parameter's value, or null when absent or empty. */
export function param(params: URLSearchParams, name: string): string | null {
  return params.get(name) || null;
}
