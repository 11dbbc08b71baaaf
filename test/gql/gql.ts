/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ErrorFields on Error {\n    __typename\n    statusCode\n    apiCode\n    message\n    requestId\n  }\n": typeof types.ErrorFieldsFragmentDoc,
    "\n  mutation SignUpByUsernamePassword(\n    $username: String!\n    $password: String!\n    $profile: SignUpProfileInput\n    $options: SignUpOptionsInput\n  ) {\n    signUpByUsernamePassword(username: $username, password: $password, profile: $profile, options: $options) {\n      __typename\n      ... on User {\n        userId\n        username\n        email\n        phone\n        phoneCountryCode\n        nickname\n        gender\n        birthdate\n        status\n        userSourceType\n        userSourceId\n        loginsCount\n        customData\n        identities {\n          provider\n          type\n          userIdInIdp\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on PasswordPolicyError {\n        reason\n      }\n      ... on UserExistsError {\n        field\n      }\n    }\n  }\n": typeof types.SignUpByUsernamePasswordDocument,
    "\n  mutation SignUpByEmailPassword($email: String!, $password: String!, $profile: SignUpProfileInput) {\n    signUpByEmailPassword(email: $email, password: $password, profile: $profile) {\n      __typename\n      ... on User {\n        userId\n        email\n        emailVerified\n        username\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on UserExistsError {\n        field\n      }\n    }\n  }\n": typeof types.SignUpByEmailPasswordDocument,
    "\n  mutation SignInByAccountPassword($account: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByAccountPassword(account: $account, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          scope\n          access_token\n          id_token\n          refresh_token\n          token_type\n          expire_in\n        }\n        user {\n          userId\n          username\n          loginsCount\n          lastLogin\n          lastIp\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on AccountLockedError {\n        retryAfterSeconds\n      }\n    }\n  }\n": typeof types.SignInByAccountPasswordDocument,
    "\n  mutation SignInByUsernamePassword($username: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByUsernamePassword(username: $username, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": typeof types.SignInByUsernamePasswordDocument,
    "\n  mutation SignInByEmailPassword($email: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByEmailPassword(email: $email, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n    }\n  }\n": typeof types.SignInByEmailPasswordDocument,
    "\n  mutation SignInByPhonePassword($phone: String!, $phoneCountryCode: String, $password: String!) {\n    signInByPhonePassword(phone: $phone, phoneCountryCode: $phoneCountryCode, password: $password) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n    }\n  }\n": typeof types.SignInByPhonePasswordDocument,
    "\n  query Me {\n    me {\n      __typename\n      ... on User {\n        userId\n        username\n        email\n        loginsCount\n        lastLogin\n        departmentIds\n        customData\n        identities {\n          provider\n          type\n        }\n      }\n      ...ErrorFields\n      ... on NotAuthenticatedError {\n        reason\n      }\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  fragment ErrorFields on Error {\n    __typename\n    statusCode\n    apiCode\n    message\n    requestId\n  }\n": types.ErrorFieldsFragmentDoc,
    "\n  mutation SignUpByUsernamePassword(\n    $username: String!\n    $password: String!\n    $profile: SignUpProfileInput\n    $options: SignUpOptionsInput\n  ) {\n    signUpByUsernamePassword(username: $username, password: $password, profile: $profile, options: $options) {\n      __typename\n      ... on User {\n        userId\n        username\n        email\n        phone\n        phoneCountryCode\n        nickname\n        gender\n        birthdate\n        status\n        userSourceType\n        userSourceId\n        loginsCount\n        customData\n        identities {\n          provider\n          type\n          userIdInIdp\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on PasswordPolicyError {\n        reason\n      }\n      ... on UserExistsError {\n        field\n      }\n    }\n  }\n": types.SignUpByUsernamePasswordDocument,
    "\n  mutation SignUpByEmailPassword($email: String!, $password: String!, $profile: SignUpProfileInput) {\n    signUpByEmailPassword(email: $email, password: $password, profile: $profile) {\n      __typename\n      ... on User {\n        userId\n        email\n        emailVerified\n        username\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on UserExistsError {\n        field\n      }\n    }\n  }\n": types.SignUpByEmailPasswordDocument,
    "\n  mutation SignInByAccountPassword($account: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByAccountPassword(account: $account, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          scope\n          access_token\n          id_token\n          refresh_token\n          token_type\n          expire_in\n        }\n        user {\n          userId\n          username\n          loginsCount\n          lastLogin\n          lastIp\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on AccountLockedError {\n        retryAfterSeconds\n      }\n    }\n  }\n": types.SignInByAccountPasswordDocument,
    "\n  mutation SignInByUsernamePassword($username: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByUsernamePassword(username: $username, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n    }\n  }\n": types.SignInByUsernamePasswordDocument,
    "\n  mutation SignInByEmailPassword($email: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByEmailPassword(email: $email, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n    }\n  }\n": types.SignInByEmailPasswordDocument,
    "\n  mutation SignInByPhonePassword($phone: String!, $phoneCountryCode: String, $password: String!) {\n    signInByPhonePassword(phone: $phone, phoneCountryCode: $phoneCountryCode, password: $password) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n    }\n  }\n": types.SignInByPhonePasswordDocument,
    "\n  query Me {\n    me {\n      __typename\n      ... on User {\n        userId\n        username\n        email\n        loginsCount\n        lastLogin\n        departmentIds\n        customData\n        identities {\n          provider\n          type\n        }\n      }\n      ...ErrorFields\n      ... on NotAuthenticatedError {\n        reason\n      }\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ErrorFields on Error {\n    __typename\n    statusCode\n    apiCode\n    message\n    requestId\n  }\n"): typeof import('./graphql.js').ErrorFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpByUsernamePassword(\n    $username: String!\n    $password: String!\n    $profile: SignUpProfileInput\n    $options: SignUpOptionsInput\n  ) {\n    signUpByUsernamePassword(username: $username, password: $password, profile: $profile, options: $options) {\n      __typename\n      ... on User {\n        userId\n        username\n        email\n        phone\n        phoneCountryCode\n        nickname\n        gender\n        birthdate\n        status\n        userSourceType\n        userSourceId\n        loginsCount\n        customData\n        identities {\n          provider\n          type\n          userIdInIdp\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on PasswordPolicyError {\n        reason\n      }\n      ... on UserExistsError {\n        field\n      }\n    }\n  }\n"): typeof import('./graphql.js').SignUpByUsernamePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUpByEmailPassword($email: String!, $password: String!, $profile: SignUpProfileInput) {\n    signUpByEmailPassword(email: $email, password: $password, profile: $profile) {\n      __typename\n      ... on User {\n        userId\n        email\n        emailVerified\n        username\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on UserExistsError {\n        field\n      }\n    }\n  }\n"): typeof import('./graphql.js').SignUpByEmailPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInByAccountPassword($account: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByAccountPassword(account: $account, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          scope\n          access_token\n          id_token\n          refresh_token\n          token_type\n          expire_in\n        }\n        user {\n          userId\n          username\n          loginsCount\n          lastLogin\n          lastIp\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n      ... on AccountLockedError {\n        retryAfterSeconds\n      }\n    }\n  }\n"): typeof import('./graphql.js').SignInByAccountPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInByUsernamePassword($username: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByUsernamePassword(username: $username, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n    }\n  }\n"): typeof import('./graphql.js').SignInByUsernamePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInByEmailPassword($email: String!, $password: String!, $options: SignInOptionsInput) {\n    signInByEmailPassword(email: $email, password: $password, options: $options) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n    }\n  }\n"): typeof import('./graphql.js').SignInByEmailPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInByPhonePassword($phone: String!, $phoneCountryCode: String, $password: String!) {\n    signInByPhonePassword(phone: $phone, phoneCountryCode: $phoneCountryCode, password: $password) {\n      __typename\n      ... on SignInSuccess {\n        tokenSet {\n          access_token\n        }\n        user {\n          userId\n        }\n      }\n      ...ErrorFields\n      ... on InvalidInputError {\n        field\n      }\n    }\n  }\n"): typeof import('./graphql.js').SignInByPhonePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      __typename\n      ... on User {\n        userId\n        username\n        email\n        loginsCount\n        lastLogin\n        departmentIds\n        customData\n        identities {\n          provider\n          type\n        }\n      }\n      ...ErrorFields\n      ... on NotAuthenticatedError {\n        reason\n      }\n    }\n  }\n"): typeof import('./graphql.js').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
