// Administrator authentication: the user pool's access key pair (AK/SK) buys a short-lived management token,
// a JWT signed with the pool's key and typed `mgmt+jwt` so it can never pass for an end user's access token.
import { randomBytes } from "node:crypto";
import { decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { Db } from "../../db/index.ts";
import type { Clock } from "../clock.ts";
import { InvalidClientError, NotAuthenticatedError } from "../errors.ts";
import { secretMatches } from "../secrets.ts";
import type { SigningKeyStore } from "../tokens/signing-keys.ts";

export const managementTokenType = "mgmt+jwt";
export const managementAudience = "management";
export const managementTokenLifetimeSecs = 3600;
/** Clocks of several gateway instances may differ by this much. */
const clockToleranceSecs = 5;

export interface Administrator {
  userPoolId: string;
  accessKeyId: string;
}

export function createManagementTokens({
  db,
  clock,
  keys,
  issuer,
}: {
  db: Db;
  clock: Clock;
  keys: SigningKeyStore;
  issuer: string;
}) {
  async function issueManagementToken(accessKeyId: string, accessKeySecret: string) {
    const accessKey = await db.accessKey.findUnique({ where: { accessKeyId: accessKeyId.trim() } });
    // The secret is compared even for unknown keys, so timing does not tell which keys exist.
    const matches = secretMatches(accessKeySecret, accessKey?.secretHash ?? "0".repeat(64));
    if (!accessKey || !matches || accessKey.status !== "ACTIVE") throw new InvalidClientError();
    const key = await keys.activeSigningKey(accessKey.userPoolId);
    if (!key) throw new Error(`user pool ${accessKey.userPoolId} has no active signing key`);
    const iat = Math.floor(clock.now().getTime() / 1000);
    // scoped_userpool_id is where GenAuth's Python SDK reads the pool from (it decodes the token itself).
    const token = await new SignJWT({
      scope: "management",
      user_pool_id: accessKey.userPoolId,
      scoped_userpool_id: accessKey.userPoolId,
    })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: managementTokenType })
      .setIssuer(issuer)
      .setSubject(accessKey.accessKeyId)
      .setAudience(managementAudience)
      .setIssuedAt(iat)
      .setExpirationTime(iat + managementTokenLifetimeSecs)
      .setJti(randomBytes(16).toString("base64url"))
      .sign(key.privateKey);
    await db.accessKey.update({ where: { id: accessKey.id }, data: { lastUsedAt: clock.now() } });
    return { access_token: token, expires_in: managementTokenLifetimeSecs };
  }

  /** The administrator behind a management token; the access key must still be active. */
  async function verifyManagementToken(token: string): Promise<Administrator> {
    const kid = decodeProtectedHeader(token).kid;
    const key = kid ? await keys.verificationKey(kid) : null;
    if (!key) throw new NotAuthenticatedError("invalid");
    let accessKeyId: string;
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key.publicKey, {
        algorithms: [key.alg],
        issuer,
        audience: managementAudience,
        typ: managementTokenType,
        requiredClaims: ["iss", "sub", "aud", "iat", "exp", "jti"],
        currentDate: clock.now(),
        maxTokenAge: managementTokenLifetimeSecs,
      }));
      accessKeyId = payload.sub!;
    } catch (error) {
      throw new NotAuthenticatedError((error as { code?: string }).code === "ERR_JWT_EXPIRED" ? "expired" : "invalid");
    }
    // Only the shape issueManagementToken issues passes: its lifetime, its claims, issued in the past; a token
    // minted otherwise (a forged or years-long one) is refused even when its signature verifies.
    const now = Math.floor(clock.now().getTime() / 1000);
    const { iat = 0, exp = 0 } = payload;
    if (
      iat > now + clockToleranceSecs ||
      exp - iat !== managementTokenLifetimeSecs ||
      payload.scope !== "management" ||
      payload.user_pool_id !== key.userPoolId
    ) {
      throw new NotAuthenticatedError("invalid");
    }
    const accessKey = await db.accessKey.findUnique({ where: { accessKeyId } });
    // biome-ignore lint/complexity/useOptionalChain: a missing key and a disabled one are both refusals, said apart
    if (!accessKey || accessKey.status !== "ACTIVE" || accessKey.userPoolId !== key.userPoolId) {
      throw new NotAuthenticatedError("revoked");
    }
    return { userPoolId: accessKey.userPoolId, accessKeyId };
  }

  return { issueManagementToken, verifyManagementToken };
}

/** Whether a bearer token claims to be a management token (decided by its header; verification follows). */
export function isManagementToken(token: string): boolean {
  try {
    return decodeProtectedHeader(token).typ === managementTokenType;
  } catch {
    return false;
  }
}

export type ManagementTokens = ReturnType<typeof createManagementTokens>;
