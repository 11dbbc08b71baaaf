import { graphql } from "../gql/index.ts";

export const GetCaptchaCode = graphql(`
  mutation GetCaptchaCode {
    getCaptchaCode {
      __typename
      ... on Captcha {
        captchaCodeSvg
        captchaToken
        expiresIn
      }
      ...ErrorFields
    }
  }
`);

export const SignInForPolicy = graphql(`
  mutation SignInForPolicy($account: String!, $password: String!, $options: SignInOptionsInput) {
    signInByAccountPassword(account: $account, password: $password, options: $options) {
      __typename
      ...ErrorFields
      ... on AccountLockedError {
        retryAfterSeconds
      }
    }
  }
`);

export const SignUpForPolicy = graphql(`
  mutation SignUpForPolicy($username: String!, $password: String!, $options: SignUpOptionsInput) {
    signUpByUsernamePassword(username: $username, password: $password, options: $options) {
      __typename
      ...ErrorFields
      ... on RegistrationTooFrequentError {
        retryAfterSeconds
      }
    }
  }
`);
