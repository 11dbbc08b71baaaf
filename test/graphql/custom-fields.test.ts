import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { adminHeaders, runQuery } from "../helpers/admin.ts";
import { TestGateway } from "../helpers/gateway.ts";
import { createUser, defaultPassword } from "../helpers/users.ts";
import { Me, SignInByAccountPassword } from "./documents.ts";

let gateway: TestGateway;
let admin: Record<string, string>;
let user: Record<string, string>;
let userId: string;

beforeAll(async () => {
  gateway = await TestGateway.start();
  admin = { authorization: (await adminHeaders(gateway)).authorization };
  userId = (await createUser(gateway, { username: "cora" })).id;
  const { data } = await gateway.execute(SignInByAccountPassword, { account: "cora", password: defaultPassword });
  if (data.signInByAccountPassword.__typename !== "SignInSuccess") throw new Error("sign-in failed");
  user = { authorization: `Bearer ${data.signInByAccountPassword.tokenSet.access_token}` };
});
afterAll(() => gateway.close());

const errorFields =
  "... on Error { statusCode apiCode } ... on InvalidInputError { field } ... on ResourceNotFoundError { resource } ... on ResourceExistsError { resource }";
const adminRun = (query: string, variables: Record<string, unknown> = {}) => runQuery(gateway, query, variables, admin);
const declare = (key: string, dataType: string, userEditable = false) =>
  adminRun(
    `mutation($key: String!, $type: CustomFieldDataType!, $editable: Boolean) { createCustomField(key: $key, label: "Label ${key}", dataType: $type, userEditable: $editable) { __typename ... on CustomField { key dataType userEditable } ${errorFields} } }`,
    { key, type: dataType, editable: userEditable },
  ).then((d) => d.createCustomField!);
const setAsAdmin = (customData: Record<string, unknown>, id = userId) =>
  adminRun(
    `mutation($id: String!, $data: JSONObject!) { setUserCustomData(userId: $id, customData: $data) { __typename ... on User { customData } ${errorFields} } }`,
    { id, data: customData },
  ).then((d) => d.setUserCustomData!);
const setAsUser = (customData: Record<string, unknown>, headers = user) =>
  runQuery(
    gateway,
    `mutation($data: JSONObject!) { setCustomData(customData: $data) { __typename ... on User { customData } ... on Error { statusCode apiCode } ... on InvalidInputError { field } } }`,
    { data: customData },
    headers,
  ).then((d) => d.setCustomData!);
const customDataOnMe = async () => {
  const { data } = await gateway.execute(Me, {}, user);
  if (data.me.__typename !== "User") throw new Error(JSON.stringify(data.me));
  return data.me.customData;
};

describe("custom fields", () => {
  it("declares typed fields; keys are unique, well-formed and never a built-in field", async () => {
    expect(await declare("department_code", "STRING", true)).toEqual({
      __typename: "CustomField",
      key: "department_code",
      dataType: "STRING",
      userEditable: true,
    });
    expect(await declare("level", "NUMBER")).toMatchObject({ __typename: "CustomField" });
    expect(await declare("newsletter", "BOOLEAN", true)).toMatchObject({ __typename: "CustomField" });
    expect(await declare("hiredAt", "DATETIME")).toMatchObject({ __typename: "CustomField" });
    expect(await declare("level", "STRING")).toMatchObject({
      __typename: "ResourceExistsError",
      apiCode: 2409,
      resource: "custom field",
    });
    expect(await declare("9lives", "STRING")).toMatchObject({ __typename: "InvalidInputError", field: "key" });
    expect(await declare("Email", "STRING")).toMatchObject({
      __typename: "InvalidInputError",
      field: "key",
      statusCode: 400,
    });
    const listed = await adminRun(`{ customFields { __typename ... on CustomFieldsSuccess { data { key } } } }`);
    expect((listed.customFields!.data as { key: string }[]).map((field) => field.key)).toEqual([
      "department_code",
      "level",
      "newsletter",
      "hiredAt",
    ]);
  });

  it("lets the admin set, read and remove typed values of any field; a wrong type or key changes nothing", async () => {
    expect(await setAsAdmin({ level: 7, hiredAt: "2024-03-01T09:00:00Z", department_code: "R&D" })).toEqual({
      __typename: "User",
      customData: { level: 7, hiredAt: "2024-03-01T09:00:00.000Z", department_code: "R&D" },
    });
    for (const [bad, field] of [
      [{ level: "seven", newsletter: true }, "customData.level"],
      [{ newsletter: "yes" }, "customData.newsletter"],
      [{ hiredAt: "last spring" }, "customData.hiredAt"],
      [{ unknownKey: 1 }, "customData.unknownKey"],
    ] as const) {
      expect(await setAsAdmin(bad)).toMatchObject({ __typename: "InvalidInputError", statusCode: 400, field });
    }
    expect(await setAsAdmin({ level: null })).toMatchObject({
      customData: { hiredAt: "2024-03-01T09:00:00.000Z", department_code: "R&D" },
    });
    expect(await customDataOnMe()).toEqual({ hiredAt: "2024-03-01T09:00:00.000Z", department_code: "R&D" });
    expect(await setAsAdmin({ level: 1 }, "00000000-0000-0000-0000-000000000000")).toMatchObject({
      __typename: "UserNotFoundError",
      apiCode: 2004,
    });
    const audit = await gateway.db.auditLog.findFirst({
      where: { action: "user.setCustomData", targetId: userId },
      orderBy: { createdAt: "desc" },
    });
    expect(audit?.after).toEqual({ level: null });
  });

  it("lets the user set only user-editable fields, with typed errors for the rest", async () => {
    expect(await setAsUser({ newsletter: true, department_code: "Ops" })).toMatchObject({
      __typename: "User",
      customData: { newsletter: true, department_code: "Ops" },
    });
    expect(await setAsUser({ level: 99 })).toMatchObject({
      __typename: "InvalidInputError",
      field: "customData.level",
    });
    expect(await setAsUser({ newsletter: false, level: 99 })).toMatchObject({ __typename: "InvalidInputError" });
    expect(await customDataOnMe()).toMatchObject({ newsletter: true, department_code: "Ops" });
    expect(await setAsUser({})).toMatchObject({ __typename: "InvalidInputError", field: "customData" });
    expect(await setAsUser({ newsletter: true }, {})).toMatchObject({
      __typename: "NotAuthenticatedError",
      statusCode: 401,
    });
  });

  it("updates a field's label and editability but not its type; deleting it removes every value", async () => {
    const updated = await adminRun(
      `mutation { updateCustomField(key: "department_code", label: "Dept", userEditable: false) { __typename ... on CustomField { label userEditable } } }`,
    );
    expect(updated.updateCustomField).toEqual({ __typename: "CustomField", label: "Dept", userEditable: false });
    expect(await setAsUser({ department_code: "X" })).toMatchObject({ __typename: "InvalidInputError" });
    expect(
      (await adminRun(`mutation { deleteCustomField(key: "department_code") { __typename } }`)).deleteCustomField,
    ).toEqual({ __typename: "Success" });
    expect(await customDataOnMe()).not.toHaveProperty("department_code");
    expect(
      (await adminRun(`mutation { deleteCustomField(key: "department_code") { __typename ${errorFields} } }`))
        .deleteCustomField,
    ).toMatchObject({ __typename: "ResourceNotFoundError", apiCode: 2404 });
  });
});
