// The REST surface's OpenAPI 3.1 document: valid against the OpenAPI 3.1 schema (the official JSON schema, by
// @seriousme/openapi-schema-validator), and naming every route the SDK tests drive.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestGateway } from "../helpers/gateway.ts";

let gateway: TestGateway;
beforeAll(async () => {
  gateway = await TestGateway.start();
});
afterAll(() => gateway?.close());

type Document = { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown }>> };

async function openApiDocument(): Promise<Document> {
  const response = await gateway.app.fetch("http://gateway.test/api/v3/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

describe("the REST v3 OpenAPI document", () => {
  it("validates against the OpenAPI 3.1 schema", async () => {
    const document = await openApiDocument();
    const validator = new Validator();
    const result = await validator.validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("describes every route, each with its method and a JSON body for writes", async () => {
    const { paths } = await openApiDocument();
    const expected = {
      post: [
        "/signup",
        "/signin",
        "/update-profile",
        "/update-password",
        "/bind-email",
        "/verify-update-email-request",
        "/reset-password",
        "/delete-account",
        "/get-management-token",
        "/list-users",
        "/create-user",
        "/create-role",
        "/assign-role",
        "/create-group",
        "/create-organization",
        "/create-department",
        "/set-user-departments",
        "/create-application",
        "/refresh-application-secret",
        "/set-custom-fields",
        "/set-custom-data",
        "/create-access-key",
        "/get-admin-audit-logs",
      ],
      get: [
        "/get-profile",
        "/get-my-role-list",
        "/get-security-info",
        "/list-users",
        "/get-user",
        "/get-role",
        "/list-role-members",
        "/list-groups",
        "/list-organizations",
        "/list-children-departments",
        "/list-applications",
        "/get-custom-data",
        "/list-access-key",
      ],
    };
    for (const [method, routes] of Object.entries(expected))
      for (const route of routes) expect(paths[route]?.[method], `${method} ${route}`).toBeDefined();
    for (const route of expected.post) expect(paths[route]!.post!.requestBody, route).toBeDefined();
    expect(Object.keys(paths).length).toBeGreaterThan(80);
  });
});
