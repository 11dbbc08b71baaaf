// An application's use of the typed client: sign a new user up, sign them in, trade the refresh token for a new
// token set and read their profile with the new access token. Every result is a union: success or a typed error
// with statusCode, apiCode and message, narrowed by __typename.
//   GATEWAY_URL=http://localhost:4000/graphql GATEWAY_APP_ID=<the demo application's appId> npm start
import {
  GatewayClient,
  MeDocument,
  RefreshTokenDocument,
  SignInByAccountPasswordDocument,
  SignUpByUsernamePasswordDocument,
} from "@graphql-identity-gateway/client";

const url = process.env.GATEWAY_URL ?? "http://localhost:4000/graphql";
const appId = process.env.GATEWAY_APP_ID;
if (!appId) {
  console.error("Set GATEWAY_APP_ID to an application's appId (the gateway prints its demo application's at start).");
  process.exit(2);
}

const client = new GatewayClient({ url, appId });

/** Stops the example with the API's own error: its code and message, as every union error member carries. */
function fail(step: string, result: { __typename: string; apiCode?: number | null; message?: string }): never {
  console.error(`${step} failed: ${result.__typename} ${result.apiCode ?? ""} ${result.message ?? ""}`);
  process.exit(1);
}

const username = process.env.EXAMPLE_USERNAME ?? `example-${Date.now().toString(36)}`;
const password = "correct horse battery staple";

const { signUpByUsernamePassword: signedUp } = await client.request(SignUpByUsernamePasswordDocument, {
  username,
  password,
});
if (signedUp.__typename !== "User") fail("Sign-up", signedUp);
console.log(`signed up ${signedUp.username} (${signedUp.userId})`);

const { signInByAccountPassword: signedIn } = await client.request(SignInByAccountPasswordDocument, {
  account: username,
  password,
  options: { scope: "openid profile offline_access" },
});
if (signedIn.__typename !== "SignInSuccess") fail("Sign-in", signedIn);
const { refresh_token: refreshToken } = signedIn.tokenSet;
if (!refreshToken) fail("Sign-in", { __typename: "no refresh token: the scope lacked offline_access" });
console.log(`signed in, the access token expires in ${signedIn.tokenSet.expire_in} s`);

const { refreshToken: refreshed } = await client.request(RefreshTokenDocument, { refreshToken });
if (refreshed.__typename !== "TokenSet") fail("Refresh", refreshed);
console.log(`refreshed: a new refresh token ${refreshed.refresh_token === refreshToken ? "was not" : "was"} issued`);

const { me } = await client.withAccessToken(refreshed.access_token).request(MeDocument, {});
if (me.__typename !== "User") fail("me", me);
console.log(`me: ${me.username}, ${me.loginsCount} sign-in(s), status ${me.status}`);
console.log(JSON.stringify({ userId: me.userId, username: me.username, refreshed: true }));
