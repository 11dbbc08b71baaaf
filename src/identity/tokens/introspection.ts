// RFC 7662 introspection and RFC 7009 revocation of this gateway's tokens, for the application they were issued to.
import type { Db } from "../../db/index.ts";
import type { Application } from "../../generated/prisma/client.ts";
import type { Clock } from "../clock.ts";
import { assertTokenStillStands } from "../account/signed-in-user.ts";
import { NotAuthenticatedError } from "../errors.ts";
import { clientCredentialsGrant, hashOpaqueToken, type TokenService } from "./token-service.ts";

export type TokenTypeHint = "access_token" | "refresh_token";

export interface Introspection {
  active: boolean;
  sub?: string;
  scope?: string;
  exp?: number;
  iat?: number;
  client_id?: string;
  token_type?: string;
  aud?: string;
  iss?: string;
  jti?: string;
  sid?: string;
  gty?: string;
}

const epochSeconds = (date: Date) => Math.floor(date.getTime() / 1000);
// A JWT has two dots; our refresh tokens are 43 base64url characters and never do.
const looksLikeJwt = (token: string) => token.split(".").length === 3;

export function createTokenIntrospection({
  db,
  clock,
  tokens,
  issuer,
}: {
  db: Db;
  clock: Clock;
  tokens: TokenService;
  issuer: string;
}) {
  async function introspectAccessToken(client: Application, token: string): Promise<Introspection> {
    try {
      const claims = await tokens.verifyAccessToken(token, client.appId, { clientTokens: true });
      // A client's own token stands while the client does (verified for this very client above).
      if (claims.gty !== clientCredentialsGrant)
        await assertTokenStillStands(db, claims, await db.user.findUnique({ where: { id: claims.sub } }));
      return {
        active: true,
        sub: claims.sub,
        scope: claims.scope,
        exp: claims.exp,
        iat: claims.iat,
        client_id: claims.client_id,
        token_type: "Bearer",
        aud: claims.aud,
        iss: issuer,
        jti: claims.jti,
        ...(claims.sid ? { sid: claims.sid } : {}),
        ...(claims.gty ? { gty: claims.gty } : {}),
      };
    } catch (error) {
      if (error instanceof NotAuthenticatedError) return { active: false };
      throw error;
    }
  }

  async function introspectRefreshToken(client: Application, token: string): Promise<Introspection> {
    const row = await db.refreshToken.findUnique({
      where: { tokenHash: hashOpaqueToken(token) },
      include: { session: true, user: true },
    });
    const now = clock.now();
    if (
      !row ||
      row.applicationId !== client.id ||
      row.usedAt ||
      row.revokedAt ||
      row.expiresAt <= now ||
      row.session.revokedAt ||
      row.user.status !== "Activated"
    ) {
      return { active: false };
    }
    return {
      active: true,
      sub: row.userId,
      scope: row.scope,
      exp: epochSeconds(row.expiresAt),
      iat: epochSeconds(row.createdAt),
      client_id: client.appId,
      token_type: "refresh_token",
      iss: issuer,
      sid: row.sessionId,
    };
  }

  async function introspectToken(
    client: Application,
    token: string,
    hint?: TokenTypeHint | null,
  ): Promise<Introspection> {
    const trimmed = token.trim();
    if (!trimmed || trimmed.length > 8192) return { active: false };
    const first = hint ?? (looksLikeJwt(trimmed) ? "access_token" : "refresh_token");
    const result =
      first === "access_token"
        ? await introspectAccessToken(client, trimmed)
        : await introspectRefreshToken(client, trimmed);
    if (result.active || hint == null) return result;
    // A wrong hint must not hide a live token (RFC 7662 2.1).
    return first === "access_token" ? introspectRefreshToken(client, trimmed) : introspectAccessToken(client, trimmed);
  }

  /**
   * Revokes the grant the token belongs to: its session, every refresh token of it, and so every access token
   * naming it. Unknown tokens and other applications' tokens change nothing and still succeed (RFC 7009 2.2).
   */
  async function revokeToken(client: Application, token: string, hint?: TokenTypeHint | null): Promise<void> {
    const found = await introspectToken(client, token, hint);
    if (found.active && found.sid) await tokens.revokeSession(found.sid);
  }

  return { introspectToken, revokeToken };
}

export type TokenIntrospection = ReturnType<typeof createTokenIntrospection>;
