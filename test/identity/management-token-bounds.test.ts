// The management-token verifier accepts only what the gateway issues: a token signed with the pool's own key but
// living for years, issued in the future or naming another pool is refused.
import { randomBytes } from "node:crypto";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { managementAudience, managementTokenType } from "../../src/identity/management/management-tokens.ts";
import { issuer, TestGateway } from "../helpers/gateway.ts";
import { adminHeaders } from "../helpers/admin.ts";

let gateway: TestGateway;
let accessKeyId: string;
beforeAll(async () => {
  gateway = await TestGateway.start();
  ({ accessKeyId } = await adminHeaders(gateway));
});
afterAll(() => gateway?.close());

async function forge(claims: { iat: number; exp: number; poolId?: string }) {
  const key = (await gateway.identity.keys.activeSigningKey(gateway.pool.id))!;
  return new SignJWT({ scope: "management", user_pool_id: claims.poolId ?? gateway.pool.id })
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: managementTokenType })
    .setIssuer(issuer)
    .setSubject(accessKeyId)
    .setAudience(managementAudience)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp)
    .setJti(randomBytes(16).toString("base64url"))
    .sign(key.privateKey);
}

const verify = (token: string) => gateway.identity.management.verifyManagementToken(token);
const now = () => Math.floor(Date.now() / 1000);

describe("management token verification", () => {
  it("accepts the shape it issues", async () => {
    await expect(verify(await forge({ iat: now(), exp: now() + 3600 }))).resolves.toMatchObject({ accessKeyId });
  });

  it("refuses a token that lives longer than the gateway issues (ten years)", async () => {
    await expect(verify(await forge({ iat: now(), exp: now() + 10 * 365 * 86_400 }))).rejects.toMatchObject({
      reason: "invalid",
    });
  });

  it("refuses a token issued in the future (pre-minted to outlive a revocation window)", async () => {
    await expect(verify(await forge({ iat: now() + 86_400, exp: now() + 86_400 + 3600 }))).rejects.toMatchObject({
      reason: "invalid",
    });
  });

  it("refuses a token older than the lifetime even when its exp says otherwise", async () => {
    await expect(verify(await forge({ iat: now() - 7200, exp: now() - 7200 + 3600 }))).rejects.toMatchObject({
      reason: "expired",
    });
  });

  it("refuses a token naming another pool", async () => {
    await expect(verify(await forge({ iat: now(), exp: now() + 3600, poolId: "another-pool" }))).rejects.toMatchObject({
      reason: "invalid",
    });
  });
});
