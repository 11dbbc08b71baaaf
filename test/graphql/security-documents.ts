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

export const GetSystemInfo = graphql(`
  query GetSystemInfo {
    getSystemInfo {
      __typename
      ... on SystemInfo {
        rsa {
          publicKey
          algorithm
          encoding
        }
        sm2 {
          publicKey
          cipherMode
          encoding
        }
      }
      ...ErrorFields
    }
  }
`);

export const EncryptedSignUp = graphql(`
  mutation EncryptedSignUp($username: String!, $password: String!, $options: SignUpOptionsInput) {
    signUpByUsernamePassword(username: $username, password: $password, options: $options) {
      __typename
      ... on User {
        userId
      }
      ...ErrorFields
    }
  }
`);

export const EncryptedSignIn = graphql(`
  mutation EncryptedSignIn($account: String!, $password: String!, $options: SignInOptionsInput) {
    signInByAccountPassword(account: $account, password: $password, options: $options) {
      __typename
      ...ErrorFields
    }
  }
`);
