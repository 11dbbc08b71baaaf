// checkLoginStatus: whether an access token would be accepted right now, and why not.
import type { Db } from "../../db/index.ts";
import { assertTokenStillStands } from "../account/signed-in-user.ts";
import { NotAuthenticatedError } from "../errors.ts";
import type { TokenService } from "./token-service.ts";

export interface LoginStatus {
  active: boolean;
  reason: "invalid" | "expired" | "revoked" | null;
  sub: string | null;
  clientId: string | null;
  scope: string | null;
  iat: number | null;
  exp: number | null;
}

export async function checkLoginStatus(
  db: Db,
  tokens: TokenService,
  token: string,
  appId?: string,
): Promise<LoginStatus> {
  const inactive = (reason: LoginStatus["reason"]): LoginStatus => ({
    active: false,
    reason,
    sub: null,
    clientId: null,
    scope: null,
    iat: null,
    exp: null,
  });
  try {
    const claims = await tokens.verifyAccessToken(token.trim(), appId);
    await assertTokenStillStands(db, claims, await db.user.findUnique({ where: { id: claims.sub } }));
    return {
      active: true,
      reason: null,
      sub: claims.sub,
      clientId: claims.client_id,
      scope: claims.scope,
      iat: claims.iat,
      exp: claims.exp,
    };
  } catch (error) {
    if (error instanceof NotAuthenticatedError)
      return inactive(error.reason === "expired" || error.reason === "revoked" ? error.reason : "invalid");
    throw error;
  }
}
