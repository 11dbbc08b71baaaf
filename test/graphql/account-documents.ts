import { graphql } from "../gql/index.ts";

export const BindEmail = graphql(`
  mutation BindEmail($email: String!, $passCode: String!) {
    bindEmail(email: $email, passCode: $passCode) {
      __typename
      ... on User {
        email
        emailVerified
      }
      ...ErrorFields
    }
  }
`);

export const UnbindEmail = graphql(`
  mutation UnbindEmail($passCode: String!) {
    unbindEmail(passCode: $passCode) {
      __typename
      ... on User {
        email
        emailVerified
      }
      ...ErrorFields
    }
  }
`);

export const BindPhone = graphql(`
  mutation BindPhone($phoneNumber: String!, $phoneCountryCode: String, $passCode: String!) {
    bindPhone(phoneNumber: $phoneNumber, phoneCountryCode: $phoneCountryCode, passCode: $passCode) {
      __typename
      ... on User {
        phone
        phoneCountryCode
        phoneVerified
      }
      ...ErrorFields
    }
  }
`);

export const UnbindPhone = graphql(`
  mutation UnbindPhone($passCode: String!) {
    unbindPhone(passCode: $passCode) {
      __typename
      ... on User {
        phone
        phoneVerified
      }
      ...ErrorFields
    }
  }
`);

export const VerifyUpdateEmailRequest = graphql(`
  mutation VerifyUpdateEmailRequest($newEmail: String!, $newEmailPassCode: String!, $oldEmailPassCode: String) {
    verifyUpdateEmailRequest(newEmail: $newEmail, newEmailPassCode: $newEmailPassCode, oldEmailPassCode: $oldEmailPassCode) {
      __typename
      ... on UpdateEmailTicket {
        updateEmailToken
        tokenExpiresIn
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const UpdateEmail = graphql(`
  mutation UpdateEmail($updateEmailToken: String!) {
    updateEmail(updateEmailToken: $updateEmailToken) {
      __typename
      ... on User {
        email
        emailVerified
      }
      ...ErrorFields
    }
  }
`);

export const VerifyUpdatePhoneRequest = graphql(`
  mutation VerifyUpdatePhoneRequest($newPhoneNumber: String!, $newPhonePassCode: String!) {
    verifyUpdatePhoneRequest(newPhoneNumber: $newPhoneNumber, newPhonePassCode: $newPhonePassCode) {
      __typename
      ... on UpdatePhoneTicket {
        updatePhoneToken
        tokenExpiresIn
      }
      ...ErrorFields
    }
  }
`);

export const UpdatePhone = graphql(`
  mutation UpdatePhone($updatePhoneToken: String!) {
    updatePhone(updatePhoneToken: $updatePhoneToken) {
      __typename
      ... on User {
        phone
        phoneVerified
      }
      ...ErrorFields
    }
  }
`);

export const UpdatePassword = graphql(`
  mutation UpdatePassword($newPassword: String!, $oldPassword: String) {
    updatePassword(newPassword: $newPassword, oldPassword: $oldPassword) {
      __typename
      ... on Success {
        success
      }
      ...ErrorFields
      ... on PasswordPolicyError {
        reason
      }
    }
  }
`);

export const UpdateProfile = graphql(`
  mutation UpdateProfile($profile: UpdateProfileInput!) {
    updateProfile(profile: $profile) {
      __typename
      ... on User {
        username
        nickname
        birthdate
        gender
        website
        email
      }
      ...ErrorFields
      ... on InvalidInputError {
        field
      }
    }
  }
`);

export const VerifyResetPasswordRequest = graphql(`
  mutation VerifyResetPasswordRequest(
    $verifyMethod: ResetPasswordVerifyMethod!
    $email: String
    $phoneNumber: String
    $passCode: String!
  ) {
    verifyResetPasswordRequest(verifyMethod: $verifyMethod, email: $email, phoneNumber: $phoneNumber, passCode: $passCode) {
      __typename
      ... on PasswordResetTicket {
        passwordResetToken
        tokenExpiresIn
      }
      ...ErrorFields
    }
  }
`);

export const ResetPassword = graphql(`
  mutation ResetPassword($password: String!, $passwordResetToken: String!) {
    resetPassword(password: $password, passwordResetToken: $passwordResetToken) {
      __typename
      ... on Success {
        success
      }
      ...ErrorFields
      ... on PasswordPolicyError {
        reason
      }
    }
  }
`);

export const VerifyDeleteAccountRequest = graphql(`
  mutation VerifyDeleteAccountRequest($verifyMethod: VerifyMethod!, $passCode: String, $password: String) {
    verifyDeleteAccountRequest(verifyMethod: $verifyMethod, passCode: $passCode, password: $password) {
      __typename
      ... on DeleteAccountTicket {
        deleteAccountToken
        tokenExpiresIn
      }
      ...ErrorFields
    }
  }
`);

export const DeleteAccount = graphql(`
  mutation DeleteAccount($deleteAccountToken: String!) {
    deleteAccount(deleteAccountToken: $deleteAccountToken) {
      __typename
      ... on Success {
        success
      }
      ...ErrorFields
    }
  }
`);
