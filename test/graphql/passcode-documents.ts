import { graphql } from "../gql/index.ts";

export const SendEmail = graphql(`
  mutation SendEmail($channel: PasscodeChannel!, $email: String!) {
    sendEmail(channel: $channel, email: $email) {
      __typename
      ... on PasscodeSent {
        expiresIn
      }
      ...ErrorFields
      ... on PasscodeSendLimitError {
        retryAfterSeconds
      }
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const SendSms = graphql(`
  mutation SendSms($channel: PasscodeChannel!, $phoneNumber: String!, $phoneCountryCode: String) {
    sendSms(channel: $channel, phoneNumber: $phoneNumber, phoneCountryCode: $phoneCountryCode) {
      __typename
      ... on PasscodeSent {
        expiresIn
      }
      ...ErrorFields
      ... on PasscodeSendLimitError {
        retryAfterSeconds
      }
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const SignUpByEmailPasscode = graphql(`
  mutation SignUpByEmailPasscode($email: String!, $passCode: String!, $profile: SignUpProfileInput) {
    signUpByEmailPasscode(email: $email, passCode: $passCode, profile: $profile) {
      __typename
      ... on User {
        userId
        email
        emailVerified
        nickname
      }
      ...ErrorFields
    }
  }
`);

export const SignUpByPhonePasscode = graphql(`
  mutation SignUpByPhonePasscode($phone: String!, $phoneCountryCode: String, $passCode: String!) {
    signUpByPhonePasscode(phone: $phone, phoneCountryCode: $phoneCountryCode, passCode: $passCode) {
      __typename
      ... on User {
        userId
        phone
        phoneCountryCode
        phoneVerified
      }
      ...ErrorFields
    }
  }
`);

export const GenericSignUp = graphql(`
  mutation GenericSignUp(
    $connection: SignUpConnection!
    $passwordPayload: SignUpPasswordPayload
    $passCodePayload: SignUpPassCodePayload
  ) {
    signUp(connection: $connection, passwordPayload: $passwordPayload, passCodePayload: $passCodePayload) {
      __typename
      ... on User {
        userId
        username
        email
        emailVerified
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const SignInByEmailPasscode = graphql(`
  mutation SignInByEmailPasscode($email: String!, $passCode: String!, $options: SignInOptionsInput) {
    signInByEmailPasscode(email: $email, passCode: $passCode, options: $options) {
      __typename
      ... on SignInSuccess {
        tokenSet {
          access_token
        }
        user {
          userId
          email
          emailVerified
        }
      }
      ...ErrorFields
      ... on PasscodeAttemptsExceededError {
        retryAfterSeconds
      }
    }
  }
`);

export const SignInByPhonePasscode = graphql(`
  mutation SignInByPhonePasscode($phone: String!, $phoneCountryCode: String, $passCode: String!, $options: SignInOptionsInput) {
    signInByPhonePasscode(phone: $phone, phoneCountryCode: $phoneCountryCode, passCode: $passCode, options: $options) {
      __typename
      ... on SignInSuccess {
        tokenSet {
          access_token
        }
        user {
          userId
          phone
          phoneVerified
        }
      }
      ...ErrorFields
    }
  }
`);

export const DevOutbox = graphql(`
  query DevOutbox($recipient: String!) {
    devOutbox(recipient: $recipient) {
      __typename
      ... on DevOutbox {
        messages {
          transport
          recipient
          channel
          subject
          text
        }
      }
      ...ErrorFields
    }
  }
`);
