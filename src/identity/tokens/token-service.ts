// Issues token sets (access_token, id_token, opaque refresh_token) and verifies access tokens. Tokens are JWTs
// signed by the user pool's own key; verification pins the algorithm to the key's and requires every claim.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { compactVerify, decodeProtectedHeader, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from "jose";
import { createVerifiedTokenCache } from "./verified-token-cache.ts";
import type { Db } from "../../db/index.ts";
import type { Application, User, UserPool } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { InvalidGrantError, InvalidInputError, NotAuthenticatedError } from "../errors.ts";
import { claimsForScopes } from "./id-token-claims.ts";
import type { Scope } from "./scopes.ts";
import type { SigningKeyStore } from "./signing-keys.ts";
import type { SqlRows } from "../../db/sql-rows.ts";
import { rotateRefreshToken } from "./refresh-rotation.ts";

export interface TokenSet {
  scope: string;
  access_token: string;
  /**
   * The id_token, signed on the first call: a caller that does not ask for it (a GraphQL selection without
   * `id_token`) costs no signature, which with RS256 is the dearest step of a sign-in after the password hash.
   */
  idToken(): Promise<string>;
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
  /** "client_credentials" on a token issued to a client for itself (RFC 6749 4.4): its sub is no user. */
  gty?: string;
  /** The user pool, resolved from the signing key (not from a claim). */
  userPoolId: string;
}

export const clientCredentialsGrant = "client_credentials";

export interface TokenServiceDeps {
  db: Db;
  /** Plain SQL on the same database: a refresh's rotation is one statement (refresh-rotation.ts). */
  sql: SqlRows;
  clock: Clock;
  keys: SigningKeyStore;
  issuer: string;
}

export interface IssueTokenSetInput {
  pool: Pick<UserPool, "id">;
  application: Application;
  user: User;
  scopes: Scope[];
  ip?: string | null;
  userAgent?: string | null;
}

/** A session and its refresh token as rows to insert, with the refresh token's only plain copy. */
export interface SessionDraft {
  session: {
    id: string;
    userPoolId: string;
    userId: string;
    applicationId: string;
    scope: string;
    ip: string | null;
    userAgent: string | null;
    createdAt: Date;
    lastSeenAt: Date;
    /** RFC 8176 methods of the sign-in (pwd, otp, sms, mfa): the id_token's amr. */
    amr: string[];
    expiresAt: Date;
  };
  refreshToken: {
    plain: string;
    row: {
      id: string;
      userPoolId: string;
      sessionId: string;
      userId: string;
      applicationId: string;
      tokenHash: string;
      scope: string;
      createdAt: Date;
      expiresAt: Date;
    };
  } | null;
}

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);

export function hashOpaqueToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** How long after its rotation a spent refresh token counts as a lost race rather than a replay. */
export const concurrentRefreshGraceMs = 10_000;

export function createTokenService({ db, sql, clock, keys, issuer }: TokenServiceDeps) {
  const verified = createVerifiedTokenCache<AccessTokenClaims>({ clock });
  keys.onKeysChanged(verified.clear);
  async function signingKeyFor(pool: Pick<UserPool, "id">) {
    const key = await keys.activeSigningKey(pool.id);
    if (!key) throw new Error(`user pool ${pool.id} has no active signing key`);
    return key;
  }

  /** A JWT of ours: the key's algorithm and kid in the header, our issuer, and the subject, audience and lifetime. */
  function signJwt(
    key: Awaited<ReturnType<typeof signingKeyFor>>,
    claims: JWTPayload,
    at: { typ: string; subject: string; audience: string; iat: number; lifetimeSecs: number },
  ): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: at.typ })
      .setIssuer(issuer)
      .setSubject(at.subject)
      .setAudience(at.audience)
      .setIssuedAt(at.iat)
      .setExpirationTime(at.iat + at.lifetimeSecs)
      .sign(key.privateKey);
  }

  /** A refresh token's row for a session: its digest only, and the expiry `refreshExpiry` gives. */
  function refreshTokenRow(
    grant: { userPoolId: string; userId: string; application: Application; scope: string },
    session: { id: string; expiresAt: Date },
    plain: string,
    now: Date,
  ) {
    return {
      id: randomUUID(),
      userPoolId: grant.userPoolId,
      sessionId: session.id,
      userId: grant.userId,
      applicationId: grant.application.id,
      tokenHash: hashOpaqueToken(plain),
      scope: grant.scope,
      createdAt: now,
      expiresAt: refreshExpiry(grant.application, now, session.expiresAt),
    };
  }

  /** The refresh token's expiry: the idle lifetime from now, never past the session's absolute end. */
  function refreshExpiry(application: Application, now: Date, sessionExpiresAt: Date): Date {
    const idle = now.getTime() + application.refreshTokenIdleLifetimeSecs * 1000;
    return new Date(Math.min(idle, sessionExpiresAt.getTime()));
  }

  /** Signs the access token of one session now and its id_token when first asked (at sign-in and every refresh). */
  async function signTokens(input: {
    pool: Pick<UserPool, "id">;
    application: Application;
    user: User;
    scopes: Scope[];
    sessionId: string;
    authTime: Date;
    /** OIDC Core 3.1.2.1: the nonce of the authorization request, repeated in the id_token. */
    nonce?: string | null;
    amr?: string[];
  }) {
    const { pool, application, user, scopes, sessionId } = input;
    const iat = epochSeconds(clock.now());
    const scope = scopes.join(" ");
    const key = await signingKeyFor(pool);
    const sign = (claims: JWTPayload, typ: string, lifetimeSecs: number) =>
      signJwt(key, claims, { typ, subject: user.id, audience: application.appId, iat, lifetimeSecs });
    const accessToken = await sign(
      { scope, client_id: application.appId, sid: sessionId, jti: randomBytes(16).toString("base64url") },
      "at+jwt",
      application.accessTokenLifetimeSecs,
    );
    const signIdToken = async () =>
      sign(
        {
          ...(await claimsForScopes(db, user, scopes)),
          auth_time: epochSeconds(input.authTime),
          sid: sessionId,
          // OIDC Core 3.1.3.6: the left half of the access token's SHA-256 (both our algorithms hash with it).
          at_hash: createHash("sha256").update(accessToken).digest().subarray(0, 16).toString("base64url"),
          ...(input.nonce ? { nonce: input.nonce } : {}),
          ...(input.amr?.length ? { amr: input.amr } : {}),
        },
        "JWT",
        application.idTokenLifetimeSecs,
      );
    let idToken: Promise<string> | undefined;
    return { scope, accessToken, idToken: () => (idToken ??= signIdToken()) };
  }

  function tokenSet(
    application: Application,
    signed: { scope: string; accessToken: string; idToken: () => Promise<string> },
    refreshToken: string | null,
  ): TokenSet {
    return {
      scope: signed.scope,
      access_token: signed.accessToken,
      idToken: signed.idToken,
      refresh_token: refreshToken,
      token_type: "Bearer",
      expire_in: application.accessTokenLifetimeSecs,
    };
  }

  /**
   * The session a sign-in opens, as rows not yet written: the sign-in writes them in the same statement as its
   * login record (`SignInRecords.recordSuccess`). A refresh token only when offline_access is asked.
   */
  function newSession(
    { pool, application, user, scopes, ip, userAgent }: IssueTokenSetInput,
    /** The hosted login opens its session at sign-in and its refresh token when the code is redeemed. */
    {
      withRefreshToken = scopes.includes("offline_access"),
      amr = [],
    }: { withRefreshToken?: boolean; amr?: string[] } = {},
  ): SessionDraft {
    const now = clock.now();
    const scope = scopes.join(" ");
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + application.refreshTokenLifetimeSecs * 1000);
    const refreshToken = withRefreshToken ? randomBytes(32).toString("base64url") : null;
    return {
      session: {
        id,
        userPoolId: pool.id,
        userId: user.id,
        applicationId: application.id,
        scope,
        ip: ip ?? null,
        userAgent: userAgent?.slice(0, 512) ?? null,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        amr,
      },
      refreshToken: refreshToken
        ? {
            plain: refreshToken,
            row: refreshTokenRow(
              { userPoolId: pool.id, userId: user.id, application, scope },
              { id, expiresAt },
              refreshToken,
              now,
            ),
          }
        : null,
    };
  }

  /** The tokens of a session opened by `newSession` (and written): access token, lazy id_token, refresh token. */
  async function issueTokenSet(input: IssueTokenSetInput, draft: SessionDraft): Promise<TokenSet> {
    return issueForSession(input, draft.session, draft.refreshToken?.plain ?? null);
  }

  /**
   * The tokens of a session already written, with the refresh token written beside it (a code's redemption
   * writes both in its own statement): access token, lazy id_token, and that refresh token.
   */
  async function issueForSession(
    input: IssueTokenSetInput,
    session: { id: string; createdAt: Date; amr: string[] },
    refreshToken: string | null,
    idTokenFacts: { authTime?: Date; nonce?: string | null } = {},
  ): Promise<TokenSet> {
    const signed = await signTokens({
      ...input,
      sessionId: session.id,
      authTime: idTokenFacts.authTime ?? session.createdAt,
      nonce: idTokenFacts.nonce,
      amr: session.amr,
    });
    return tokenSet(input.application, signed, refreshToken);
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one issued with fresh access and id tokens.
   * Presenting a spent token again means it leaked, so the whole session (every token of the grant) is revoked.
   * Of two concurrent refreshes of one token exactly one wins (one conditional statement); the other is refused
   * without revoking, since a racing client is not an attacker, and so is one that arrives within
   * `concurrentRefreshGraceMs` of the rotation (it raced, but lost by more than the update).
   */
  async function refreshTokenSet(
    application: Application,
    presented: string,
    /** A part of the grant's scopes for the new access token (RFC 6749 6); the grant keeps all of them. */
    narrowedScopes?: Scope[],
  ): Promise<{ user: User; tokenSet: TokenSet }> {
    const now = clock.now();
    const tokenHash = hashOpaqueToken(presented.trim());
    const next = randomBytes(32).toString("base64url");
    const rotated = await rotateRefreshToken(sql, {
      tokenHash,
      applicationId: application.id,
      now,
      next: { id: randomUUID(), tokenHash: hashOpaqueToken(next) },
      idleLifetimeSecs: application.refreshTokenIdleLifetimeSecs,
      requiredScopes: narrowedScopes ?? [],
    });
    if (!rotated) return refusedRefresh(application, tokenHash, now, narrowedScopes);
    const { user } = rotated;
    const scopes = narrowedScopes ?? (rotated.scope.split(" ") as Scope[]);
    const issue = { pool: { id: rotated.userPoolId }, application, user, scopes };
    return { user, tokenSet: await issueForSession(issue, rotated.session, next) };
  }

  /**
   * Why a refresh did not rotate, said as the right refusal. Presenting a spent token again means it leaked, so
   * the whole session is revoked, unless it comes within moments of its rotation: then it is a client's own
   * parallel refresh (two tabs, a retry), whose winner must keep its new tokens. A live grant asked for a scope it
   * lacks is InvalidInputError; anything else is InvalidGrantError.
   */
  async function refusedRefresh(
    application: Application,
    tokenHash: string,
    now: Date,
    narrowedScopes: Scope[] | undefined,
  ): Promise<never> {
    const row = await db.refreshToken.findUnique({ where: { tokenHash }, include: { session: true, user: true } });
    if (!row || row.applicationId !== application.id) throw new InvalidGrantError();
    if (row.usedAt && !row.revokedAt) {
      if (now.getTime() - row.usedAt.getTime() >= concurrentRefreshGraceMs) await revokeSession(row.sessionId);
      throw new InvalidGrantError();
    }
    const live =
      !row.revokedAt &&
      row.expiresAt > now &&
      !row.session.revokedAt &&
      row.session.expiresAt > now &&
      row.user.status === "Activated" &&
      !(row.user.tokensValidAfter && row.user.tokensValidAfter > row.session.createdAt);
    // Only a live grant is told about its scopes: a replayed token meets the reuse detection above first.
    const granted = row.scope.split(" ");
    if (live && narrowedScopes?.some((scope) => !granted.includes(scope)))
      throw new InvalidInputError("scope", "input.scopeNotGranted", { granted: row.scope });
    throw new InvalidGrantError();
  }

  /** Ends one session: it and every refresh token of it stop working at once (access tokens name it as `sid`). */
  async function revokeSession(sessionId: string): Promise<void> {
    const now = clock.now();
    await db.$transaction([
      db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } }),
      db.refreshToken.updateMany({ where: { sessionId, revokedAt: null }, data: { revokedAt: now } }),
    ]);
  }

  /**
   * Verifies an access token issued by this gateway: the `kid` must name one of our keys, whose algorithm is the
   * only one accepted, and iss, aud, sub, iat, exp and jti must all be present and valid. It must be a user's,
   * unless `clientTokens` (introspection) also admits one a client was issued for itself: a client's token must
   * never pass for a user's, whatever its sub says.
   */
  async function verifyAccessToken(
    token: string,
    expectedAudience?: string,
    options: { clientTokens?: boolean } = {},
  ): Promise<AccessTokenClaims> {
    const cacheKey = `${expectedAudience ?? ""} ${token}`;
    let claims = verified.get(cacheKey);
    if (!claims) {
      claims = await verifySignedAccessToken(token, expectedAudience);
      verified.set(cacheKey, claims);
    }
    if (claims.gty === clientCredentialsGrant && !options.clientTokens) throw new NotAuthenticatedError("invalid");
    return claims;
  }

  /**
   * RFC 6749 4.4: an access token for the client itself. Its sub and client_id are the client; it names no
   * session and no user, lives as long as the application's access tokens and has no refresh token.
   */
  async function issueClientToken(pool: UserPool, application: Application, scopes: string[]) {
    const key = await signingKeyFor(pool);
    const scope = scopes.join(" ");
    const accessToken = await signJwt(
      key,
      { scope, client_id: application.appId, gty: clientCredentialsGrant, jti: randomBytes(16).toString("base64url") },
      {
        typ: "at+jwt",
        subject: application.appId,
        audience: application.appId,
        iat: epochSeconds(clock.now()),
        lifetimeSecs: application.accessTokenLifetimeSecs,
      },
    );
    return {
      access_token: accessToken,
      token_type: "Bearer" as const,
      expires_in: application.accessTokenLifetimeSecs,
      scope,
    };
  }

  async function verifySignedAccessToken(token: string, expectedAudience?: string): Promise<AccessTokenClaims> {
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

  /**
   * An id_token this gateway signed, as an RP presents it to end a session (OIDC RP-Initiated Logout 2): the
   * signature and issuer must hold; an expired one is still accepted, since logout often comes after expiry.
   */
  async function verifyIdTokenHint(token: string): Promise<{ sub: string; aud: string; sid: string | null } | null> {
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(token).kid;
    } catch {
      return null;
    }
    const key = kid ? await keys.verificationKey(kid) : null;
    if (!key) return null;
    try {
      const { payload } = await compactVerify(token, key.publicKey, { algorithms: [key.alg] });
      const claims = JSON.parse(new TextDecoder().decode(payload)) as JWTPayload & { sid?: string };
      if (claims.iss !== issuer || typeof claims.sub !== "string" || typeof claims.aud !== "string") return null;
      return { sub: claims.sub, aud: claims.aud, sid: typeof claims.sid === "string" ? claims.sid : null };
    } catch {
      return null;
    }
  }

  return {
    newSession,
    issueTokenSet,
    issueForSession,
    refreshTokenSet,
    revokeSession,
    verifyAccessToken,
    verifyIdTokenHint,
    issueClientToken,
  };
}

export type TokenService = ReturnType<typeof createTokenService>;
