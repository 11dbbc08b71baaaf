// Authorization codes prepared before a bench:oidc round, as the hosted login issues them after a single sign-on:
// COUNT codes for USERNAME's browser session, PKCE S256, REDIRECT_URI, scope openid profile offline_access.
// Run on the server's core while the gateway idles; prints {"codes": [...], "verifier": "..."}.
import { createHash, randomBytes } from "node:crypto";
import { openCoreIdentity, requiredEnv } from "./core-identity.ts";

const { database, identity, application } = await openCoreIdentity();
const user = await database.prisma.user.findFirstOrThrow({
  where: { userPoolId: application.userPoolId, username: requiredEnv("USERNAME") },
});
const { session: browserSession } = await identity.browserSessions.openBrowserSession(user);
const verifier = randomBytes(32).toString("base64url");
const codeChallenge = createHash("sha256").update(verifier).digest("base64url");
const count = Number(requiredEnv("COUNT"));
const codes: string[] = [];
const issueOne = () =>
  identity.authorizationCodes.issueCode({
    pool: application.userPool,
    application,
    user,
    browserSession,
    redirectUri: requiredEnv("REDIRECT_URI"),
    scopes: ["openid", "profile", "offline_access"],
    nonce: null,
    codeChallenge,
    codeChallengeMethod: "S256",
  });
await Promise.all(
  Array.from({ length: 16 }, async () => {
    while (codes.length < count) codes.push(await issueOne());
  }),
);
await database.close();
process.stdout.write(`${JSON.stringify({ codes: codes.slice(0, count), verifier })}\n`);
