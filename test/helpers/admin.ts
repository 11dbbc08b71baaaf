// Administrator access for tests: an access key of the test pool, a management token for it, and a raw GraphQL
// call for admin fields (the walk and the management tests send many small documents).
import { digestSecret, generatePublicId, generateSecret } from "../../src/identity/secrets.ts";
import { GetManagementToken } from "../graphql/management-documents.ts";
import type { TestGateway } from "./gateway.ts";

export type RawResult = Record<string, unknown> & { __typename: string };

/** Creates an access key for the gateway's pool and returns the Authorization header of a management token. */
export async function adminHeaders(gateway: TestGateway): Promise<{ authorization: string; accessKeyId: string }> {
  const accessKeyId = generatePublicId();
  const secret = generateSecret();
  await gateway.db.accessKey.create({
    data: { userPoolId: gateway.pool.id, accessKeyId, secretHash: digestSecret(secret) },
  });
  const { data } = await gateway.execute(GetManagementToken, { accessKeyId, accessKeySecret: secret });
  if (data.getManagementToken.__typename !== "ManagementToken") throw new Error(JSON.stringify(data));
  return { authorization: `Bearer ${data.getManagementToken.access_token}`, accessKeyId };
}

/** Sends a document and returns its data; GraphQL errors (a malformed test document) fail the test loudly. */
export async function runQuery(
  gateway: TestGateway,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<Record<string, RawResult>> {
  const response = await gateway.app.fetch("http://gateway.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", "x-authing-app-id": gateway.application.appId, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: Record<string, RawResult>; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
