// What every REST route declares alike in its OpenAPI description: a JSON body, and the envelope it answers.
import type { z } from "@hono/zod-openapi";

/** Every answer is HTTP 200 with GenAuth's envelope; a business error is its statusCode/apiCode. */
export const envelopeResponse = {
  200: { description: "GenAuth's envelope; a business error is statusCode/apiCode in it" },
};

/** A required JSON body validated by `schema`. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});
