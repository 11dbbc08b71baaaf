// Issues token sets (access_token, id_token, opaque refresh_token) and verifies access tokens. Tokens are JWTs
// signed by the user pool's own key; verification pins the algorithm to the key's and requires every claim.
import { createHash, randomBytes } from "node:crypto";
import { decodeProtectedHeader, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import type { Db } from "../../db/index.ts";
import type { Application, User, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { NotAuthenticatedError } from "../errors.ts";
import { claimsForScopes } from "./id-token-claims.ts";
import type { Scope } from "./scopes.ts";
import type { SigningKeyStore } from "./signing-keys.ts";

export interface TokenSet {
  scope: string;
  access_token: string;
  id_token: string;
  refresh_token: string | null;
  token_type: "Bearer";
  expire_in: number;
}

export interface AccessTokenClaims extends JWTPayload {
  sub: string;
  aud: string;
  iat: number;
  exp: number;
  jti: string;
  scope: string;
  client_id: string;
  sid?: string;
  /** The user pool, resolved from the signing key (not from a claim). */
  userPoolId: string;
}

export interface TokenServiceDeps {
  db: Db;
  clock: Clock;
  keys: SigningKeyStore;
  issuer: string;
}

export interface IssueTokenSetInput {
  pool: UserPool;
  application: Application;
  user: User;
  scopes: Scope[];
  ip?: string | null;
  userAgent?: string | null;
}

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function hashOpaqueToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

export function createTokenService({ db, clock, keys, issuer }: TokenServiceDeps) {
  async function signingKeyFor(pool: UserPool) {
    const key = await keys.activeSigningKey(pool.id);
    if (!key) throw new Error(`user pool ${pool.id} has no active signing key`);
    return key;
  }

  /** Opens a session for the sign-in and returns its tokens; a refresh token only when offline_access is asked. */
  async function issueTokenSet({ pool, application, user, scopes, ip, userAgent }: IssueTokenSetInput): Promise<TokenSet> {
    const now = clock.now();
    const iat = epochSeconds(now);
    const scope = scopes.join(" ");
    const key = await signingKeyFor(pool);
    const refreshToken = scopes.includes("offline_access") ? randomBytes(32).toString("base64url") : null;
    const session = await db.session.create({
      data: {
        userPoolId: pool.id,
        userId: user.id,
        applicationId: application.id,
        scope,
        ip: ip ?? null,
        userAgent: userAgent?.slice(0, 512) ?? null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + application.refreshTokenLifetimeSecs * 1000),
        refreshTokens: refreshToken
          ? {
              create: {
                userPoolId: pool.id,
                userId: user.id,
                applicationId: application.id,
                tokenHash: hashOpaqueToken(refreshToken),
                scope,
                createdAt: now,
                expiresAt: new Date(now.getTime() + application.refreshTokenLifetimeSecs * 1000),
              },
            }
          : undefined,
      },
      select: { id: true },
    });
    const accessToken = await new SignJWT({ scope, client_id: application.appId, sid: session.id })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "at+jwt" })
      .setIssuer(issuer)
      .setSubject(user.id)
      .setAudience(application.appId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + application.accessTokenLifetimeSecs)
      .setJti(randomBytes(16).toString("base64url"))
      .sign(key.privateKey);
    const idToken = await new SignJWT({ ...(await claimsForScopes(db, user, scopes)), auth_time: iat, sid: session.id })
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: "JWT" })
      .setIssuer(issuer)
      .setSubject(user.id)
      .setAudience(application.appId)
      .setIssuedAt(iat)
      .setExpirationTime(iat + application.idTokenLifetimeSecs)
      .sign(key.privateKey);
    return {
      scope,
      access_token: accessToken,
      id_token: idToken,
      refresh_token: refreshToken,
      token_type: "Bearer",
      expire_in: application.accessTokenLifetimeSecs,
    };
  }

  /**
   * Verifies an access token issued by this gateway: the `kid` must name one of our keys, whose algorithm is the
   * only one accepted, and iss, aud, sub, iat, exp and jti must all be present and valid.
   */
  async function verifyAccessToken(token: string, expectedAudience?: string): Promise<AccessTokenClaims> {
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      throw new NotAuthenticatedError("invalid");
    }
    const key = kid ? await keys.verificationKey(kid) : null;
    if (!key) throw new NotAuthenticatedError("invalid");
    try {
      const { payload } = await jwtVerify(token, key.publicKey, {
        algorithms: [key.alg],
        issuer,
        audience: expectedAudience,
        typ: "at+jwt",
        requiredClaims: ["iss", "sub", "aud", "iat", "exp", "jti"],
        currentDate: clock.now(),
      });
      if (typeof payload.aud !== "string" || typeof payload.scope !== "string") {
        throw new NotAuthenticatedError("invalid");
      }
      return { ...(payload as AccessTokenClaims), userPoolId: key.userPoolId };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired) throw new NotAuthenticatedError("expired");
      throw new NotAuthenticatedError("invalid");
    }
  }

  return { issueTokenSet, verifyAccessToken };
}

export type TokenService = ReturnType<typeof createTokenService>;
