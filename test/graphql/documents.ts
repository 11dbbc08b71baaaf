// The operations the GraphQL tests send, typed against schema.graphql by graphql-codegen (npm run codegen).
import { graphql } from "../gql/index.ts";

export const ErrorFields = graphql(`
  fragment ErrorFields on Error {
    __typename
    statusCode
    apiCode
    message
    requestId
  }
`);

export const SignUpByUsernamePassword = graphql(`
  mutation SignUpByUsernamePassword(
    $username: String!
    $password: String!
    $profile: SignUpProfileInput
    $options: SignUpOptionsInput
  ) {
    signUpByUsernamePassword(username: $username, password: $password, profile: $profile, options: $options) {
      __typename
      ... on User {
        userId
        username
        email
        phone
        phoneCountryCode
        nickname
        gender
        birthdate
        status
        userSourceType
        userSourceId
        loginsCount
        customData
        identities {
          provider
          type
          userIdInIdp
        }
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
      ... on PasswordPolicyError {
        reason
      }
      ... on UserExistsError {
        field
      }
    }
  }
`);

export const SignUpByEmailPassword = graphql(`
  mutation SignUpByEmailPassword($email: String!, $password: String!, $profile: SignUpProfileInput) {
    signUpByEmailPassword(email: $email, password: $password, profile: $profile) {
      __typename
      ... on User {
        userId
        email
        emailVerified
        username
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
      ... on UserExistsError {
        field
      }
    }
  }
`);

export const SignInByAccountPassword = graphql(`
  mutation SignInByAccountPassword($account: String!, $password: String!, $options: SignInOptionsInput) {
    signInByAccountPassword(account: $account, password: $password, options: $options) {
      __typename
      ... on SignInSuccess {
        tokenSet {
          scope
          access_token
          id_token
          refresh_token
          token_type
          expire_in
        }
        user {
          userId
          username
          loginsCount
          lastLogin
          lastIp
        }
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
      ... on AccountLockedError {
        retryAfterSeconds
      }
    }
  }
`);

export const SignInByUsernamePassword = graphql(`
  mutation SignInByUsernamePassword($username: String!, $password: String!, $options: SignInOptionsInput) {
    signInByUsernamePassword(username: $username, password: $password, options: $options) {
      __typename
      ... on SignInSuccess {
        tokenSet {
          access_token
        }
        user {
          userId
        }
      }
      ...ErrorFields
    }
  }
`);

export const SignInByEmailPassword = graphql(`
  mutation SignInByEmailPassword($email: String!, $password: String!, $options: SignInOptionsInput) {
    signInByEmailPassword(email: $email, password: $password, options: $options) {
      __typename
      ... on SignInSuccess {
        tokenSet {
          access_token
        }
        user {
          userId
        }
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const SignInByPhonePassword = graphql(`
  mutation SignInByPhonePassword($phone: String!, $phoneCountryCode: String, $password: String!) {
    signInByPhonePassword(phone: $phone, phoneCountryCode: $phoneCountryCode, password: $password) {
      __typename
      ... on SignInSuccess {
        tokenSet {
          access_token
        }
        user {
          userId
        }
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const Me = graphql(`
  query Me {
    me {
      __typename
      ... on User {
        userId
        username
        email
        loginsCount
        lastLogin
        departmentIds
        customData
        identities {
          provider
          type
        }
      }
      ...ErrorFields
      ... on NotAuthenticatedError {
        reason
      }
    }
  }
`);

/** Columns of User only (no relation). */
export const UserColumns = graphql(`
  fragment UserColumns on User {
    userId username email phone emailVerified phoneVerified loginsCount lastLogin lastIp createdAt updatedAt status
    statusChangedAt gender userSourceType passwordSecurityLevel resetPasswordOnNextLogin passwordLastSetAt
  }
`);

/** Columns only: answered by one plain SQL read. */
export const MeColumns = graphql(`
  query MeColumns {
    me {
      __typename
      ...UserColumns
      ... on NotAuthenticatedError {
        reason
      }
    }
  }
`);

/** The same columns and a relation: answered by the Prisma client. */
export const MeColumnsWithIdentities = graphql(`
  query MeColumnsWithIdentities {
    me {
      __typename
      ...UserColumns
      ... on User {
        identities {
          type
        }
      }
    }
  }
`);
