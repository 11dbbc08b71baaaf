import { graphql } from "../gql/index.ts";

export const SendEmailWithCaptcha = graphql(`
  mutation SendEmailWithCaptcha($channel: PasscodeChannel!, $email: String!, $captchaCode: String, $captchaToken: String) {
    sendEmail(channel: $channel, email: $email, captchaCode: $captchaCode, captchaToken: $captchaToken) {
      __typename
      ...ErrorFields
      ... on PasscodeSendLimitError {
        retryAfterSeconds
      }
    }
  }
`);

export const UpdatePasswordWithCaptcha = graphql(`
  mutation UpdatePasswordWithCaptcha($newPassword: String!, $oldPassword: String, $captchaCode: String, $captchaToken: String) {
    updatePassword(newPassword: $newPassword, oldPassword: $oldPassword, captchaCode: $captchaCode, captchaToken: $captchaToken) {
      __typename
      ...ErrorFields
    }
  }
`);

export const GetCaptchaChallenge = graphql(`
  mutation GetCaptchaChallenge {
    getCaptchaCode {
      __typename
      ... on Captcha {
        kind
        captchaToken
        altchaChallenge
      }
    }
  }
`);
