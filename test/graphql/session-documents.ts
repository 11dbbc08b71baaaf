import { graphql } from "../gql/index.ts";

export const RefreshToken = graphql(`
  mutation RefreshToken($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      __typename
      ... on TokenSet {
        access_token
        id_token
        refresh_token
        scope
        expire_in
      }
      ...ErrorFields
    }
  }
`);

export const Logout = graphql(`
  mutation Logout($everywhere: Boolean) {
    logout(everywhere: $everywhere) {
      __typename
      ... on Success {
        success
      }
      ...ErrorFields
    }
  }
`);

export const CheckLoginStatus = graphql(`
  query CheckLoginStatus($token: String!) {
    checkLoginStatus(token: $token) {
      active
      reason
      sub
      clientId
      scope
      iat
      exp
    }
  }
`);

export const IntrospectToken = graphql(`
  query IntrospectToken($token: String!, $tokenTypeHint: TokenTypeHint) {
    introspectToken(token: $token, tokenTypeHint: $tokenTypeHint) {
      __typename
      ... on TokenIntrospection {
        active
        sub
        scope
        exp
        iat
        client_id
        token_type
        sid
      }
      ...ErrorFields
    }
  }
`);

export const RevokeToken = graphql(`
  mutation RevokeToken($token: String!, $tokenTypeHint: TokenTypeHint) {
    revokeToken(token: $token, tokenTypeHint: $tokenTypeHint) {
      __typename
      ... on Success {
        success
      }
      ...ErrorFields
    }
  }
`);
